/**
 * Russian words as the reader compares them: lower case, ё as е, and reduced
 * to their Snowball stem (npm `@orama/stemmers`, Russian alone is about 9 KB
 * bundled), so that every case of a noun meets one alias or gloss:
 * Тула, в Туле, в Тулу, из Тулы → "тул"; погибло, погибли → "погибл".
 */
import { stemmer as snowballRussian } from '@orama/stemmers/russian';

/** Warm Lambdas stem the same words again and again; bounded so hostile input cannot grow it. */
const STEM_CACHE_LIMIT = 20_000;
const stems = new Map<string, string>();

export function russianStem(word: string): string {
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  // Short words are their own stem: the stemmer would cut "мир" or "год" to nothing useful.
  if (lower.length <= 3 || !/^\p{Script=Cyrillic}+$/u.test(lower)) return lower;
  let cached = stems.get(lower);
  if (cached === undefined) {
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    cached = snowballRussian(lower);
    stems.set(lower, cached);
  }
  return cached;
}

/** A word of any script, kept whole across inner hyphens and apostrophes ("30-дневном" splits: a number is its own word). */
export const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu;

/** The words of a phrase, stemmed: the key an alias or a gloss is matched by. */
export function russianKey(phrase: string): string {
  return (phrase.match(WORD) ?? []).map((w) => (/\p{Script=Cyrillic}/u.test(w) ? russianStem(w) : w.toLowerCase())).join(' ');
}
