/**
 * Which script a message is written in, to tell the language it is read in,
 * or "a question I cannot read" from "a question no source answers". Counts letters
 * only: digits, punctuation and emoji say nothing about the language.
 */
import type { Language, LocalLanguage } from '../knowledge/knowledge-schema';

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

/**
 * The language a message is read in: English for Latin script (and for a
 * message with no letters), Russian for Cyrillic and Chinese for Han when
 * data/ has a lexicon for them, null for anything else (which the reply says
 * the bot does not read). Letters only Ukrainian or Belarusian use (і, ї, є,
 * ґ, ў) are not Russian; kana are Japanese, not Chinese, though Japanese
 * writes Han characters too.
 */
export function readingLanguage(text: string, readable: ReadonlySet<LocalLanguage>): Language | null {
  const script = dominantScript(text);
  if (script === 'latin' || script === 'none') return 'en';
  if (script === 'cyrillic' && readable.has('ru') && !/[іїєґў]/iu.test(text)) return 'ru';
  if (script === 'han' && readable.has('zh') && !/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'zh';
  return null;
}
