/**
 * Is a chat message a question at all? The bot uses this in groups, where
 * "thanks!", "lol" or "ok" addressed to it must not get a "no sourced
 * claims" reply, while "@bot what's the weather?" still gets the polite one.
 *
 * A message is a question when, after leading @mentions and chatter ("hey",
 * "ok so"), it ends with "?", starts with a question word or a request ("tell
 * me", "show me"), or names something the bot knows (a person, country,
 * place, war, occasion or outlet) or asks for a figure ("chinese deaths ww2").
 * Pure, synchronous and cheap: a few table look-ups per word.
 */
import { normaliseText, tokenise } from './normalise-question';
import { parseQuestion } from './parse-question';
import { phraseWidthsAt, type Vocabulary } from './question-vocabulary';

/** Words that open a question ("didn't" normalises to "did not"). */
const QUESTION_STARTS = new Set(
  'what whats wat wot wut who whos whom whose when where which why how hows did does do is are was were can could will would has have had should shall isnt arent wasnt doesnt'.split(' '),
);
/** Requests that are questions in all but form. */
const REQUEST_STARTS = ['tell me', 'tell us', 'show me', 'show us', 'give me', 'give us', 'explain', 'list', 'compare', 'fact check', 'factcheck', 'check', 'verify', 'according to'];
/** Chat that is never a question on its own, and may lead one ("hey, how many…"). */
const CHATTER = new Set(
  (
    'thanks thank thx ty tysm cheers ok okay k kk lol lmao rofl haha hahaha hehe hi hello hey heya yo hiya bye ciao good nice cool great ' +
    'awesome yes no yeah yep yup nope nah sure please pls plz wow omg hmm hm ah oh so well bot right alright fine agreed noted got it'
  ).split(' '),
);
/** Only this many words are looked at: a question names what it wants early. */
const MAX_WORDS = 60;

/** Leading @mentions, bot commands and HTML tags carry no words of the question. */
function stripAddress(text: string): string {
  return text
    .replace(/<[^<>]{0,200}>/g, ' ')
    .trim()
    .replace(/^(?:(?:@\w+|\/\w+(?:@\w+)?)[\s,:;.!-]*)+/u, '');
}

function namesSomethingKnown(words: readonly string[], v: Vocabulary): boolean {
  for (let i = 0; i < words.length; i++) {
    for (const n of phraseWidthsAt(words, i, v)) {
      const phrase = v.phrases.get(words.slice(i, i + n).join(' '));
      // "they", "both" stand for the two leaders only inside a question.
      if (phrase !== undefined && phrase.type !== 'pair') return true;
    }
  }
  return false;
}

/** True when `text` is worth answering as a question (see the module comment). */
export function looksLikeQuestion(text: string, v: Vocabulary): boolean {
  const stripped = stripAddress(text);
  if (/\?[\s!?.)\]"'”»]*$/u.test(stripped)) return true;
  const words = tokenise(normaliseText(stripped)).slice(0, MAX_WORDS);
  while (words.length > 0 && CHATTER.has(words[0] ?? '')) words.shift();
  if (words.length === 0) return false;
  if (QUESTION_STARTS.has(words[0] ?? '')) return true;
  const opening = words.slice(0, 2).join(' ');
  if (REQUEST_STARTS.some((r) => opening === r || opening.startsWith(`${r} `) || words[0] === r)) return true;
  // Typo-corrected words: "Putn", "Chna".
  const parsed = parseQuestion(words.join(' '), v);
  if (namesSomethingKnown(parsed.words, v)) return true;
  return parsed.intent === 'figure' && parsed.unit !== null;
}
