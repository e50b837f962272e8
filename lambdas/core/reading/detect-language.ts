/**
 * Which script a message is written in, to tell the language it is read in,
 * or "a question I cannot read" from "a question no source answers". Counts letters
 * only: digits, punctuation and emoji say nothing about the language.
 */
import type { Language, LocalLanguage } from '../knowledge/knowledge-schema';
import { isAscii } from '../answer/normalise-question';

export type Script = 'latin' | 'cyrillic' | 'han' | 'other' | 'none';

const count = (text: string, letters: RegExp) => text.match(letters)?.length ?? 0;

type LetterCounts = Record<Exclude<Script, 'none'>, number>;

function letterCounts(text: string): LetterCounts {
  // Most messages are ASCII: their letters are Latin, counted without the Unicode passes.
  if (isAscii(text)) {
    let latin = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i) | 0x20;
      if (c >= 0x61 && c <= 0x7a) latin++;
    }
    return { latin, cyrillic: 0, han: 0, other: 0 };
  }
  return {
    latin: count(text, /\p{Script=Latin}/gu),
    cyrillic: count(text, /\p{Script=Cyrillic}/gu),
    // One Han character is about a word.
    han: 2 * count(text, /\p{Script=Han}/gu),
    other: count(text, /[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Han}\P{L}]/gu),
  };
}

function dominant(counts: LetterCounts): Script {
  const [script, n] = (Object.entries(counts) as Array<[Script, number]>).sort((a, b) => b[1] - a[1])[0] as [Script, number];
  return n === 0 ? 'none' : script;
}

export function dominantScript(text: string): Script {
  return dominant(letterCounts(text));
}

/**
 * Latin names and terms inside a Russian or Chinese sentence ("что сказал
 * Putin про neo-nazism", "Putin对neo-Nazism说了什么") can outnumber its own
 * letters, yet only the local reader reads the sentence, and it keeps Latin
 * words as they are. So a third of the letters in the local script makes the
 * message local; an English question with one local name in it ("What did
 * 习近平 say in Moscow?") stays English.
 */
function scriptRead(text: string): Script {
  const counts = letterCounts(text);
  const script = dominant(counts);
  if (script !== 'latin') return script;
  const local = counts.cyrillic >= counts.han ? 'cyrillic' : 'han';
  return 3 * counts[local] >= counts.latin + counts[local] ? local : script;
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
  const script = scriptRead(text);
  if (script === 'latin' || script === 'none') return 'en';
  if (script === 'cyrillic' && readable.has('ru') && !/[іїєґў]/iu.test(text)) return 'ru';
  if (script === 'han' && readable.has('zh') && !/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'zh';
  return null;
}
