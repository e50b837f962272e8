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
import { MULTIPLIERS, SMALL_NUMBERS, asciiDigits, numberAt } from './number-words';
import { isAscii } from './normalise-question';
import { COMPARATIVES, HEDGES_AFTER, HEDGES_BEFORE, DENIAL_WORDS, MODAL_WORDS, MONTH_NUMBERS, MONTH_WORDS, NEGATION_WORDS, QUESTION_OPENERS, RANGE_WORDS, TRUTH_OPENERS, TRUTH_TAILS, WH_WORDS, type StatedBound } from './stated-claim-words';

export type { StatedBound } from './stated-claim-words';

export interface StatedFigure {
  readonly low: number;
  readonly high: number;
  /** How the user hedged it: "more than 20" is open above, "about 20" is loose. */
  readonly bound: StatedBound;
  /** Set when the figure is days of this month (1–12): "9 May", "7–10 May". */
  readonly month?: number;
  /** The word after the number ("days" in "a 30-day truce"), when there is one. */
  readonly noun?: string;
}

/** Days of one month the message states: "9 May", "from May 7 to May 10", "1-5 may 2025". */
export interface StatedDates {
  readonly month: number;
  readonly year: number | null;
  readonly low: number;
  readonly high: number;
}

export interface StatedClaim {
  /** The one figure the message states; null when it states none, or several (which the reply cannot pair with claims). */
  readonly figure: StatedFigure | null;
  /** The days the message states, when they fall in one month. */
  readonly dates: StatedDates | null;
  /** The message denies what it asks about ("did Xi skip…", "didn't…"): a yes would answer the opposite. */
  readonly negated: boolean;
  /** Asked in a check's own form: an opener ("did", "is it true"), or a tail ("…, right?"), not only a question mark. */
  readonly explicit: boolean;
  /** The question asks about a plan or an expectation ("were leaders expected…"). */
  readonly modal: boolean;
  /** "X lost more than Y": the comparison is the user's claim, with compared[0] on the claimed side. */
  readonly claimedOrder: boolean;
  /** Asked as a check ("Did…?", "Is it true…", or a bare assertion with no question word): the reply leads with yes or no. */
  readonly yesNo: boolean;
  /** Entity ids the question compares, in its order ("the USSR or China … more"); empty when it compares nothing. */
  readonly compared: readonly string[];
  /** What the comparison asks for: the larger or the smaller figure. */
  readonly comparative: 'more' | 'less' | null;
}

const NO_CLAIM: StatedClaim = { figure: null, dates: null, negated: false, explicit: false, modal: false, claimedOrder: false, yesNo: false, compared: [], comparative: null };

/** Words and numbers as the user typed them; dashes kept, as they make ranges. */
function tokens(text: string): string[] {
  // ASCII needs none of the Unicode passes (the slow ones): its letters are a–z once lowered.
  if (isAscii(text)) return text.toLowerCase().replace(/(\d)(k|m|mn|mln|bn|million|thousand|billion)\b/g, '$1 $2').match(/[a-z0-9]+(?:[.,]\d+)*|[-+]/g) ?? [];
  // "20m", "1.5bn", "3700万": a number and its multiplier, written together; any script's digits read as digits.
  const spaced = asciiDigits(text.normalize('NFKC').toLowerCase())
    .replace(/(\d)(k|m|mn|mln|bn|million|thousand|billion)\b/g, '$1 $2')
    .replace(/(\p{Script=Han})/gu, ' $1 ');
  return spaced.match(/[\p{L}\p{N}]+(?:[.,]\d+)*|[-–—+]/gu) ?? [];
}

const isDigits = (t: string | undefined) => t !== undefined && /^\d+(?:(?:,\d{3})*(?:\.\d+)?|,\d{1,2})$/.test(t);

/** A number at i with its multiplier ("14 million", "1.5m"), and the index after it. */
function quantityAt(words: readonly string[], i: number, v: Vocabulary): { value: number; next: number; multiplied: boolean } | undefined {
  const n = numberAt(words, i);
  if (n === undefined) return undefined;
  const after = words[i + n.used];
  const multiplier = after === undefined ? undefined : MULTIPLIERS[after];
  // A number word is a figure only where a count follows closely or a hedge precedes it: "which one", "one China" are not figures.
  const counted = words.slice(i + n.used, i + n.used + 3).some((w) => v.unitWords[w] !== undefined) || HEDGES_BEFORE[words[i - 1] ?? ''] !== undefined || HEDGES_BEFORE[`${words[i - 2] ?? ''} ${words[i - 1] ?? ''}`] !== undefined;
  if (!isDigits(words[i]) && multiplier === undefined && SMALL_NUMBERS[words[i] ?? ''] !== undefined && n.used === 1 && !counted) return undefined;
  return multiplier === undefined ? { value: n.value, next: i + n.used, multiplied: false } : { value: n.value * multiplier, next: i + n.used + 1, multiplied: true };
}

