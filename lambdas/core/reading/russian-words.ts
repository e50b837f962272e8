/**
 * Russian words as the reader compares them: lower case, ё as е, and reduced
 * to their Snowball stem (npm `@orama/stemmers`, Russian alone is about 9 KB
 * bundled), so that every case of a noun meets one alias or gloss:
 * Тула, в Туле, в Тулу, из Тулы → "тул"; погибло, погибли → "погибл".
 */
import { stemmer as snowballRussian } from '@orama/stemmers/russian';
import { setBounded } from '../cache/bounded-map';

/** Warm Lambdas stem the same words again and again; bounded so hostile input cannot grow it. */
const STEM_CACHE_LIMIT = 20_000;
const stems = new Map<string, string>();

export function russianStem(word: string): string {
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  // Short words are their own stem: the stemmer would cut "мир" or "год" to nothing useful.
  if (lower.length <= 3 || !/^\p{Script=Cyrillic}+$/u.test(lower)) return lower;
  let cached = stems.get(lower);
  if (cached === undefined) {
    cached = snowballRussian(lower);
    setBounded(stems, lower, cached, STEM_CACHE_LIMIT);
  }
  return cached;
}

/** A word of any script, kept whole across inner hyphens and apostrophes ("30-дневном" splits: a number is its own word). */
export const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu;

/** The words of a phrase, stemmed: the key an alias or a gloss is matched by. */
export function russianKey(phrase: string): string {
  return (phrase.match(WORD) ?? []).map((w) => (/\p{Script=Cyrillic}/u.test(w) ? russianStem(w) : w.toLowerCase())).join(' ');
}

/** Number words in the forms a count takes (nominative, genitive: "тридцать семь", "семи часов", "двухсот"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    'два:2 две:2 двух:2 двум:2 двумя:2 три:3 трех:3 трем:3 тремя:3 четыре:4 четырех:4 пять:5 пяти:5 шесть:6 шести:6 семь:7 семи:7 восемь:8 восьми:8 девять:9 девяти:9 ' +
    'десять:10 десяти:10 одиннадцать:11 одиннадцати:11 двенадцать:12 двенадцати:12 тринадцать:13 тринадцати:13 четырнадцать:14 четырнадцати:14 пятнадцать:15 пятнадцати:15 ' +
    'шестнадцать:16 шестнадцати:16 семнадцать:17 семнадцати:17 восемнадцать:18 восемнадцати:18 девятнадцать:19 девятнадцати:19 двадцать:20 двадцати:20 тридцать:30 тридцати:30 ' +
    'сорок:40 сорока:40 пятьдесят:50 пятидесяти:50 шестьдесят:60 шестидесяти:60 семьдесят:70 семидесяти:70 восемьдесят:80 восьмидесяти:80 девяносто:90 девяноста:90 ' +
    'сто:100 ста:100 двести:200 двухсот:200 триста:300 трехсот:300 четыреста:400 четырехсот:400 пятьсот:500 пятисот:500 шестьсот:600 шестисот:600 семьсот:700 семисот:700 ' +
    'восемьсот:800 восьмисот:800 девятьсот:900 девятисот:900 полтора:1.5 полторы:1.5'
  )
    .split(' ')
    .map((pair) => {
      const [word = '', value = '0'] = pair.split(':');
      return [word, Number(value)];
    }),
);

/** What a lone small number word must come before to be a count: "два часа", "семь миллионов"; "две страны" is not one. */
const COUNTED = /^(?:миллион|млн|млрд|тысяч|тыс|час|дн|дня|сут|лет|год|недел|месяц|человек|солдат|лидер|военн)/u;

/**
 * Numbers written in words as digits ("тридцать семь миллионов" → "37
 * миллионов", "семи часов" → "7 часов"), so a figure the user states is read
 * as one typed in digits; digits glued to a word are parted from it ("27млн").
 */
export function digitsForRussianNumbers(text: string): string {
  const parted = text
    // "1) сколько… 2) когда…": the items of a list are questions of their own.
    .replace(/(?<=^|\s)\d{1,2}\)\s+/gu, '? ')
    .replace(/(\d)(?=\p{Script=Cyrillic})/gu, '$1 ')
    // "с 7 по 10 мая", "от 15 до 20 млн": a range, written as the reader of figures knows one ("7-10").
    .replace(/(?<![\p{L}\p{N}])(?:с|со|от)\s+(\d+(?:[.,]\d+)?)\s+(?:по|до)\s+(\d+(?:[.,]\d+)?)(?![\p{L}\p{N}])/giu, '$1-$2');
  const words = parted.split(/(\s+)/u);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const value = (k: number) => NUMBER_WORDS[(words[k] ?? '').toLowerCase().replace(/ё/g, 'е')];
    if (value(i) === undefined) {
      out.push(words[i] ?? '');
      i++;
      continue;
    }
    // A run of number words adds up: "сто тридцать семь" is 137.
    let sum = 0;
    let end = i;
    while (value(end) !== undefined && (end === i || /^\s+$/u.test(words[end - 1] ?? ''))) {
      sum += value(end) ?? 0;
      end += 2;
    }
    const single = end === i + 2 && sum < 10;
    if (single && !COUNTED.test((words[i + 2] ?? '').toLowerCase())) {
      out.push(words[i] ?? '');
      i++;
      continue;
    }
    out.push(String(sum).replace('.', ','));
    i = end - 1;
  }
  return out.join('');
}
