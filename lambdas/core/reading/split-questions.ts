/**
 * A message may hold one question, two ("How many Chinese died and what did
 * Xi say in Moscow?"), or one wrapped in chatter ("hey bot, quick question:
 * …? thanks!!"). This splits the message into questions and, within each,
 * drops the stretches between punctuation that say nothing the data could
 * answer: greetings, thanks, asides in parentheses, "(for a school project)".
 *
 * A stretch is kept when it anchors the question (names an entity, a unit, a
 * year or a number, or asks with a question word or a verb of saying), or
 * when no stretch does. So nothing is lost that the reader could use, and
 * nothing is added that would become a requirement.
 */
import { parseQuestion, type ParsedQuestion } from '../answer/parse-question';
import { phraseWidthsAt, type Vocabulary } from '../answer/question-vocabulary';
import { normaliseText, stem, tokenise } from '../answer/normalise-question';

/** Parses a text, remembering what it parsed for the rest of one message (the answerer reads the same questions again). */
export type Parse = (text: string) => ParsedQuestion;

export function memoParse(v: Vocabulary): Parse {
  const seen = new Map<string, ParsedQuestion>();
  return (text) => {
    let parsed = seen.get(text);
    if (parsed === undefined) {
      parsed = parseQuestion(text, v);
      seen.set(text, parsed);
    }
    return parsed;
  };
}

const QUESTION_WORDS = new Set('what whats who whom whose when where which why how did does do is are was were can could has have will would'.split(' '));

/** Where one question may end and the next begin: "?", or ", and what …" / " and how …". */
const QUESTION_BREAK = /\?+|[;,]?\s+(?:and|also|plus)\s+(?=(?:what|who|when|where|which|why|how|did|does|do|is|was|were)\b)/i;
/** Where a stretch of one question ends. */
// A comma or dash between digits is part of a number ("40,000", "15–20 million"), not a break.
const STRETCH_BREAK = /(?:,(?!\d)|(?<!\d),|[;:()[\]!…—\n]|–(?!\d)|(?<!\d)–)+|\.(?=\s|$)|\s-\s/;

/** anchor: names something (entity, unit, year, number); cue: asks (question word, verb of saying); weak: only words the claims use. */
type Strength = 'anchor' | 'cue' | 'weak' | 'none';

function strength(text: string, v: Vocabulary, parse: Parse): Strength {
  const words = tokenise(normaliseText(text));
  if (words.length === 0) return 'none';
  const p = parse(text);
  const named = p.speakers.length + p.subjects.length + p.places.length + p.wars.length + p.events.length + p.years.length + p.outlets.length;
  if (named > 0 || p.unit !== null || words.some((w) => /^\d/.test(w)) || p.keywords.some((g) => g.some((w) => v.otherNames.has(w)))) return 'anchor';
  if (QUESTION_WORDS.has(words[0] ?? '') || p.intent === 'said' || p.intent === 'when') return 'cue';
  const known = p.keywords.some((group) => group.some((w) => v.knowledge.termWeight(stem(w)) > 0));
  return known ? 'weak' : 'none';
}

interface Part {
  readonly text: string;
  readonly anchored: boolean;
}

/** "Besides Xi, who…", "Apart from the tolls, what…": what the question sets aside is not what it asks about. */
const SETS_ASIDE = /^(?:besides|beside|apart from|aside from|other than|except(?: for)?|excluding|not counting|leaving aside)\b/i;
const TRAILING_SET_ASIDE = /\s(?:besides|apart from|aside from|other than|except(?: for)?|excluding|not counting)\s[^?]*$/i;

/**
 * A stretch without what it sets aside: "besides Xi who came" typed without its comma still asks "who came".
 * The question starts at the first question word after the set-aside phrase; without one, nothing is asked.
 */
function withoutSetAside(stretch: string): string {
  // "who else came besides Xi": set aside at the end, after what is asked.
  const trailing = stretch.match(TRAILING_SET_ASIDE);
  if (trailing?.index !== undefined && trailing.index > 0) return stretch.slice(0, trailing.index).trim();
  if (!SETS_ASIDE.test(stretch)) return stretch;
  const words = stretch.split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && QUESTION_WORDS.has(normaliseText(w)));
  return at < 0 ? '' : words.slice(at).join(' ');
}

