/**
 * Which script a message is written in, to tell "a question I cannot read
 * yet" (Russian, Chinese) from "a question no source answers". Counts letters
 * only: digits, punctuation and emoji say nothing about the language.
 */
export type Script = 'latin' | 'cyrillic' | 'han' | 'other' | 'none';

const count = (text: string, letters: RegExp) => text.match(letters)?.length ?? 0;

export function dominantScript(text: string): Script {
  const counts: Record<Exclude<Script, 'none'>, number> = {
    latin: count(text, /\p{Script=Latin}/gu),
    cyrillic: count(text, /\p{Script=Cyrillic}/gu),
    // One Han character is about a word.
    han: 2 * count(text, /\p{Script=Han}/gu),
    other: count(text, /[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Han}\P{L}]/gu),
  };
  const [script, n] = (Object.entries(counts) as Array<[Script, number]>).sort((a, b) => b[1] - a[1])[0] as [Script, number];
  return n === 0 ? 'none' : script;
}