/** A number that is not a figure: a year, part of a date, or part of a name ("world war 2"). */
function notAFigure(words: readonly string[], i: number, value: number, multiplied: boolean, v: Vocabulary): boolean {
  const word = words[i] ?? '';
  if (!multiplied && isDigits(word) && Number.isInteger(value) && value >= 1000 && value <= 2100 && !word.includes(',')) return true;
  if (MONTH_WORDS.has(words[i - 1] ?? '') || MONTH_WORDS.has(words[i + 1] ?? '')) return true;
  // "75 anniversary" is how the Russian and Chinese readers pass on 75-летие and 75周年: an ordinal.
  if (words[i + 1] === 'anniversary') return true;
  const before1 = words[i - 1] ?? '';
  const before2 = words[i - 2] ?? '';
  // …or first: "9 мая", a Russian name of Victory Day, is read as the name it is.
  return v.phrases.has(phraseKey(`${before1} ${word}`)) || v.phrases.has(phraseKey(`${before2} ${before1} ${word}`)) || v.phrases.has(phraseKey(`${word} ${words[i + 1] ?? ''}`));
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
    // "1-5 may", "8 to 10 may": days of a month, read as dates (statedDates), not a figure.
    if (MONTH_WORDS.has(words[next] ?? '')) {
      i = next - 1;
      continue;
    }
    if (bound === 'range') bound = 'exact';
    const after = `${words[next] ?? ''} ${words[next + 1] ?? ''}`;
    const tail = HEDGES_AFTER[after] ?? HEDGES_AFTER[words[next] ?? ''];
    if (tail !== undefined && bound === 'exact') bound = tail;
    const noun = words.slice(first.next, first.next + 4).find((w) => /^\p{L}+$/u.test(w) && !RANGE_WORDS.has(w) && w !== 'and');
    figures.push({ low: Math.min(low, high), high: Math.max(low, high), bound, ...(noun === undefined ? {} : { noun }) });
    i = next - 1;
  }
  return figures;
}

const isDay = (t: string | undefined) => t !== undefined && /^\d{1,2}$/.test(t) && Number(t) >= 1 && Number(t) <= 31;

/** Days stated beside one month name: "9 may", "may 9", "7-10 may", "from may 7 to may 10", "8 to 10 may 2025". */
function statedDates(text: string): StatedDates | null {
  const words = tokens(text);
  const days: number[] = [];
  let month: number | null = null;
  let year: number | null = null;
  for (let i = 0; i < words.length; i++) {
    const m = MONTH_NUMBERS[words[i] ?? ''];
    if (m === undefined) continue;
    if (month !== null && month !== m) return null;
    month = m;
    // "9 may", "7-10 may", "8 to 10 may": days before; "may 9", "may 7 to 10", "may 9 2025": days after.
    if (isDay(words[i - 1])) days.push(Number(words[i - 1]));
    if (isDay(words[i - 1]) && RANGE_WORDS.has(words[i - 2] ?? '') && isDay(words[i - 3])) days.push(Number(words[i - 3]));
    if (isDay(words[i + 1])) days.push(Number(words[i + 1]));
    if (isDay(words[i + 1]) && RANGE_WORDS.has(words[i + 2] ?? '') && isDay(words[i + 3])) days.push(Number(words[i + 3]));
    const after = words[i + (isDay(words[i + 1]) ? 2 : 1)];
    if (after !== undefined && /^(?:19|20)\d\d$/.test(after)) year = Number(after);
  }
  if (month === null || days.length === 0) return null;
  return { month, year, low: Math.min(...days), high: Math.max(...days) };
}

/** The first distinct entities of the question's subject groups: what "X or Y … more" compares. */
function comparedEntities(parsed: ParsedQuestion): string[] {
  const ids = parsed.subjects.filter((g) => !g.implicit).flatMap((g) => g.ids.slice(0, 1));
  return [...new Set(ids)];
}

/** `asked`: the message ends its question with "?" (the question text itself has lost it). */
export function readStatedClaim(parsed: ParsedQuestion, v: Vocabulary, asked = false): StatedClaim {
  const words = parsed.words;
  if (words.length === 0) return NO_CLAIM;
  const figures = statedFigures(parsed.question, v);
  const opener = words[0] ?? '';
  const truth = TRUTH_OPENERS.some((phrase) => ` ${words.join(' ')} `.includes(` ${phrase} `));
  const asksWh = words.some((w) => WH_WORDS.has(w));
  const tail = TRUTH_TAILS.has(words[words.length - 1] ?? '');
  // A bare assertion is a check when it states a figure, ends in "?", or ends in "…, true?".
  const yesNo = truth || tail || (QUESTION_OPENERS.has(opener) && !WH_WORDS.has(words[1] ?? '')) || (!asksWh && (figures.length > 0 || asked));
  // "more than 20" is a hedge, and so is "more 20" (Russian "больше 20" reads so); "more than China" is a comparison the user claims.
  const hedged = (i: number) => numberAt(words, i + 1) !== undefined || (words[i + 1] === 'than' && numberAt(words, i + 2) !== undefined);
  const comparativeAt = words.findIndex((w, i) => COMPARATIVES[w] !== undefined && !hedged(i));
  const comparative = comparativeAt < 0 ? null : (COMPARATIVES[words[comparativeAt] ?? ''] ?? null);
  const compared = comparative === null ? [] : comparedEntities(parsed);
  // "than" after the comparative in English ("more Chinese than Soviets"), before it in Chinese ("苏联比中国多": the USSR than China more).
  const claimedOrder = comparative !== null && (words.slice(comparativeAt + 1, comparativeAt + 4).includes('than') || words.slice(0, comparativeAt).includes('than'));
  return {
    figure: figures.length === 1 ? (figures[0] ?? null) : null,
    dates: statedDates(parsed.question),
    negated: words.some((w) => NEGATION_WORDS.has(w) || DENIAL_WORDS.has(w)),
    modal: words.some((w) => MODAL_WORDS.has(w)),
    explicit: truth || tail || (QUESTION_OPENERS.has(opener) && !WH_WORDS.has(words[1] ?? '')),
    claimedOrder: compared.length >= 2 && claimedOrder,
    yesNo,
    compared: compared.length >= 2 ? compared : [],
    comparative: compared.length >= 2 ? comparative : null,
  };
}
