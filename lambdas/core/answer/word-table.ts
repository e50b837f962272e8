/**
 * A table looked up by words the user typed. A plain object literal answers
 * "constructor", "toString" or "__proto__" from Object.prototype, so a
 * question (or an "&constructor;" entity) could find a function where a
 * number or a unit belongs: tables of words have no prototype.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
