/**
 * Reads a Russian or Chinese question into the words the parser knows, so
 * that one grammar of questions (parse-question.ts) and one set of lookups
 * serve every language, and a Russian question finds the claims its English
 * equivalent finds. The claims are English: every word that finds one comes
 * from data/, never from here:
 * - an entity's aliases in the language (data/entities.json) stay as they
 *   are read (a Russian stem, a Chinese word): the vocabulary knows them as
 *   phrases of that entity;
 * - the language's lexicon (data/lexicon/<language>.json) glosses question
 *   words, verbs of saying, units and the words of the claims into English
 *   ("сколько" → "how many", "说了什么" → "said what", "阵亡" → "soldiers died");
 * - words that are neither, and are on the language's stop-word list (npm
 *   `stopword`), are dropped; any other word is kept (it weighs nothing when
 *   no claim has it, and still counts as "something the data does not know").
 * Punctuation stays where it was, so a message still splits into its questions.
 */
import { rus, zho } from 'stopword';
import type { Knowledge } from '../knowledge/knowledge';
import type { LocalLanguage } from '../knowledge/knowledge-schema';
import { chineseKey, segmentUnknown } from './chinese-words';
import { editDistance } from '../answer/typo-correction';
import { digitsForRussianNumbers, russianKey, russianStem, WORD } from './russian-words';
import { setBounded } from '../cache/bounded-map';

/** What a language's words read as: matched longest first (by words in Russian, by characters in Chinese). */
interface ReadingTable {
  readonly entries: ReadonlyMap<string, string>;
  readonly longest: number;
  readonly stopWords: ReadonlySet<string>;
  /** Russian: every stem a key is made of, which a misspelt word may be corrected into. */
  readonly knownStems: ReadonlySet<string>;
  /** The same stems by length: a word is only compared with stems within two letters of it. */
  readonly stemsByLength: ReadonlyMap<number, readonly string[]>;
  /** Corrections already made (a misspelt stem → the stem it reads as, or itself). */
  readonly corrections: Map<string, string>;
}

/** The key an alias or a gloss of a language is matched by; the vocabulary files local aliases under it too. */
export function localKey(language: LocalLanguage, phrase: string): string {
  return language === 'ru' ? russianKey(phrase) : chineseKey(phrase);
}

const keyLength = (language: LocalLanguage, key: string) => (language === 'ru' ? key.split(' ').length : [...key].length);

/** A Russian form as written (lower case, ё as е), kept apart from stems by its mark. */
const exactKey = (phrase: string) => `=${(phrase.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/ё/g, 'е')).join(' ')}`;

const tables = new WeakMap<Knowledge, Map<LocalLanguage, ReadingTable>>();

function tableFor(knowledge: Knowledge, language: LocalLanguage): ReadingTable {
  let byLanguage = tables.get(knowledge);
  if (byLanguage === undefined) {
    byLanguage = new Map();
    tables.set(knowledge, byLanguage);
  }
  const cached = byLanguage.get(language);
  if (cached !== undefined) return cached;
  const entries = new Map<string, string>();
  const lexicon = knowledge.localLexicons[language];
  for (const [english, forms] of Object.entries(lexicon?.glosses ?? {})) {
    for (const form of forms) {
      const key = localKey(language, form);
      if (key !== '') entries.set(key, english);
      // A Russian form as written wins over another form's stem: "какой" (what) is not "как" (how), though both stem to "как".
      if (language === 'ru') entries.set(exactKey(form), english);
    }
  }
  // Names are read as themselves: the vocabulary knows them (aliases as entities, other names as foreign).
  // They go last, so an alias wins over a gloss of the same words.
  const names = [...knowledge.entities.flatMap((e) => e.aliases[language]), ...(lexicon?.otherNames ?? [])];
  for (const name of names) {
    const key = localKey(language, name);
    if (key === '') continue;
    entries.set(key, key);
    if (language === 'ru') entries.set(exactKey(name), key);
  }
  const knownStems = new Set(language === 'ru' ? [...entries.keys()].filter((k) => !k.startsWith('=')).flatMap((k) => k.split(' ')) : []);
  const stemsByLength = new Map<number, string[]>();
  for (const stem of knownStems) stemsByLength.set(stem.length, [...(stemsByLength.get(stem.length) ?? []), stem]);
  const table: ReadingTable = {
    entries,
    longest: Math.max(1, ...[...entries.keys()].filter((k) => !k.startsWith('=')).map((k) => keyLength(language, k))),
    stopWords: new Set(language === 'ru' ? rus : zho),
    knownStems,
    stemsByLength,
    corrections: new Map(),
  };
  byLanguage.set(language, table);
  return table;
}

