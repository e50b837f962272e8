/**
 * A warm Lambda keeps what it derived (decoded claims, stems, prepared word
 * groups) for the questions after. The caches are bounded; when one is full
 * its oldest entry goes, not all of them: clearing a whole cache at once
 * makes the next few updates re-derive everything, a latency spike.
 */
export function setBounded<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  if (map.size >= limit && !map.has(key)) {
    const oldest = map.keys().next();
    if (oldest.done !== true) map.delete(oldest.value);
  }
  map.set(key, value);
}