/** One question without the stretches that carry nothing, or null when nothing is left. */
function trimQuestion(text: string, v: Vocabulary, parse: Parse): Part | null {
  const stretches = text.split(STRETCH_BREAK).map((s) => withoutSetAside(s.trim())).filter((s) => s.length > 0);
  const rated = stretches.map((s) => ({ s, k: strength(s, v, parse) }));
  const anchored = rated.some((r) => r.k === 'anchor');
  const kept = rated.filter((r) => (anchored ? r.k === 'anchor' || r.k === 'cue' : r.k !== 'none')).map((r) => r.s);
  return kept.length === 0 ? null : { text: kept.join(', '), anchored };
}

/**
 * "How many Soviets died in WWII, and how many Chinese?": the second question
 * leaves out what it counts. It takes the words of the one before from its
 * counted word on ("died in WWII"), so each is read with its own filters.
 */
function completeEllipsis(text: string, previous: string | undefined, v: Vocabulary, parse: Parse): string {
  if (previous === undefined || !/^\s*how (?:many|much)\b/i.test(text) || parse(text).unit !== null) return text;
  const words = previous.split(/\s+/);
  const from = words.findIndex((w) => v.unitWords[normaliseText(w)] !== undefined);
  return from < 0 ? text : `${text} ${words.slice(from).join(' ')}`;
}

/** "about China and about the ceasefire": the preposition said again opens a second topic of the same question. */
const REPEATED_TOPIC = /^(.*?\b(about|regarding|on|in))\s+(.+?),?\s+and\s+(?:also\s+)?\2\s+(.+)$/i;

/** "What did Zelensky say about China and about the ceasefire?" is asked twice, once per topic. */
function splitRepeatedTopic(text: string): string[] {
  const m = text.match(REPEATED_TOPIC);
  if (m === null) return [text];
  const [, head = '', , first = '', second = ''] = m;
  return [`${head} ${first}`, `${head} ${second}`];
}

const PRONOUNS = /\b(?:he|she|it|him|her|his|its)\b/i;

/** The names and years a question gives, as typed (longest phrases the vocabulary knows). */
function namesIn(text: string, v: Vocabulary): string[] {
  const words = tokenise(normaliseText(text));
  const found: string[] = [];
  for (let i = 0; i < words.length; ) {
    let width = 0;
    for (const n of phraseWidthsAt(words, i, v)) {
      if (v.phrases.get(words.slice(i, i + n).join(' '))?.type === 'entity') {
        width = n;
        break;
      }
    }
    if (width === 0 && /^(?:19|20)\d\d$/.test(words[i] ?? '')) width = 1;
    if (width > 0) found.push(words.slice(i, i + width).join(' '));
    i += Math.max(width, 1);
  }
  return found;
}

/**
 * "How many troops were in the 2020 parade and why was it moved?": a pronoun
 * in a question that names nothing of its own refers back, so it stands for
 * what the question before it named.
 */
function resolvePronoun(text: string, previous: string | undefined, v: Vocabulary): string {
  if (previous === undefined || !PRONOUNS.test(text) || namesIn(text, v).length > 0) return text;
  const named = namesIn(previous, v);
  return named.length === 0 ? text : text.replace(PRONOUNS, named.join(' '));
}

/**
 * The questions of a message, in order. A follow-up that names nothing of its
 * own ("Do other sources agree?", "is this right?") belongs to the question
 * before it and adds nothing; a message whose own words name nothing is about
 * the lines it quotes.
 */
export function splitQuestions(own: string, quoted: string, v: Vocabulary, parse: Parse = memoParse(v)): string[] {
  const parts = own.split(QUESTION_BREAK).flatMap(splitRepeatedTopic).map((p) => trimQuestion(p, v, parse)).filter((p): p is Part => p !== null);
  // A question that names nothing but refers back with a pronoun stands on what the one before it named.
  const anchored: Part[] = [];
  for (const part of parts) {
    const previous = anchored[anchored.length - 1]?.text;
    if (part.anchored) anchored.push({ text: completeEllipsis(part.text, previous, v, parse), anchored: true });
    else if (previous !== undefined && PRONOUNS.test(part.text)) anchored.push({ text: resolvePronoun(part.text, previous, v), anchored: true });
  }
  if (anchored.length > 0) return anchored.map((p) => p.text);
  const fromQuote = quoted.length > 0 ? trimQuestion(`${quoted.replace(/\n/g, ' ')}, ${own}`, v, parse) : null;
  if (fromQuote !== null) return [fromQuote.text];
  return parts.length > 0 ? [parts.map((p) => p.text).join(', ')] : [];
}
