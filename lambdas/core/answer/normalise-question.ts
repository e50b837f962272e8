import { stemmer as porterStem } from 'stemmer';
import { setBounded } from '../cache/bounded-map';
import { wordTable } from './word-table';

/**
 * Text normalisation shared by the question parser and by the keyword match
 * against claim text, so both sides see "Xi’s", "XI'S" and "xis" the same way.
 */

/** Hard cap on what we parse: Telegram allows 4096 chars, a question needs far fewer. */
export const MAX_QUESTION_CHARS = 500;

/**
 * Lower-case words separated by single spaces, in Latin letters (ASCII), or
 * in Cyrillic or Han for the words the Russian and Chinese readers pass on
 * (reading/read-local.ts) and for names typed in those scripts:
 * - HTML tags are dropped and entities decoded ("<b>Xi</b> &amp; Putin" → "xi putin");
 * - curly quotes and primes become straight, diacritics on Latin letters are dropped
 *   (й and ё are letters of their own and stay);
 * - "US", "U.S.", "U.S.A." typed in capitals become the word usa (lower-case "us" is the pronoun);
 * - possessives and contractions lose their apostrophe part ("He's" → "he", "didn't" → "did not"; "cannot" → "can not");
 * - thousands separators go ("14,000" → "14000"); hyphens and dashes split words;
 * - every other punctuation mark is a word break.
 */
/** HTML entities a pasted or forwarded question may carry. */
const ENTITIES: Readonly<Record<string, string>> = wordTable({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: "'", lsquo: "'", ldquo: '"', rdquo: '"' });

export function normaliseText(raw: string): string {
  let s = raw.slice(0, MAX_QUESTION_CHARS);
  // HTML around a question ("<b>How many…?</b>", "&amp;") is markup, not words.
  s = s.replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, ' ').replace(/&(?:([a-z]+)|#(\d{1,5}));/gi, (m: string, name?: string, code?: string) =>
    name !== undefined ? (ENTITIES[name.toLowerCase()] ?? ' ') : String.fromCharCode(Number(code)),
  );
  // Most questions are plain ASCII: no accents to strip, no curly quotes, no other script (the Unicode passes are the slow ones).
  const ascii = !NON_ASCII.test(s);
  if (!ascii) {
    s = s.normalize('NFKD').replace(/(?<=\p{Script=Latin})\p{M}+/gu, '').normalize('NFC');
    s = s.replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u00B4]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"');
  }
  s = s.replace(/`/g, "'");
  s = s.replace(/\bU\.S\.(?:A\.?)?(?=\W|$)|\bUSA?\b/g, ' usa ');
  s = s.toLowerCase();
  s = s.replace(/n't\b/g, ' not').replace(/\bcannot\b/g, 'can not').replace(/'(?:s|re|ve|ll|d|m)\b/g, '').replace(/s'(?=\W|$)/g, 's');
  s = s.replace(/(\d),(?=\d{3}\b)/g, '$1');
  s = ascii ? s.replace(/[^a-z0-9]+/g, ' ') : s.replace(/[^a-z0-9\p{Script=Cyrillic}\p{Script=Han}]+/gu, ' ');
  return s.trim();
}
const NON_ASCII = /[\u0080-\uffff]/;

/** Plain ASCII: the fast path of the readers, which need no Unicode passes for it. */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/** Words of a normalised text; single letters carry no meaning here ("s", "a"), but one Han character is a word. */
export function tokenise(normalised: string): string[] {
  return normalised.split(' ').filter((w) => w.length > 1 || /[\d\p{Script=Han}]/u.test(w));
}

/**
 * The Porter stemmer (npm `stemmer`, a few KB): "visits", "visited" → "visit",
 * "wars" → "war", "preventing" → "prevent". Taken from a library rather than
 * hand rules; stemsMatch below still lets near stems meet ("nazi"/"nazism").
 * Short words stay as typed: "us" and "use" must not meet.
 */
export function stem(word: string): string {
  // Porter is for English; a Russian word arrives stemmed by its own reader, a Chinese one has no inflection.
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let cached = stems.get(word);
  if (cached === undefined) {
    cached = porterStem(word);
    setBounded(stems, word, cached, STEM_CACHE_LIMIT);
  }
  return cached;
}

/** Warm Lambdas stem the same words again and again; bounded so hostile input cannot grow it. */
const STEM_CACHE_LIMIT = 20_000;
const stems = new Map<string, string>();

/**
 * Two stems name the same word when they are equal, or when one is the other
 * plus a short ending the stemmer leaves ("nazi"/"nazism", "forgot"/"forgotten"),
 * never across a root that means something else: "militar" (military) and
 * "militar" + "ism" (militarism) differ in meaning, so an -ism, -ist or -ian
 * ending never joins them.
 */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  if (shorter.length < MIN_NEAR_STEM || !longer.startsWith(shorter)) return false;
  return nearTail(longer.slice(shorter.length));
}

const MIN_NEAR_STEM = 4;
const MAX_NEAR_TAIL = 3;
const nearTail = (tail: string) => tail.length <= MAX_NEAR_TAIL && !/^(?:ism|ist|ian|i)$/.test(tail);

/**
 * A text's stems, indexed for stemsMatch: "does any of them meet this stem"
 * is a few set lookups, not a comparison with every stem. A claim's stems
 * are asked about every keyword of every question that reads the claim.
 */
export class StemIndex {
  private readonly exact: ReadonlySet<string>;
  /** The stems, and each less a near tail ("nazism" → "nazi"…): every stem one of them meets as the longer. */
  private readonly met: ReadonlySet<string>;

  constructor(stems: Iterable<string>) {
    this.exact = new Set(stems);
    const met = new Set(this.exact);
    for (const s of this.exact) {
      for (let k = 1; k <= MAX_NEAR_TAIL && s.length - k >= MIN_NEAR_STEM; k++) if (nearTail(s.slice(s.length - k))) met.add(s.slice(0, s.length - k));
    }
    this.met = met;
  }

  /** Whether some stem of the text meets `wanted` (stemsMatch). */
  matches(wanted: string): boolean {
    return this.meetsAny([wanted], nearPrefixes(wanted));
  }

  /** Whether some stem of the text meets one of `wanted`, whose near prefixes (nearPrefixes) are `prefixes`. */
  meetsAny(wanted: readonly string[], prefixes: readonly string[]): boolean {
    for (const w of wanted) if (this.met.has(w)) return true;
    for (const p of prefixes) if (this.exact.has(p)) return true;
    return false;
  }
}

/** The shorter stems a stem meets by stemsMatch ("nazism" → "nazi"…), to look up rather than compare. */
export function nearPrefixes(wanted: string): string[] {
  const prefixes: string[] = [];
  for (let k = 1; k <= MAX_NEAR_TAIL && wanted.length - k >= MIN_NEAR_STEM; k++) if (nearTail(wanted.slice(wanted.length - k))) prefixes.push(wanted.slice(0, wanted.length - k));
  return prefixes;
}
