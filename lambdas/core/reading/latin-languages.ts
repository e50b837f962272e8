/**
 * Whether a message in Latin letters is written in a language other than
 * English ("Wie viele Chinesen starben im Zweiten Weltkrieg?"). The script
 * alone cannot tell, and read as English such a message keeps only its names
 * and numbers, which match claims it never asked about.
 *
 * The evidence is function words, from the `stopword` package's lists (the
 * one the Russian and Chinese readers use), and words with letters English
 * does not write (é, ñ, ş, ł): a message is in another language when at
 * least MIN_WORDS of its words are such evidence for one language, and they
 * outnumber its English function words. Words the English reader knows (the
 * data's names among them) and words a list shares with English ("in",
 * "war", "die") never count, so an English question with a foreign name or a
 * typo stays English.
 */
import { ces, deu, eng, fra, ita, nld, pol, por, ron, spa, tur, vie } from 'stopword';

const MIN_WORDS = 2;

const ENGLISH = new Set(eng);

/** One set per language, without the words English has too. */
const OTHERS: readonly ReadonlySet<string>[] = [deu, fra, spa, por, ita, nld, pol, tur, ces, ron, vie].map((list) => new Set(list.filter((w) => !ENGLISH.has(w))));

/**
 * `knownEnglish`: words the English reader knows beyond function words
 * (its vocabulary), which never count for another language.
 */
export function inAnotherLatinLanguage(text: string, knownEnglish: (word: string) => boolean): boolean {
  const words = text.toLowerCase().match(/[\p{Script=Latin}']+/gu) ?? [];
  if (words.length < MIN_WORDS) return false;
  let english = 0;
  let lettered = 0;
  const candidates: string[] = [];
  for (const w of words) {
    if (ENGLISH.has(w)) english++;
    else if (knownEnglish(w)) continue;
    else if (/[^a-z']/.test(w)) lettered++;
    else candidates.push(w);
  }
  return OTHERS.some((list) => {
    const own = lettered + candidates.filter((w) => list.has(w)).length;
    return own >= MIN_WORDS && own > english;
  });
}
