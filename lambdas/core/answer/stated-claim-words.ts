/**
 * English grammar words for reading what a question asserts (stated-claim.ts):
 * hedges on a number, ranges, question openers, comparatives. Grammar, not
 * knowledge: no entity of the data is named here.
 */

/** How a stated number is hedged; 'range' marks "between", resolved to a range once the second number is read. */
export type StatedBound = 'exact' | 'about' | 'more' | 'at-least' | 'less' | 'at-most' | 'range';

export const HEDGES_BEFORE: Readonly<Record<string, StatedBound>> = {
  'more than': 'more', over: 'more', 'in excess of': 'more', 'upwards of': 'more', above: 'more',
  'at least': 'at-least', 'no fewer than': 'at-least', 'no less than': 'at-least',
  about: 'about', around: 'about', approximately: 'about', approx: 'about', roughly: 'about', nearly: 'about', almost: 'about', some: 'about', circa: 'about', estimated: 'about', 'an estimated': 'about',
  'less than': 'less', 'fewer than': 'less', under: 'less', below: 'less',
  'up to': 'at-most', 'at most': 'at-most', 'no more than': 'at-most',
  between: 'range',
};

export const HEDGES_AFTER: Readonly<Record<string, StatedBound>> = { 'or more': 'at-least', plus: 'at-least', '+': 'at-least', 'or so': 'about', odd: 'about', 'or less': 'at-most', 'or fewer': 'at-most' };

/** Words that join two numbers into a range: "15 to 20", "15-20". */
export const RANGE_WORDS = new Set(['to', '-', '–', '—']);

/** A number beside these is a date ("9 May", "May 9"), not a figure. */
export const MONTH_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export const WH_WORDS = new Set(['what', 'who', 'whom', 'whose', 'which', 'when', 'where', 'why', 'how']);

/** First words of a yes/no question. */
export const QUESTION_OPENERS = new Set(['did', 'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'should', 'am']);

/** Phrases that ask whether something is so, anywhere in the question (normalised words). */
export const TRUTH_OPENERS = ['is it true', 'was it true', 'true that', 'is that true', 'is this true', 'fact check', 'really true'];

/** Comparative words and what they ask for; "more than" is a hedge, not one of these. */
export const COMPARATIVES: Readonly<Record<string, 'more' | 'less'>> = {
  more: 'more', most: 'more', higher: 'more', highest: 'more', greater: 'more', greatest: 'more', bigger: 'more', biggest: 'more', larger: 'more', largest: 'more', worse: 'more', heavier: 'more', heaviest: 'more',
  fewer: 'less', fewest: 'less', less: 'less', least: 'less', lower: 'less', lowest: 'less', smaller: 'less', smallest: 'less', lighter: 'less',
};
