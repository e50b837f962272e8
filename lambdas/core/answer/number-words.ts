/**
 * Numbers as people and articles write them: "14 million", "two dozen",
 * "1.5m", "37,000". Shared by the reading of a figure's own qualifiers
 * ("over two dozen" is more than 24) and of the figure a user states.
 */
import { isAscii } from './normalise-question';
import { wordTable } from './word-table';

export const SMALL_NUMBERS: Readonly<Record<string, number>> = wordTable({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  dozen: 12, 'a dozen': 12, 'two dozen': 24, 'three dozen': 36,
});

/** The first words of SMALL_NUMBERS' keys ("two" of "two dozen", "a" of "a dozen"). */
const NUMBER_WORD_STARTS: ReadonlySet<string> = new Set(Object.keys(SMALL_NUMBERS).map((k) => k.split(' ')[0] ?? k));

export const MULTIPLIERS: Readonly<Record<string, number>> = wordTable({
  thousand: 1_000, k: 1_000, million: 1_000_000, millions: 1_000_000, mln: 1_000_000, mn: 1_000_000, m: 1_000_000, billion: 1_000_000_000, bn: 1_000_000_000,
  // Russian and Chinese write large numbers with their own words: 27 млн, 2700万, 1,5 млрд.
  тыс: 1_000, тысяч: 1_000, тысячи: 1_000, млн: 1_000_000, миллион: 1_000_000, миллиона: 1_000_000, миллионов: 1_000_000, млрд: 1_000_000_000,
  万: 10_000, 亿: 100_000_000, 萬: 10_000, 億: 100_000_000,
});

/** Digits of any script as ASCII ("١٤" → "14", "１４" → "14"): a digit's value is its distance from its block's zero. */
export function asciiDigits(text: string): string {
  // ASCII has no other digits.
  if (isAscii(text)) return text;
  return text.replace(/\p{Nd}/gu, (d) => {
    if (d >= '0' && d <= '9') return d;
    const cp = d.codePointAt(0) ?? 48;
    let zero = cp;
    while (cp - zero < 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    return String(cp - zero);
  });
}

/** A number at words[at]: its value and how many words it took ("two dozen" = 2, "14" = 1); undefined when there is none. */
export function numberAt(words: readonly string[], at: number): { value: number; used: number } | undefined {
  const first = words[at] ?? '';
  // Asked of every word of a question: most are neither digits nor number words.
  const c = first.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && !NUMBER_WORD_STARTS.has(first)) return undefined;
  const two = `${first} ${words[at + 1] ?? ''}`;
  if (SMALL_NUMBERS[two] !== undefined) return { value: SMALL_NUMBERS[two], used: 2 };
  if (SMALL_NUMBERS[first] !== undefined) return { value: SMALL_NUMBERS[first], used: 1 };
  // "1,5" before a multiplier is a decimal comma (1,5 млн); "14,000" groups thousands.
  if (/^\d+,\d{1,2}$/.test(first)) {
    const value = Number(first.replace(',', '.'));
    return Number.isFinite(value) ? { value, used: 1 } : undefined;
  }
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
