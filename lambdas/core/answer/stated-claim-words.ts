/**
 * English grammar words for reading what a question asserts (stated-claim.ts):
 * hedges on a number, ranges, question openers, comparatives. Grammar, not
 * knowledge: no entity of the data is named here.
 */
import { wordTable } from './word-table';

/** How a stated number is hedged; 'range' marks "between", resolved to a range once the second number is read. */
export type StatedBound = 'exact' | 'about' | 'more' | 'at-least' | 'less' | 'at-most' | 'range';

export const HEDGES_BEFORE: Readonly<Record<string, StatedBound>> = wordTable({
  'more than': 'more', over: 'more', 'in excess of': 'more', 'upwards of': 'more', above: 'more',
  'at least': 'at-least', 'no fewer than': 'at-least', 'no less than': 'at-least',
  about: 'about', around: 'about', approximately: 'about', approx: 'about', roughly: 'about', nearly: 'about', almost: 'about', some: 'about', circa: 'about', estimated: 'about', 'an estimated': 'about',
  'less than': 'less', 'fewer than': 'less', under: 'less', below: 'less',
  'up to': 'at-most', 'at most': 'at-most', 'no more than': 'at-most',
  between: 'range',
  // Russian and Chinese put the comparative straight before the number: "больше 5 часов" reads "more 5 hours".
  more: 'more', less: 'less', fewer: 'less',
});

export const HEDGES_AFTER: Readonly<Record<string, StatedBound>> = wordTable({ 'or more': 'at-least', plus: 'at-least', '+': 'at-least', 'or so': 'about', odd: 'about', 'or less': 'at-most', 'or fewer': 'at-most' });

/** Words that join two numbers into a range: "15 to 20", "15-20". */
export const RANGE_WORDS = new Set(['to', '-', '–', '—']);

/** Month names and their numbers: a number beside one is a date ("9 May", "May 9"), not a figure. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = wordTable({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});
export const MONTH_WORDS = new Set(Object.keys(MONTH_NUMBERS));

export const WH_WORDS = new Set(['what', 'who', 'whom', 'whose', 'which', 'when', 'where', 'why', 'how']);

/** First words of a yes/no question. */
export const QUESTION_OPENERS = new Set(['did', 'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'should', 'am']);

/** Phrases that ask whether something is so, anywhere in the question (normalised words). */
export const TRUTH_OPENERS = ['is it true', 'was it true', 'true that', 'is that true', 'is this true', 'fact check', 'really true'];

/** Last words that turn an assertion into a check: "…, correct?", "…, right?". */
export const TRUTH_TAILS = new Set(['true', 'correct', 'right', 'accurate', 'real', 'confirm', 'confirmed']);

/** Words that negate a statement outright: a question carrying one asks the opposite ("didn't Xi go?"). */
export const NEGATION_WORDS = new Set(['not', 'no', 'never', 'none', 'nor', 'without']);

/**
 * Verbs that deny what follows them: "refused to back sanctions" says China
 * did not back them. In a question they are what is asked ("did Putin reject
 * a ceasefire?"), so they must be in the claim like any other word.
 */
export const DENIAL_WORDS = new Set([
  'refuse', 'refuses', 'refused', 'refusing', 'reject', 'rejects', 'rejected', 'rejecting', 'deny', 'denies', 'denied', 'decline', 'declined', 'declines',
  'fail', 'failed', 'fails', 'skip', 'skipped', 'skips', 'miss', 'missed', 'boycott', 'boycotted', 'avoid', 'avoided', 'cancel', 'cancelled', 'canceled',
]);

/** Questions about anything at all ("did Putin say anything about…") ask what was said, not whether: no yes or no. */
export const OPEN_WORDS = new Set(['anything', 'something', 'everything', 'whatever']);

/**
 * Words that make a claim an intention or an expectation, not a fact: "looked
 * forward to an official visit" does not say the visit happened.
 */
export const MODAL_WORDS = new Set(['coming', 'due', 'expected', 'expects', 'expect', 'will', 'would', 'plans', 'planned', 'plan', 'planning', 'scheduled', 'forward', 'upcoming', 'invitation', 'invited', 'hopes', 'hoped', 'intends', 'intended', 'might', 'proposed', 'proposes', 'offered', 'ready', 'willing']);

/** Comparative words and what they ask for; "more than 20" is a hedge, not one of these. */
export const COMPARATIVES: Readonly<Record<string, 'more' | 'less'>> = wordTable({
  more: 'more', most: 'more', higher: 'more', highest: 'more', greater: 'more', greatest: 'more', bigger: 'more', biggest: 'more', larger: 'more', largest: 'more', worse: 'more', heavier: 'more', heaviest: 'more',
  fewer: 'less', fewest: 'less', less: 'less', least: 'less', lower: 'less', lowest: 'less', smaller: 'less', smallest: 'less', lighter: 'less',
});