/**
 * A misspelt Russian word ("Пекене") read as the word of the data it is one
 * edit from (two for long words), by stem: the engine's own edit distance, as
 * for English. Short words and words the data knows stay as they are; a tie
 * between words that read differently corrects nothing ("сколко" is one edit
 * from both "скольк" and "скок", which both ask "how many").
 */
function correctRussianStem(stem: string, table: ReadingTable): string {
  if (stem.length < 5 || table.knownStems.has(stem) || !/^\p{Script=Cyrillic}+$/u.test(stem)) return stem;
  const cached = table.corrections.get(stem);
  if (cached !== undefined) return cached;
  const limit = stem.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  const targets: string[] = [];
  for (let length = Math.max(4, stem.length - limit); length <= stem.length + limit; length++) targets.push(...(table.stemsByLength.get(length) ?? []));
  for (const target of targets) {
    const d = editDistance(stem, target, limit);
    if (d < bestDistance) {
      best = target;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && (best === undefined || table.entries.get(best) === undefined || table.entries.get(best) !== table.entries.get(target))) tie = true;
  }
  const corrected = best !== undefined && !tie ? best : stem;
  // Warm Lambdas see the same words again; bounded so hostile input cannot grow it.
  setBounded(table.corrections, stem, corrected, CORRECTION_CACHE_LIMIT);
  return corrected;
}

const CORRECTION_CACHE_LIMIT = 5_000;

/** Russian: words between separators; a phrase is matched across spaces and hyphens only, never across punctuation. */
function readRussian(text: string, table: ReadingTable): string {
  const parts = digitsForRussianNumbers(text).split(/([^\p{L}\p{M}\p{N}]+)/u);
  // Each word's stem, corrected when misspelt; stop words are marked so that they never start a match of their own.
  const stems = parts.map((w, i) => {
    if (i % 2 === 1 || w === '') return '';
    if (!/\p{Script=Cyrillic}/u.test(w)) return w.toLowerCase();
    const lower = w.toLowerCase().replace(/ё/g, 'е');
    if (table.stopWords.has(lower)) return russianStem(w);
    const stem = russianStem(w);
    const corrected = correctRussianStem(stem, table);
    // A misspelling can stem shorter than the word it misspells ("путен" → "пут"): the word itself is compared then.
    if (corrected !== stem || table.knownStems.has(stem) || lower.length < 5) return corrected;
    const whole = correctRussianStem(lower, table);
    return whole === lower ? stem : whole;
  });
  const out: string[] = [];
  for (let i = 0; i < parts.length; ) {
    const word = parts[i] ?? '';
    if (i % 2 === 1 || word === '') {
      out.push(word);
      i++;
      continue;
    }
    let matched = 0;
    for (let n = table.longest; n >= 1 && matched === 0; n--) {
      const words: string[] = [];
      const wordStems: string[] = [];
      for (let k = 0; k < n; k++) {
        const w = parts[i + 2 * k];
        const gap = k === 0 ? ' ' : (parts[i + 2 * k - 1] ?? '');
        // Spaces join the words of a phrase, and so does a hyphen ("что-нибудь"); punctuation never does.
        if (w === undefined || w === '' || !/^(?:\s+|-)$/.test(gap)) break;
        words.push(w);
        wordStems.push(stems[i + 2 * k] ?? '');
      }
      if (words.length < n) continue;
      const value = table.entries.get(exactKey(words.join(' '))) ?? table.entries.get(wordStems.join(' '));
      if (value !== undefined) {
        out.push(value);
        matched = n;
      }
    }
    if (matched > 0) {
      i += 2 * matched - 1;
      continue;
    }
    const lower = word.toLowerCase().replace(/ё/g, 'е');
    const cyrillic = /\p{Script=Cyrillic}/u.test(word);
    out.push(cyrillic ? (table.stopWords.has(lower) ? '' : (stems[i] ?? '')) : word);
    i++;
  }
  return out.join('').replace(/[ \t]+/g, ' ').trim();
}

const HAN = /\p{Script=Han}/u;
/** Chinese punctuation that ends a question or a stretch, as the splitter knows it (full-width ？，；： become ASCII by NFKC). */
const CHINESE_PUNCTUATION: Readonly<Record<string, string>> = { '。': '.', '、': ',', '！': '!', '…': '…' };

