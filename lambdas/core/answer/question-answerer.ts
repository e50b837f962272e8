/**
 * Message in, sourced answer out. The stages, in order:
 * 1. reading/: clean the message, tell its language (English, or Russian and
 *    Chinese read into the words the parser knows), split it into questions;
 * 2. per question: parse (parse-question.ts), plan at most three lookup keys
 *    for the question and for its relaxed form (lookup-plan.ts), read them in
 *    one budgeted round, select the claims that answer it (claim-matching.ts),
 *    else the closest ones as related (a near miss);
 * 3. group by topic, judge each topic's sources, cap, and merge the questions.
 * Never composes an answer of its own; no matching claim means `answered: false`.
 */
import type { SourcedClaim } from '../claims/claim-schema';
import type { ClaimsStore, LookupResult } from '../store/claims-store';
import type { Answer, TopicAnswer } from './answer-types';
import { capTopics, type CappedTopic, type TopicGroup } from './answer-cap';
import { evidenceCoverage, outletMatches, selectClaims } from './claim-matching';
import { planLookup, type LookupPlan } from './lookup-plan';
import { MAX_LOOKUP_KEYS } from '../claims/lookup-keys';
import { cleanMessage } from '../reading/clean-message';
import { readingLanguage } from '../reading/detect-language';
import { inAnotherLatinLanguage } from '../reading/latin-languages';
import { readLocal } from '../reading/read-local';
import type { CleanedMessage } from '../reading/clean-message';
import { LOCAL_LANGUAGES, type Language, type LocalLanguage } from '../knowledge/knowledge-schema';
import { memoParse, splitQuestions, type Parse } from '../reading/split-questions';
import { parseQuestion, type ParsedQuestion } from './parse-question';
import { judgeTopic } from './topic-verdict';
import type { Knowledge } from '../knowledge/knowledge';
import { vocabularyFor, type Vocabulary } from './question-vocabulary';
import { looksLikeQuestion } from './looks-like-question';
import { readStatedClaim } from './stated-claim';
import { MULTIPLIERS } from './number-words';
import { checkFigure, checkStatement, compareSources } from './claim-check';
import { describeComparison, describeFigureCheck, describeStatementCheck } from './check-wording';
import { namesIn, shortName, wordsOf, type EntityNames } from './source-voice';

/** How the asker's client is set up, where the message alone does not tell. */
export interface AnswerOptions {
  /** Telegram's `from.language_code`: the reply's language for a message whose own words don't tell one. */
  readonly userLanguage?: string;
}

/** "ii" in "WWII" is a numeral, not an English word. */
const ROMAN_NUMERAL = /^x{0,3}(?:ix|iv|v?i{0,3})$/;

/** Claim objects are the store's, the same from one update to the next: each key is built once. */
const sortKeys = new WeakMap<SourcedClaim, string>();
function claimSortKey(c: SourcedClaim): string {
  let key = sortKeys.get(c);
  if (key === undefined) sortKeys.set(c, (key = `${c.date ?? c.source.published ?? '9999'}|${c.source.id}|${c.id}`));
  return key;
}

