/**
 * Chinese words as the reader compares them. Chinese is written without
 * spaces, so a word's boundaries come first from the data (every alias and
 * gloss in data/, longest first: 中国人民解放军 before 中国人 before 中国),
 * then from `Intl.Segmenter` (built into Node, no bundle cost) for the
 * stretches the data does not know. The data goes first because the
 * segmenter's dictionary splits names it has not seen (习|近平, 普|京) and
 * joins across them (中有).
 */

/** A Chinese alias or gloss as matched: no spaces, Latin letters in lower case. */
export function chineseKey(phrase: string): string {
  return phrase.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Words of a stretch the data does not know, as the segmenter splits them (punctuation kept as it is). */
export function segmentUnknown(stretch: string): string[] {
  return [...segmenter.segment(stretch)].map((s) => s.segment);
}