const CHINESE_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a Chinese numeral: 三千七百万 → 37,000,000, 一万四千 → 14,000, 一亿两千万 → 120,000,000. */
function chineseNumeral(numeral: string): number {
  let result = 0;
  let section = 0;
  let digit = 0;
  for (const c of numeral) {
    const d = CHINESE_DIGITS[c];
    const unit = CHINESE_UNITS[c];
    if (d !== undefined) digit = d;
    else if (unit !== undefined) {
      section += (digit === 0 ? 1 : digit) * unit;
      digit = 0;
    } else if (c === '万' || c === '萬') {
      result += (section + digit) * 10_000;
      section = digit = 0;
    } else if (c === '亿' || c === '億') {
      result = (result + section + digit) * 100_000_000;
      section = digit = 0;
    }
  }
  return result + section + digit;
}

/**
 * Numbers written in characters (三千七百万, 两千七百万人, 七个小时) as digits,
 * so a figure the user states is read as one typed in digits. Only a numeral
 * with a digit and a unit, or a lone digit before a unit of time, is a
 * number: 二战, 两国, 九三阅兵 and 十分 are words.
 */
function digitsForNumerals(text: string): string {
  return text.replace(/[零〇一二两兩三四五六七八九十百千万亿萬億]+/gu, (numeral, at: number) => {
    const hasDigit = /[一二两兩三四五六七八九]/u.test(numeral);
    const hasUnit = /[十百千万亿萬億]/u.test(numeral);
    const timed = /^(?:个小时|个多小时|小时|天|周年)/u.test(text.slice(at + numeral.length));
    if (!hasDigit || (!hasUnit && !(numeral.length === 1 && timed))) return numeral;
    const value = chineseNumeral(numeral);
    // Ten-thousands keep their multiplier (3700万): a bare 2000 or 1945 would read as a year.
    return value >= 10_000 && value % 10_000 === 0 ? `${value / 10_000}万` : String(value);
  });
}

/**
 * Chinese hedges a number from behind: 20多个 "20-odd", 3700多万 "37 million
 * and more", 3700万左右 "about 37 million". Put before the number, as the
 * lexicon's 超过 and 大约 are, they read as English hedges do ("over 20").
 * A comparison after 比 needs no 更 ("比苏联大"), which the lexicon reads.
 */
function hedgesAndComparatives(text: string): string {
  return text
    // "一、…二、…", "1、…2）…": the items of a list are questions of their own.
    .replace(/(?<=^|[\s,.;?!，。；？！])(?:[一二三四五六七八九十]|\d{1,2})[、)）](?!\d)/gu, '。')
    // "比苏联大" (bigger than the USSR's): after 比 a bare adjective is a comparative, as 更大 is.
    .replace(/比([^,.?!，。？！]{1,8}?)(?<!更)(大|高|惨|严重)/gu, '比$1更$2')
    .replace(/(\d+(?:\.\d+)?)多(?=[万亿萬億千百十个個名位人年天小])/gu, '超过$1')
    .replace(/(\d+(?:\.\d+)?[万亿萬億千百]?)左右/gu, '大约$1')
    // A final 吗 (or 没有, "…or not") asks yes or no, as a question mark does: many type it instead of one.
    .replace(/(?:[吗嗎]|没有|沒有|没|沒)(?=\s*(?:[,.?!，。？！]|$))/gu, '?');
}

/** Chinese: the data's words longest first at each character, the segmenter for what lies between. */
function readChinese(text: string, table: ReadingTable): string {
  const chars = [...hedgesAndComparatives(digitsForNumerals(text.normalize('NFKC')))].map((c) => CHINESE_PUNCTUATION[c] ?? c);
  const out: string[] = [];
  let pending = '';
  const flush = () => {
    for (const segment of segmentUnknown(pending)) {
      if (HAN.test(segment)) {
        if (!table.stopWords.has(segment)) out.push(` ${segment} `);
      } else out.push(segment);
    }
    pending = '';
  };
  for (let i = 0; i < chars.length; ) {
    let matched = 0;
    if (HAN.test(chars[i] ?? '')) {
      // Candidates grow one character at a time (the text is already NFKC, so a key is the candidate in lower case).
      let candidate = '';
      let value: string | undefined;
      for (let n = 1; n <= Math.min(table.longest, chars.length - i); n++) {
        candidate += (chars[i + n - 1] ?? '').toLowerCase();
        const found = table.entries.get(candidate);
        if (found !== undefined) {
          value = found;
          matched = n;
        }
      }
      if (value !== undefined) {
        flush();
        out.push(` ${value} `);
      }
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    pending += chars[i] ?? '';
    i++;
  }
  flush();
  return out.join('').replace(/[ \t]+/g, ' ').replace(/ (?=[?,.!;:])/g, '').trim();
}

/** The question in the words the parser knows; English text passes unchanged. */
export function readLocal(language: LocalLanguage, text: string, knowledge: Knowledge): string {
  const table = tableFor(knowledge, language);
  return language === 'ru' ? readRussian(text, table) : readChinese(text, table);
}