/** Claims grouped by topic, in the order the question cares about: figure topics first, then by date. Not judged yet. */
export function topicGroups(claims: readonly SourcedClaim[]): TopicGroup[] {
  const sorted = claims.map((c) => ({ c, key: claimSortKey(c) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const byTopic = new Map<string, { key: string; claims: SourcedClaim[] }>();
  for (const { c, key } of sorted) {
    const group = byTopic.get(c.topic);
    if (group) group.claims.push(c);
    else byTopic.set(c.topic, { key, claims: [c] });
  }
  const topics = [...byTopic.entries()].map(([topic, group]) => ({
    withoutFigures: group.claims.some((c) => c.figure !== null) ? 0 : 1,
    key: group.key,
    group: { topic, claims: group.claims },
  }));
  return topics.sort((a, b) => a.withoutFigures - b.withoutFigures || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((t) => t.group);
}

/** A topic's sources judged: on all its claims, even those a cap left out. */
function judged(group: CappedTopic<TopicGroup>, names: EntityNames): TopicAnswer {
  const { judgedOn, ...topic } = group;
  return { ...topic, ...judgeTopic(judgedOn ?? group.claims, names) };
}

/**
 * A near miss's topics, the closest first: those whose claims carry most of
 * the question's words, then the newest. Broad relaxations ("what did Putin
 * say", for a year no source covers) reach a speaker's every claim, so the
 * order must not fall back on the oldest, and only the topics shown are judged.
 */
function relatedTopics(e: Explanation, v: Vocabulary, names: EntityNames): TopicAnswer[] {
  const words = e.parsed.keywords;
  const ranked = topicGroups(e.related).map((group, order) => ({
    group,
    order,
    evidence: words.length === 0 ? 0 : Math.max(...group.claims.map((c) => evidenceCoverage(c, words, v))),
    newest: group.claims.reduce((latest, c) => {
      const date = c.date ?? c.source.published ?? '';
      return date > latest ? date : latest;
    }, ''),
  }));
  ranked.sort((a, b) => b.evidence - a.evidence || (a.newest < b.newest ? 1 : a.newest > b.newest ? -1 : 0) || a.order - b.order);
  return ranked.slice(0, MAX_RELATED_TOPICS).map((r) => judged(r.group, names));
}

/** Topics in the order the question cares about, each judged. */
export function groupByTopic(claims: readonly SourcedClaim[], knowledge: Knowledge, names: EntityNames = knowledge): TopicAnswer[] {
  return topicGroups(claims).map((g) => judged(g, names));
}

export function unanswered(question: string, knowledge: Knowledge): Answer {
  return { question, answered: false, topics: [], guide: knowledge.guide };
}

/** Display names of the entities the reply shows (speakers and places). */
export function namesOf(topics: readonly TopicAnswer[], knowledge: EntityNames): Record<string, string> {
  const names: Record<string, string> = {};
  for (const claim of topics.flatMap((t) => t.claims)) {
    for (const id of [claim.speaker, claim.place, claim.event, ...claim.subjects]) if (id !== null) names[id] = knowledge.entity(id)?.name ?? id;
  }
  return names;
}

/** Short names of the speakers the reply shows ("Putin"), for its compact lines. */
export function shortNamesOf(topics: readonly TopicAnswer[], knowledge: EntityNames): Record<string, string> {
  const names: Record<string, string> = {};
  for (const claim of topics.flatMap((t) => t.claims)) if (claim.speaker !== null) names[claim.speaker] = shortName(claim.speaker, knowledge);
  return names;
}

/**
 * The user's own claim judged on each topic (a stated figure, a yes/no
 * statement), and a comparison answered per source. A question naming a
 * speaker ("did Putin say 37 million…") is judged on that speaker's figure,
 * with the other sources' figures on the topic, read in the same round, as context.
 */
function judgeUserClaim(e: Explanation, topics: readonly TopicAnswer[], v: Vocabulary, knowledge: Knowledge, asked: boolean, names: EntityNames = knowledge): { topics: TopicAnswer[]; comparison?: NonNullable<Answer['comparison']> } {
  const stated = readStatedClaim(e.parsed, v, asked);
  const speakers = e.parsed.speakers.filter((g) => !g.implicit).flatMap((g) => g.ids);
  const outlets = e.parsed.outlets;
  // "Did Putin say…", "did RT report…": that voice's figures are judged, the other sources' are context.
  const asksOutlet = (c: SourcedClaim) => outlets.length > 0 && outlets.every((group) => outletMatches(c, group));
  const allClaims = topics.flatMap((t) => t.claims);
  const outletClaim = allClaims.find(asksOutlet);
  const voice =
    speakers.length > 0
      ? { matches: (c: SourcedClaim) => c.speaker !== null && speakers.includes(c.speaker), label: shortName(speakers[0] ?? '', names) }
      : outletClaim !== undefined
        ? { matches: asksOutlet, label: outletClaim.source.origin ?? outletClaim.source.outlet ?? '' }
        : undefined;
  let context: SourcedClaim[] = [];
  if (stated.figure !== null && voice !== undefined) {
    const unsaid = { ...e.parsed, speakers: [], outlets: [] };
    const plan = planLookup(unsaid, v);
    context = plan === null ? [] : selectClaims(e.candidates, unsaid, plan, v);
  }
  // A number the reader could not pair with one figure ("1e9", two figures) must not fall through to a yes on the words.
  const unreadNumber =
    stated.figure === null &&
    stated.dates === null &&
    // Years and ordinals ("in 2020", "the 80th anniversary") are not figures a claim must carry.
    (/\p{Nd}|[万亿]/u.test(e.parsed.question.replace(/\b(?:1[89]|20)\d\d\b|\b\d+(?:st|nd|rd|th)\b/gi, '')) || e.parsed.words.some((w) => w.length > 2 && MULTIPLIERS[w] !== undefined));
  // A stated figure is about the country the question names: "did the USSR lose 27 million" judges no other country's toll.
  const countries = e.parsed.subjects.filter((g) => !g.implicit).flatMap((g) => g.ids).filter((id) => knowledge.kind(id) === 'country');
  const named = new Set(countries.flatMap((id) => knowledge.historicalSelves(id)));
  const about = (topic: TopicAnswer) => stated.figure === null || named.size === 0 || topic.claims.some((c) => c.subjects.some((id) => named.has(id)));
  const judged = topics.map((topic, i): TopicAnswer => {
    const figure = about(topic) ? checkFigure(topic, stated, voice, context) : undefined;
    if (figure) return { ...topic, check: { ...figure, line: describeFigureCheck(figure, topic, names) } };
    // A yes/no statement is judged on the best-matching topic only: the others are what else the sources say.
    const statement = i === 0 && stated.yesNo && stated.figure === null && stated.comparative === null && !unreadNumber ? checkStatement(topic, e.parsed, stated, v) : undefined;
    return statement ? { ...topic, check: { ...statement, line: describeStatementCheck(statement, topic, names) } } : topic;
  });
  // "According to Putin, did China lose more…?", "by RT's numbers…": the comparison asks that voice only.
  const only = voice?.matches;
  const comparison = compareSources(topics, stated, knowledge, only, names);
  return { topics: judged, ...(comparison ? { comparison: { ...comparison, line: describeComparison(comparison, names) } } : {}) };
}

/**
 * Claims per Query page. The store reads the first page of every key, then
 * further pages while its budget of MAX_READ_REQUESTS requests lasts, newest
 * claims first, so a question costs at most three requests (about 2 RCUs a
 * page) however large a partition grows, and says when the budget cut it short.
 */
export const MAX_ITEMS_PER_KEY = 50;

/** The store's budgeted read where it has one; simpler stores read whole partitions. */
type BoundedLookup = (keys: readonly string[]) => Promise<LookupResult>;

export class QuestionAnswerer {
  private readonly find: BoundedLookup;
  private readonly vocabulary: Vocabulary;
  /** Languages data/ has a lexicon for: the others are not read. */
  private readonly readable: ReadonlySet<LocalLanguage>;

  constructor(
    store: ClaimsStore,
    readonly knowledge: Knowledge,
  ) {
    const read = store.readLookupKeys?.bind(store);
    this.find = read ? (keys) => read(keys, { pageSize: MAX_ITEMS_PER_KEY, knownSources: knowledge.sources }) : async (keys) => ({ claims: await store.findByLookupKeys(keys), truncated: false, requests: keys.length });
    this.vocabulary = vocabularyFor(knowledge);
    this.readable = new Set(LOCAL_LANGUAGES.filter((l) => knowledge.localLexicons[l] !== undefined));
  }

  /** Groups: whether a message addressed to the bot reads as a question at all (in any language it reads). */
  looksLikeQuestion(text: string): boolean {
    const language = this.languageOf(text);
    // English, and a language the bot does not read, are judged as they were typed; Russian and Chinese as read.
    if (language === null || language === 'en') return looksLikeQuestion(text, this.vocabulary);
    return looksLikeQuestion(readLocal(language, text, this.knowledge), vocabularyFor(this.knowledge, language));
  }

  /** The language a text is read in; null for one the bot does not read, in any script. */
  private languageOf(text: string): Language | null {
    const language = readingLanguage(text, this.readable);
    return language === 'en' && inAnotherLatinLanguage(text, (word) => this.vocabulary.knownWords.has(word)) ? null : language;
  }

  /**
   * The language of a cleaned message and the message in the words the parser
   * knows (English passes unchanged); null for a language the bot does not read.
   */
  read(cleaned: CleanedMessage): { language: Language; message: CleanedMessage; vocabulary: Vocabulary } | null {
    const language = this.languageOf(`${cleaned.text} ${cleaned.quoted}`);
    if (language === null) return null;
    // An English question with a Russian name in it ("What did Иванов say?") is read by the Russian reader too:
    // it leaves Latin words as they are and stems the Cyrillic ones into the aliases they are.
    const reader: LocalLanguage | null = language !== 'en' ? language : this.readable.has('ru') && /\p{Script=Cyrillic}/u.test(`${cleaned.text} ${cleaned.quoted}`) ? 'ru' : null;
    if (reader === null) return { language, message: cleaned, vocabulary: this.vocabulary };
    const message = { text: readLocal(reader, cleaned.text, this.knowledge), quoted: readLocal(reader, cleaned.quoted, this.knowledge) };
    return { language, message, vocabulary: vocabularyFor(this.knowledge, reader) };
  }

  /**
   * Answers a message: cleaned of forwards, links and chatter, split into its
   * questions (at most MAX_QUESTIONS_PER_MESSAGE), each answered on its own,
   * then merged into one reply.
   */
  async answer(message: string, options: AnswerOptions = {}): Promise<Answer> {
    const read = this.read(cleanMessage(message));
    if (read === null) return { ...unanswered(message, this.knowledge), reason: 'language' };
    const { message: cleaned, vocabulary: v } = read;
    const language = read.language === 'en' && !this.toldEnglish(cleaned) ? (this.userLanguage(options.userLanguage) ?? 'en') : read.language;
    const parse = memoParse(v);
    const questions = withStatedFigures(splitQuestions(cleaned.text, cleaned.quoted, v, parse), parse, v).slice(0, MAX_QUESTIONS_PER_MESSAGE);
    if (questions.length === 0) return { ...unanswered(message, this.knowledge), reason: 'unreadable', language };
    // A question's text loses its question mark; whether the message asked one tells a check from a statement.
    const asked = /[?？]/.test(cleaned.text);
    const names = namesIn(this.knowledge, language);
    const answers = await Promise.all(questions.map((q) => this.answerOne(q, parse, v, asked, names)));
    const merged = mergeAnswers(message, answers, this.knowledge, names);
    return { ...merged, language, ...this.translationsFor(merged, language) };
  }

  /**
   * Whether a message read as English says so in words of its own. "Putin 1945?",
   * "WWII" or "🤔" are names, numbers and signs that read the same in any
   * language, so the reply follows the user's Telegram language instead.
   */
  private toldEnglish(cleaned: CleanedMessage): boolean {
    const words = `${cleaned.text} ${cleaned.quoted}`.toLowerCase().match(/\p{Script=Latin}+/gu) ?? [];
    return words.some((word) => {
      const phrase = this.vocabulary.phrases.get(word);
      return !(phrase !== undefined && phrase.type !== 'pair') && !this.vocabulary.nameTargets.has(word) && !ROMAN_NUMERAL.test(word);
    });
  }

  /** The user's Telegram language when the bot reads and answers in it ("ru", "zh-hans" → zh). */
  private userLanguage(code: string | undefined): LocalLanguage | undefined {
    const base = code?.toLowerCase().split(/[-_]/)[0];
    return LOCAL_LANGUAGES.find((l) => l === base && this.readable.has(l));
  }

  /** The curators' translations of what a reply in `language` shows (claims' sentences, topics, qualifiers, units), if any. */
  private translationsFor(answer: Answer, language: string): Pick<Answer, 'translations' | 'topicTranslations' | 'qualifierTranslations' | 'unitTranslations'> {
    if (language === 'en') return {};
    const topics = [...answer.topics, ...(answer.related ?? [])];
    const claims = topics.flatMap((t) => [...t.claims, ...(t.check?.kind === 'figure' ? t.check.context : [])]);
    const lookUp = <T>(keys: readonly string[], translate: (key: string) => T | undefined): Record<string, T> | undefined => {
      const found: Record<string, T> = {};
      for (const key of keys) {
        const text = translate(key);
        if (text !== undefined) found[key] = text;
      }
      return Object.keys(found).length > 0 ? found : undefined;
    };
    const translations = lookUp(claims.map((c) => c.id), (id) => this.knowledge.translation(id, language));
    const topicTranslations = lookUp([...topics.map((t) => t.topic), ...(answer.omitted?.topics ?? [])], (t) => this.knowledge.topicTranslation(t, language));
    const qualifierTranslations = lookUp(claims.flatMap((c) => c.figure?.qualifiers ?? []), (q) => this.knowledge.qualifierTranslation(q, language));
    const unitTranslations = lookUp(claims.flatMap((c) => (c.figure === null ? [] : [c.figure.unit])), (u) => this.knowledge.unitTranslation(u, language));
    return {
      ...(translations ? { translations } : {}),
      ...(topicTranslations ? { topicTranslations } : {}),
      ...(qualifierTranslations ? { qualifierTranslations } : {}),
      ...(unitTranslations ? { unitTranslations } : {}),
    };
  }

  /** How one question was read and judged: for --explain and for answer(). */
  async explain(question: string, parse: Parse = (q) => parseQuestion(q, this.vocabulary), v: Vocabulary = this.vocabulary): Promise<Explanation> {
    const parsed = parse(question);
    const plan = planLookup(parsed, v);
    const relaxed = relaxations(parsed, v);
    // The broadest relaxation's keys cover the narrower ones: one read round serves them all.
    const broadest = relaxed[relaxed.length - 1];
    const relaxedPlan = broadest === undefined ? null : planLookup(broadest.parsed, v);
    const keys = [...new Set([...(plan?.keys ?? []), ...(relaxedPlan?.keys ?? [])])].slice(0, MAX_LOOKUP_KEYS);
    const read: LookupResult = keys.length === 0 ? { claims: [], truncated: false, requests: 0 } : await this.find(keys);
    const candidates = read.claims;
    const selected = plan === null ? [] : selectClaims(candidates, parsed, plan, v);
    let related: SourcedClaim[] = [];
    let dropped: readonly string[] = [];
    let missing: readonly MissingPart[] = [];
    for (const r of selected.length > 0 ? [] : relaxed) {
      const rPlan = planLookup(r.parsed, v);
      related = rPlan === null ? [] : selectClaims(candidates, r.parsed, rPlan, v);
      dropped = r.dropped;
      missing = r.missing;
      if (related.length > 0) break;
    }
    // An answer is incomplete only if its own keys were cut short; the relaxed question's broader keys often are.
    const cutKeys = read.truncatedKeys ?? (read.truncated ? keys : []);
    const truncated = selected.length > 0 ? (plan?.keys ?? []).some((key) => cutKeys.includes(key)) : cutKeys.length > 0;
    return { question, parsed, plan, keys, candidates, truncated, selected, related, relaxed: related.length > 0 ? dropped : [], missing: related.length > 0 ? missing : [] };
  }

  private async answerOne(question: string, parse: Parse, v: Vocabulary, asked = false, names: EntityNames = this.knowledge): Promise<Answer> {
    const e = await this.explain(question, parse, v);
    const cut = e.truncated ? { truncated: true } : {};
    if (e.selected.length > 0 && e.plan !== null) {
      const capped = capTopics(topicGroups(e.selected), e.parsed, e.plan, v);
      const omitted = capped.omittedClaims > 0 ? { topics: capped.omittedTopics, claims: capped.omittedClaims } : undefined;
      const { topics, comparison } = judgeUserClaim(e, capped.topics.map((g) => judged(g, names)), v, this.knowledge, asked, names);
      const shown = [...topics, ...topics.flatMap((t) => (t.check?.kind === 'figure' ? [{ ...t, claims: t.check.context }] : []))];
      return {
        question,
        answered: true,
        topics,
        names: namesOf(shown, names),
        shortNames: shortNamesOf(shown, names),
        guide: this.knowledge.guide,
        ...cut,
        ...(omitted ? { omitted } : {}),
        ...(comparison ? { comparison } : {}),
      };
    }
    if (e.related.length > 0) {
      const related = relatedTopics(e, v, names);
      return { ...unanswered(question, this.knowledge), reason: 'near-miss', related, missing: e.missing.map((m) => describeMissing(m, names)).join('; '), names: namesOf(related, names), shortNames: shortNamesOf(related, names), ...cut };
    }
    return { ...unanswered(question, this.knowledge), reason: namesAnything(e.parsed) ? 'no-claims' : 'unreadable', ...cut };
  }
}

/** What --explain shows: the reading, the plan, what was read and what was kept. */
export interface Explanation {
  readonly question: string;
  readonly parsed: ParsedQuestion;
  readonly plan: LookupPlan | null;
  readonly keys: readonly string[];
  /** The read budget ran out before every partition was read to its end. */
  readonly truncated: boolean;
  readonly candidates: readonly SourcedClaim[];
  readonly selected: readonly SourcedClaim[];
  /** Claims that fit once the question's narrowing words are dropped: a near miss. */
  readonly related: readonly SourcedClaim[];
  /** What no source gives, found by dropping it ("a figure for soldiers alone", "anything for 2015"). */
  readonly relaxed: readonly string[];
  /** The same, as parts the reply words in its own language. */
  readonly missing: readonly MissingPart[];
}

/**
 * "How many Soviets died in WW2? I read 27 million": a stretch that names
 * nothing but a figure is the user's claim about the question before it, so
 * it joins that question and is judged there.
 */
function withStatedFigures(questions: readonly string[], parse: Parse, v: Vocabulary): string[] {
  const joined: string[] = [];
  for (const q of questions) {
    const previous = joined[joined.length - 1];
    const parsed = parse(q);
    const onlyAFigure = !namesAnything({ ...parsed, unit: null }) && readStatedClaim(parsed, v).figure !== null;
    if (previous !== undefined && onlyAFigure) joined[joined.length - 1] = `${previous}; ${q}`;
    else joined.push(q);
  }
  return joined;
}

/** Two questions in one message are answered as two; more is rarely a question. */
export const MAX_QUESTIONS_PER_MESSAGE = 2;
const MAX_RELATED_TOPICS = 3;

/** Did the reader find anything it knows (an entity, a unit, a year, a word of the claims)? */
function namesAnything(p: ParsedQuestion): boolean {
  return p.speakers.length + p.subjects.length + p.places.length + p.wars.length + p.events.length + p.years.length + p.outlets.length + p.keywords.length > 0 || p.unit !== null;
}

interface Relaxation {
  readonly parsed: ParsedQuestion;
  readonly dropped: readonly string[];
  readonly missing: readonly MissingPart[];
}

/** What a near miss's question asked that no source gives, as parts: a part of a count, a year, a place… */
export type MissingPart =
  | { readonly kind: 'scope'; readonly words: readonly string[] }
  | { readonly kind: 'year'; readonly years: readonly number[] }
  | { readonly kind: 'month' }
  | { readonly kind: 'place'; readonly ids: readonly string[] }
  | { readonly kind: 'occasion' }
  | { readonly kind: 'speaker'; readonly ids: readonly string[] }
  | { readonly kind: 'count' };

/** "a figure for soldiers alone", "anything for 2015", in the reply's language (names as it shows them). */
export function describeMissing(part: MissingPart, names: EntityNames): string {
  const w = wordsOf(names);
  const named = (ids: readonly string[]) => ids.map((id) => names.entity(id)?.name ?? id).join(w.or);
  switch (part.kind) {
    case 'scope':
      return w.missingScope(part.words.join(w.and));
    case 'year':
      return w.missingYear(part.years.join(w.or));
    case 'month':
      return w.missingMonth;
    case 'place':
      return w.missingPlace(named(part.ids));
    case 'occasion':
      return w.missingOccasion;
    case 'count':
      return w.missingCount;
    default:
      return w.missingSpeaker(named(part.ids));
  }
}

/**
 * The question without the words that narrow it, one kind at a time (a part
 * of a count, a year, a month, a place, an occasion, a speaker of a figure),
 * then all of them at once: what a near miss is measured against. The first
 * that finds claims is the one reported, so "in Moscow in 2015" says "nothing
 * for 2015" and shows Moscow. Empty when nothing narrows the question.
 */
function relaxations(p: ParsedQuestion, v: Vocabulary): Relaxation[] {
  const k = v.knowledge;
  const namedFigureSpeaker = p.intent === 'figure' && p.speakers.some((g) => !g.implicit);
  const ids = (groups: readonly { readonly ids: readonly string[] }[]) => groups.map((g) => g.ids[0] ?? '');
  const scopes = (k.lexicon.scopes ?? []).filter((_, i) => p.scopes.includes(i)).map((g) => g[0] ?? '');
  const part = (missing: MissingPart) => ({ dropped: [describeMissing(missing, k)], missing: [missing] });
  // "How many tanks were in the parade?": no source counts tanks, but the claims that name them are close.
  const counted = p.countedKeywords ?? [];
  const uncounted = { intent: 'about' as const, requiredKeywords: p.requiredKeywords.filter((i) => !counted.includes(i)) };
  const single: Relaxation[] = [
    ...(counted.length > 0 ? [{ parsed: { ...p, ...uncounted }, ...part({ kind: 'count' }) }] : []),
    ...(p.scopes.length > 0 ? [{ parsed: { ...p, scopes: [] }, ...part({ kind: 'scope', words: scopes }) }] : []),
    ...(p.years.length > 0 ? [{ parsed: { ...p, years: [] }, ...part({ kind: 'year', years: p.years }) }] : []),
    ...(p.months.length > 0 ? [{ parsed: { ...p, months: [] }, ...part({ kind: 'month' }) }] : []),
    ...(p.places.length > 0 ? [{ parsed: { ...p, places: [] }, ...part({ kind: 'place', ids: ids(p.places) }) }] : []),
    ...(p.events.length > 0 ? [{ parsed: { ...p, events: [] }, ...part({ kind: 'occasion' }) }] : []),
    ...(namedFigureSpeaker ? [{ parsed: { ...p, speakers: [] }, ...part({ kind: 'speaker', ids: ids(p.speakers.filter((g) => !g.implicit)) }) }] : []),
  ];
  if (single.length <= 1) return single;
  const all = { ...p, ...(counted.length > 0 ? uncounted : {}), scopes: [], years: [], months: [], places: [], events: [], speakers: namedFigureSpeaker ? [] : p.speakers };
  return [...single, { parsed: all, dropped: single.flatMap((r) => r.dropped), missing: single.flatMap((r) => r.missing) }];
}

/** One reply for the questions of one message: their topics in order, nothing twice. */
function mergeAnswers(message: string, answers: readonly Answer[], knowledge: Knowledge, localNames: EntityNames = knowledge): Answer {
  const first = answers[0];
  if (answers.length === 1 && first !== undefined) return { ...first, question: message };
  const seen = new Set<string>();
  const topics = answers.flatMap((a) => a.topics).filter((t) => !seen.has(t.topic) && seen.add(t.topic));
  const related = answers.flatMap((a) => a.related ?? []).filter((t) => !seen.has(t.topic) && seen.add(t.topic));
  const omitted = answers.flatMap((a) => (a.omitted ? [a.omitted] : []));
  const missing = answers.flatMap((a) => (a.missing ? [a.missing] : []));
  const answered = topics.length > 0;
  const truncated = answers.some((a) => a.truncated === true);
  return {
    question: message,
    answered,
    topics,
    names: { ...namesOf([...topics, ...related], localNames), ...Object.assign({}, ...answers.map((a) => a.names ?? {})) },
    shortNames: Object.assign({}, ...answers.map((a) => a.shortNames ?? {})),
    guide: knowledge.guide,
    ...(related.length > 0 ? { related } : {}),
    ...(truncated ? { truncated } : {}),
    ...(missing.length > 0 ? { missing: missing.join('; ') } : {}),
    ...(answered ? {} : { reason: answers.find((a) => a.reason !== undefined)?.reason ?? 'no-claims' }),
    ...(omitted.length > 0 ? { omitted: { topics: omitted.flatMap((o) => o.topics), claims: omitted.reduce((n, o) => n + o.claims, 0) } } : {}),
    // A comparison one of the questions asked still leads the merged reply.
    ...(answers.find((a) => a.comparison)?.comparison ? { comparison: answers.find((a) => a.comparison)?.comparison } : {}),
  };
}
