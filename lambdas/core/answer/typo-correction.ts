/**
 * Corrects misspelt question words ("Chinse", "Putn", "Moskow", "casualites")
 * into the parser's vocabulary. Only unknown words are corrected, and only
 * into words of five letters or more that matter to the lookup, so ordinary
 * words ("would") and foreign names ("Prussia") are never bent into entities.
 */
import { CORRECTION_TARGETS, KNOWN_WORDS } from './question-vocabulary';

/** Targets bucketed by length, so a word is only compared with targets within two letters of it. */
const TARGETS_BY_LENGTH: ReadonlyMap<number, readonly string[]> = (() => {
  const map = new Map<number, string[]>();
  for (const word of CORRECTION_TARGETS) map.set(word.length, [...(map.get(word.length) ?? []), word]);
  return map;
})();

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition,
 * so "casualites" is one edit from "casualties"), abandoned early once it
 * exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (prevPrev[j - 2] ?? 0) + 1);
      row.push(best);
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}

/** Longer words tolerate two edits; short ones only one (two edits turn "chile" into "china"). */
function allowedEdits(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

/** The vocabulary word a misspelt word most likely means, or the word itself. */
export function correctWord(word: string): string {
  if (word.length < 4 || KNOWN_WORDS.has(word) || /\d/.test(word)) return word;
  const limit = allowedEdits(word);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (let length = word.length - limit; length <= word.length + limit; length++) {
    for (const target of TARGETS_BY_LENGTH.get(length) ?? []) {
      const distance = editDistance(word, target, limit);
      // Ties go to the target sharing the first letter: people rarely mistype that.
      if (distance < bestDistance || (distance === bestDistance && best !== undefined && best[0] !== word[0] && target[0] === word[0])) {
        best = target;
        bestDistance = distance;
      }
    }
  }
  return best ?? word;
}
