/**
 * Chinese words as the reader compares them. Chinese is written without
 * spaces, so a word's boundaries come first from the data (every alias and
 * gloss in data/, longest first: 火车站 "railway station" before 火车 "train"),
 * then from `Intl.Segmenter` (built into Node, no bundle cost) for the
 * stretches the data does not know. The data goes first because the
 * segmenter's dictionary splits names it has not seen into characters and
 * joins a name's last character with the word after it.
 */

/** A Chinese alias or gloss as matched: no spaces, Latin letters in lower case. */
export function chineseKey(phrase: string): string {
  return phrase.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Made on the first Chinese question, not at cold start: loading ICU's word dictionary costs time English questions never need. */
let segmenter: Intl.Segmenter | undefined;

/** Words of a stretch the data does not know, as the segmenter splits them (punctuation kept as it is). */
export function segmentUnknown(stretch: string): string[] {
  if (stretch === '') return [];
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(stretch)].map((s) => s.segment);
}
