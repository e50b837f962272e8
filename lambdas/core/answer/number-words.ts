/**
 * Numbers as people and articles write them: "14 million", "two dozen",
 * "1.5m", "37,000". Shared by the reading of a figure's own qualifiers
 * ("over two dozen" is more than 24) and of the figure a user states.
 */

export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  dozen: 12, 'a dozen': 12, 'two dozen': 24, 'three dozen': 36,
};

export const MULTIPLIERS: Readonly<Record<string, number>> = {
  thousand: 1_000, k: 1_000, million: 1_000_000, millions: 1_000_000, mln: 1_000_000, mn: 1_000_000, m: 1_000_000, billion: 1_000_000_000, bn: 1_000_000_000,
};

/** A number at words[at]: its value and how many words it took ("two dozen" = 2, "14" = 1); undefined when there is none. */
export function numberAt(words: readonly string[], at: number): { value: number; used: number } | undefined {
  const first = words[at] ?? '';
  const two = `${first} ${words[at + 1] ?? ''}`;
  if (SMALL_NUMBERS[two] !== undefined) return { value: SMALL_NUMBERS[two], used: 2 };
  if (SMALL_NUMBERS[first] !== undefined) return { value: SMALL_NUMBERS[first], used: 1 };
  if (/^\d+(?:,\d{3})*(?:\.\d+)?$/.test(first)) {
    const value = Number(first.replace(/,/g, ''));
    return Number.isFinite(value) ? { value, used: 1 } : undefined;
  }
  return undefined;
}

/** "seven hours" → 7, "two dozen" → 24, "27 million lives" → 27,000,000; undefined when the words start with no number. */
export function leadingNumber(words: readonly string[]): number | undefined {
  const n = numberAt(words, 0);
  if (n === undefined) return undefined;
  const multiplier = MULTIPLIERS[words[n.used] ?? ''];
  return multiplier === undefined ? n.value : n.value * multiplier;
}
