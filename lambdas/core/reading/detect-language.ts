/**
 * Which script a message is written in, to tell "a question I cannot read
 * yet" (Russian, Chinese) from "a question no source answers". Counts letters
 * only: digits, punctuation and emoji say nothing about the language.
 */
export type Script = 'latin' | 'cyrillic' | 'han' | 'other' | 'none';

export function dominantScript(text: string): Script {
  const counts = { latin: 0, cyrillic: 0, han: 0, other: 0 };
  for (const ch of text) {
    if (/\p{Script=Latin}/u.test(ch)) counts.latin++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) counts.cyrillic++;
    else if (/\p{Script=Han}/u.test(ch)) counts.han += 2; // one Han character is about a word
    else if (/\p{L}/u.test(ch)) counts.other++;
  }
  const [script, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0] as [Script, number];
  return n === 0 ? 'none' : script;
}
