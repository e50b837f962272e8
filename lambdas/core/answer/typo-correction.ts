/**
 * Corrects misspelt question words ("Chinse", "Putn", "Moskow", "casualites")
 * into the parser's vocabulary. Only unknown words are corrected, and only
 * into words of five letters or more that matter to the lookup, so ordinary
 * words ("would") and foreign names ("Prussia") are never bent into entities.
 */
import { stem } from './normalise-question';
import type { Vocabulary } from './question-vocabulary';
import { setBounded } from '../cache/bounded-map';

interface Target {
  readonly word: string;
  readonly letters: Int8Array;
}

function letterCounts(word: string): Int8Array {
  const counts = new Int8Array(26);
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) counts[c] = (counts[c] ?? 0) + 1;
  }
  return counts;
}

/** Targets bucketed by length, so a word is only compared with targets within two letters of it; built once per vocabulary. */
const targetsCache = new WeakMap<Vocabulary, ReadonlyMap<number, readonly Target[]>>();
function targetsByLength(v: Vocabulary): ReadonlyMap<number, readonly Target[]> {
  let map = targetsCache.get(v);
  if (map === undefined) {
    const built = new Map<number, Target[]>();
    for (const word of v.correctionTargets) built.set(word.length, [...(built.get(word.length) ?? []), { word, letters: letterCounts(word) }]);
    map = built;
    targetsCache.set(v, map);
  }
  return map;
}

/**
 * A cheap lower bound on the edit distance: an edit changes the letter counts
 * by at most two, a transposition not at all. Rules out most targets before
 * the quadratic distance is computed.
 */
function letterBound(a: Int8Array, b: Int8Array): number {
  let diff = 0;
  for (let i = 0; i < 26; i++) diff += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return Math.ceil(diff / 2);
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition,
 * so "casualites" is one edit from "casualties"), abandoned early once it
 * exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev = new Int32Array(b.length + 1);
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (prevPrev[j - 2] ?? 0) + 1);
      row[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return limit + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[b.length] ?? limit + 1;
}

/** Longer words tolerate two edits; short ones only one (two edits turn one short country name into another). */
function allowedEdits(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

/** Warm Lambdas see the same misspellings again; bounded so hostile input cannot grow it. One per vocabulary. */
const caches = new WeakMap<Vocabulary, Map<string, string>>();
const CACHE_LIMIT = 2000;

/**
 * Misspellings of short words that matter, which the edit-distance search
 * cannot reach (it only corrects into words of five letters or more, so that
 * "diet" or "tied" never become "died"): listed one by one.
 */
const KNOWN_TYPOS: ReadonlyMap<string, string> = new Map([
  ...['dyed', 'diedd', 'dieed', 'ddied', 'diied', 'dide', 'deid', 'dieded', 'diedt'].map((w): [string, string] => [w, 'died']),
  ...['deth', 'deaht', 'dearh', 'deatj'].map((w): [string, string] => [w, 'death']),
  ...['kiled', 'killd', 'kiiled', 'kilked'].map((w): [string, string] => [w, 'killed']),
  ...['lsot', 'losst'].map((w): [string, string] => [w, 'lost']),
]);

/** The vocabulary word a misspelt word most likely means, or the word itself. */
export function correctWord(word: string, v: Vocabulary): string {
  const listed = KNOWN_TYPOS.get(word);
  if (listed !== undefined) return listed;
  // Only English words are corrected: the targets are English, and other scripts arrive read by their own reader.
  if (word.length < 4 || v.knownWords.has(word) || !/^[a-z]+$/.test(word)) return word;
  // A word the claims themselves use ("tanks took part") is no misspelling, however close to another ("talks").
  if (v.knowledge.termWeight(stem(word)) > 0) return word;
  let cache = caches.get(v);
  if (cache === undefined) {
    cache = new Map();
    caches.set(v, cache);
  }
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const corrected = findCorrection(word, v);
  setBounded(cache, word, corrected, CACHE_LIMIT);
  return corrected;
}

function findCorrection(word: string, v: Vocabulary): string {
  const limit = allowedEdits(word);
  const letters = letterCounts(word);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (let length = word.length - limit; length <= word.length + limit; length++) {
    for (const target of targetsByLength(v).get(length) ?? []) {
      if (word.length < 5 && !v.nameTargets.has(target.word)) continue;
      if (letterBound(letters, target.letters) > Math.min(limit, bestDistance)) continue;
      const distance = editDistance(word, target.word, limit);
      // Ties go to the target sharing the first letter: people rarely mistype that.
      if (distance < bestDistance || (distance === bestDistance && best !== undefined && best[0] !== word[0] && target.word[0] === word[0])) {
        best = target.word;
        bestDistance = distance;
      }
    }
  }
  return best ?? word;
}
