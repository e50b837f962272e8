/**
 * What the user's own message asserts, so the reply can judge it: a figure
 * ("Did China lose 14 million…?", "over 20 leaders"), a yes/no form, and a
 * comparison of two named entities ("Did the USSR or China lose more?").
 *
 * Read from the question's own text, not from the normalised words: "1.5
 * million" and "15–20 million" need their punctuation. Years, dates, ordinals
 * and numbers inside a name ("World War 2") are not figures.
 */
import { phraseKey, type Vocabulary } from './question-vocabulary';
import type { ParsedQuestion } from './parse-question';
import { MULTIPLIERS, SMALL_NUMBERS, numberAt } from './number-words';
import { COMPARATIVES, HEDGES_AFTER, HEDGES_BEFORE, MONTH_WORDS, QUESTION_OPENERS, RANGE_WORDS, TRUTH_OPENERS, WH_WORDS, type StatedBound } from './stated-claim-words';

export type { StatedBound } from './stated-claim-words';

export interface StatedFigure {
  readonly low: number;
  readonly high: number;
  /** How the user hedged it: "more than 20" is open above, "about 20" is loose. */
  readonly bound: StatedBound;
}

export interface StatedClaim {
  /** The one figure the message states; null when it states none, or several (which the reply cannot pair with claims). */
  readonly figure: StatedFigure | null;
  /** Asked as a check ("Did…?", "Is it true…", or a bare assertion with no question word): the reply leads with yes or no. */
  readonly yesNo: boolean;
  /** Entity ids the question compares, in its order ("the USSR or China … more"); empty when it compares nothing. */
  readonly compared: readonly string[];
  /** What the comparison asks for: the larger or the smaller figure. */
  readonly comparative: 'more' | 'less' | null;
}

const NO_CLAIM: StatedClaim = { figure: null, yesNo: false, compared: [], comparative: null };

/** Words and numbers as the user typed them; dashes kept, as they make ranges. */
function tokens(text: string): string[] {
  // "20m", "1.5bn": a number and its multiplier, written together.
  const spaced = text.toLowerCase().replace(/(\d)(k|m|mn|mln|bn|million|thousand|billion)\b/g, '$1 $2');
  return spaced.match(/[\p{L}\p{N}]+(?:[.,]\d+)*|[-–—+]/gu) ?? [];
}

const isDigits = (t: string | undefined) => t !== undefined && /^\d+(?:,\d{3})*(?:\.\d+)?$/.test(t);

/** A number at i with its multiplier ("14 million", "1.5m"), and the index after it. */
function quantityAt(words: readonly string[], i: number, v: Vocabulary): { value: number; next: number; multiplied: boolean } | undefined {
  const n = numberAt(words, i);
  if (n === undefined) return undefined;
  const after = words[i + n.used];
  const multiplier = after === undefined ? undefined : MULTIPLIERS[after];
  // "one" and "a dozen" are numbers only where a count follows: "which one", "one China" are not figures.
  if (!isDigits(words[i]) && multiplier === undefined && !(after !== undefined && v.unitWords[after] !== undefined) && SMALL_NUMBERS[words[i] ?? ''] !== undefined && n.used === 1 && (n.value < 12 || after === undefined)) return undefined;
  return multiplier === undefined ? { value: n.value, next: i + n.used, multiplied: false } : { value: n.value * multiplier, next: i + n.used + 1, multiplied: true };
}

/** A number that is not a figure: a year, part of a date, or part of a name ("world war 2"). */
function notAFigure(words: readonly string[], i: number, value: number, multiplied: boolean, v: Vocabulary): boolean {
  const word = words[i] ?? '';
  if (!multiplied && isDigits(word) && Number.isInteger(value) && value >= 1000 && value <= 2100 && !word.includes(',')) return true;
  if (MONTH_WORDS.has(words[i - 1] ?? '') || MONTH_WORDS.has(words[i + 1] ?? '')) return true;
  const before1 = words[i - 1] ?? '';
  const before2 = words[i - 2] ?? '';
  return v.phrases.has(phraseKey(`${before1} ${word}`)) || v.phrases.has(phraseKey(`${before2} ${before1} ${word}`));
}

function hedgeBefore(words: readonly string[], i: number): StatedBound | null {
  const one = words[i - 1] ?? '';
  const two = `${words[i - 2] ?? ''} ${one}`;
  return HEDGES_BEFORE[two] ?? HEDGES_BEFORE[one] ?? null;
}

/** Every figure the text states, each with its hedge. */
function statedFigures(text: string, v: Vocabulary): StatedFigure[] {
  const words = tokens(text);
  const figures: StatedFigure[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = quantityAt(words, i, v);
    if (first === undefined || notAFigure(words, i, first.value, first.multiplied, v)) continue;
    let { value: low, next } = first;
    let high = low;
    let bound = hedgeBefore(words, i) ?? 'exact';
    // "15 to 20 million", "15-20m", "between 15 and 20 million": a range, the multiplier shared.
    const joiner = words[next];
    if (joiner !== undefined && (RANGE_WORDS.has(joiner) || (joiner === 'and' && bound === 'range'))) {
      const second = quantityAt(words, next + 1, v);
      if (second !== undefined) {
        high = second.value;
        if (!first.multiplied && second.multiplied) low *= second.value / (numberAt(words, next + 1)?.value ?? 1);
        next = second.next;
      }
    }
    if (bound === 'range') bound = 'exact';
    const after = `${words[next] ?? ''} ${words[next + 1] ?? ''}`;
    const tail = HEDGES_AFTER[after] ?? HEDGES_AFTER[words[next] ?? ''];
    if (tail !== undefined && bound === 'exact') bound = tail;
    figures.push({ low: Math.min(low, high), high: Math.max(low, high), bound });
    i = next - 1;
  }
  return figures;
}

/** The first distinct entities of the question's subject groups: what "X or Y … more" compares. */
function comparedEntities(parsed: ParsedQuestion): string[] {
  const ids = parsed.subjects.filter((g) => !g.implicit).flatMap((g) => g.ids.slice(0, 1));
  return [...new Set(ids)];
}

export function readStatedClaim(parsed: ParsedQuestion, v: Vocabulary): StatedClaim {
  const words = parsed.words;
  if (words.length === 0) return NO_CLAIM;
  const figures = statedFigures(parsed.question, v);
  const opener = words[0] ?? '';
  const truth = TRUTH_OPENERS.some((phrase) => ` ${words.join(' ')} `.includes(` ${phrase} `));
  const asksWh = words.some((w) => WH_WORDS.has(w));
  const yesNo = truth || (QUESTION_OPENERS.has(opener) && !WH_WORDS.has(words[1] ?? '')) || (!asksWh && figures.length > 0);
  // "more than 20" is a hedge, not a comparison.
  const comparativeAt = words.findIndex((w, i) => COMPARATIVES[w] !== undefined && words[i + 1] !== 'than');
  const comparative = comparativeAt < 0 ? null : (COMPARATIVES[words[comparativeAt] ?? ''] ?? null);
  const compared = comparative === null ? [] : comparedEntities(parsed);
  return {
    figure: figures.length === 1 ? (figures[0] ?? null) : null,
    yesNo,
    compared: compared.length >= 2 ? compared : [],
    comparative: compared.length >= 2 ? comparative : null,
  };
}
