/**
 * Every word the question parser knows. Two parts:
 * - the grammar of English questions (words of saying, asking for a figure or
 *   a date, prepositions, fillers), which is general and lives here;
 * - everything about the data (entity aliases and relations, outlets, units,
 *   synonyms, names the data never carries), derived from the Knowledge built
 *   from data/, once per Knowledge.
 *
 * A known word that no claim and no entity carries weighs nothing when claims
 * are scored (see claim-matching.ts); a word of the question's subject ("about
 * the weather") must still be found in a claim.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { LOCAL_LANGUAGES, type EntityKind, type Language, type LocalLanguage } from '../knowledge/knowledge-schema';
import { localKey } from '../reading/read-local';
import { normaliseText, stem, tokenise } from './normalise-question';
import { wordTable } from './word-table';

/** A phrase the parser recognises, and what it stands for. */
export type Phrase =
  | { readonly type: 'entity'; readonly ids: readonly string[] }
  | { readonly type: 'pair' }
  /** A news outlet: claims are kept when their source's outlet or origin has one of these words. */
  | { readonly type: 'outlet'; readonly names: readonly string[] };

/** Pronouns and phrases for the dataset's principals when nobody is named. */
const PAIR_PHRASES = ['they', 'them', 'both', 'both leaders', 'two leaders', 'both presidents', 'two presidents', 'two men', 'the pair', 'the two sides', 'both sides'];

/** Drop a leading "the": "the war" and "war" are the same phrase after this. */
export function phraseKey(text: string): string {
  return tokenise(normaliseText(text))
    .filter((w, i) => !(i === 0 && w === 'the'))
    .join(' ');
}

// ── intent words ───────────────────────────────────────────────────────────

/** Verbs and nouns of saying: their presence makes it a "what did X say" question. */
export const SAY_WORDS = new Set(
  (
    'say says said saying tell tells told telling state states stated stating statement statements claim claims claimed ' +
    'quote quotes quoted quoting quotation remark remarks comment comments commented words word speech speeches message messages ' +
    'declare declares declared declaration announce announced mention mentioned mentions stress stressed note noted ' +
    'according assert asserted emphasise emphasised ' +
    'emphasize emphasized highlight highlighted express expressed write wrote written argue argued insist insisted ' +
    'reply replied respond responded vow vowed promise promised pledge pledged agree agreed affirm affirmed reaffirm reaffirmed ' +
    // Not "talk"/"speak": "how long did they talk" is about a meeting, not a quote.
    'underline underlined echo echoed recall recalled describe described call called suggest suggested propose proposed ' +
    'address'
  ).split(' '),
);

/** "how many", "number of", "toll": the question wants a figure. */
export const FIGURE_WORDS = new Set('many much number numbers toll tolls figure figures count total tally estimate estimates statistics stats'.split(' '));

export const WHEN_WORDS = new Set(['when', 'date', 'dates']);

/** "How long did they meet" counts hours; "how long was the visit" counts days. */
export const MEETING_WORDS = new Set('meet met meeting meetings talk talks talked session sessions summit discussion discussions negotiations spoke sit'.split(' '));
export const VISIT_WORDS = new Set('visit visits visited visiting trip trips travel travelled traveled stay stayed stays tour arrive arrived arrival spend spent'.split(' '));

/** Prepositions and verbs after which a place is where something was said or happened. */
export const LOCATIVE_WORDS = new Set('in at inside during to from toward towards'.split(' '));

/** Words that are never keywords: function words, question words, and domain fillers. */
export const FILLER_WORDS = new Set(
  (
    // function words
    'a an the of in on at to for with about regarding concerning into onto from by as than then so such and or nor but if ' +
    'is are was were be been being am do does did done doing has have had having will would shall should can could may might must ' +
    'not no yes ever never also just really actually still even only again already yet too very quite more most less least ' +
    'i me my mine we our ours you your yours he him his she her hers it its they them their theirs this that these those there here ' +
    'who whom whose which what whats where why how whether whatever whoever ' +
    'any some all each every both either neither other another same own ' +
    'up down out over under after before during since until till while between among against through throughout across per via ' +
    'please tell me know let show give find explain want wanted like would love wonder curious ' +
    // pleasantries around a question: "…? thanks", "pls", "hi bot"
    'thanks thank thx ty tysm cheers pls plz kindly hi hello hey ok okay lol bot ' +
    // question padding
    'exactly roughly approximately around about approx nearly almost estimated reportedly overall altogether entire whole total ' +
    'people person persons citizens citizen folks nation nations country countries side sides state official officials ' +
    'happen happened happens take took taken part place get got go went make made put come came see saw ' +
    'world global international foreign other many much long short ' +
    'first second last next previous recent recently earlier later ago now today yesterday time times ' +
    'january february march april may june july august september october november december ' +
    'mr mrs ms dr president presidents leader official side government regime ' +
    'number numbers figure figures stat stats source sources outlet article articles report reports reported news according ' +
    'million millions thousand thousands hundred hundreds billion dozen ' +
    'expected supposedly allegedly apparently anything something everything nothing besides except including apart ' +
    'want wants wanted wanting need needs true false correct right wrong fact facts indeed sure real verify check confirm ' +
    // Stance words ask what is known about someone's view, said by them or reported: not a quote lookup.
    'think thinks thought believe believes view views position positions stance opinion opinions'
  ).split(' '),
);

/** Ordinary English words that must never be "corrected" into a vocabulary word. */
const COMMON_WORDS = (
  'would could should world words worlds first where there their these those which while whose whom other others about above after again ' +
  'along among another around because before being below between bring brought during early every great group house large later light little ' +
  'might never often order place point right small sound spell still study think thing things three through together under until water ' +
  'young story stories money power prime minister ministers parties party communist communists ' +
  'union unions price prices rush rusty rushing chain chains chine chance chancellor putting input output pudding shine shines ' +
  'sinner singer sino nation nations reason reasons person present presents preside preserve preserved presence russet ' +
  'mosque ' +
  'winning weapons weapon gunpowder ' +
  'true truth false real fact facts right wrong correct indeed sure claim claims really exactly ' +
  'bigger higher worse smaller tomorrow skipped impose yuan ' +
  'year years month week weeks news site page told tell told sources source outlet outlets media paper ' +
  'about above across actually against ago agree ahead allow almost alone along already although always amount answer ' +
  'anyone anything area arrive asked away back based become began begin behind believe below best better between beyond ' +
  'big both bring brought build built call came cause certain change clear close come common could country course ' +
  'cover current data deal death decide different does done down during each early either else enough even event ' +
  'ever every example face fall family feel field fight figure final find fine first follow force form found free ' +
  'front full gave general give given goes going gone good government great group grow hand happen hard have head ' +
  'hear heard help here high hold home hope hour house however human idea important include interest issue itself ' +
  'just keep kind knew know known land large last late later lead least leave left less life like line list little ' +
  'live long look lose lost made main make many matter mean meant might mind more most move much must name near ' +
  'need never next none note nothing number offer often once only open order other over part past people perhaps ' +
  'plan play point policy possible power press probably problem public pull quite rather read reason record ' +
  'remain report rest result return rule said same save seem seen send sense serve service several shall short ' +
  'should show side since small social some something soon speak stand start state still stop such sure take taken ' +
  'talk tell than that their them then there these they thing think this those though three through time today ' +
  'together total toward turn under until upon used very want well went were what when where which while whole ' +
  'why will with within without word work world would write year young'
).split(' ');


/** What the parser and matcher know about one dataset: built once per Knowledge. */
export interface Vocabulary {
  readonly knowledge: Knowledge;
  readonly phrases: ReadonlyMap<string, Phrase>;
  readonly longestPhraseWords: number;
  /** The widths (in words, widest first) of the phrases that begin with a word: most words begin none. */
  readonly phraseWidths: ReadonlyMap<string, readonly number[]>;
  readonly principals: readonly string[];
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
  /** The same groups by the stem of each word: "delaying", "joins" find the group of "delay", "join". */
  readonly synonymsOfStem: ReadonlyMap<string, readonly string[]>;
  readonly unitWords: Readonly<Record<string, string>>;
  readonly otherNames: ReadonlySet<string>;
  readonly knownWords: ReadonlySet<string>;
  readonly correctionTargets: readonly string[];
  readonly nameTargets: ReadonlySet<string>;
  entityKind(id: string): EntityKind | undefined;
}

/** By first word, the widths of the phrases it begins, widest first. */
function phraseWidthsOf(phrases: ReadonlyMap<string, Phrase>): Map<string, number[]> {
  const widths = new Map<string, number[]>();
  for (const key of phrases.keys()) {
    const words = key.split(' ');
    const first = words[0] ?? '';
    const known = widths.get(first) ?? [];
    if (!known.includes(words.length)) widths.set(first, [...known, words.length].sort((a, b) => b - a));
  }
  return widths;
}

/**
 * The widths worth trying for a phrase at words[i], widest first: those of
 * the phrases beginning with that word that fit before the end.
 */
export function phraseWidthsAt(words: readonly string[], i: number, v: Vocabulary): readonly number[] {
  const widths = v.phraseWidths.get(words[i] ?? '');
  if (widths === undefined) return NO_WIDTHS;
  const room = words.length - i;
  return (widths[0] ?? 0) <= room ? widths : widths.filter((n) => n <= room);
}
const NO_WIDTHS: readonly number[] = [];

function addPhrase(phrases: Map<string, Phrase>, text: string, phrase: Phrase): void {
  const key = phraseKey(text);
  if (key === '') return;
  const existing = phrases.get(key);
  // One alias may name two entities (a building that is also the office in it).
  if (phrase.type === 'entity' && existing?.type === 'entity') phrases.set(key, { type: 'entity', ids: [...new Set([...existing.ids, ...phrase.ids])] });
  else if (existing?.type !== 'outlet') phrases.set(key, phrase);
}

/** How a source's outlet name is typed: "EXAMPLE.COM" as "example com" or "example". Other spellings are outlet entities' aliases. */
function outletForms(name: string): string[] {
  const words = tokenise(normaliseText(name));
  const first = words[0];
  return first === undefined ? [] : [...new Set([words.join(' '), first])];
}

function buildPhrases(knowledge: Knowledge, principals: readonly string[], languages: readonly LocalLanguage[]): Map<string, Phrase> {
  const phrases = new Map<string, Phrase>();
  // Outlets first: "RT" in a question is the outlet whatever else it may be.
  for (const source of knowledge.sources) {
    for (const name of [source.outlet, source.origin]) {
      if (name === null) continue;
      const names = [tokenise(normaliseText(name))[0] ?? ''];
      for (const form of outletForms(name)) addPhrase(phrases, form, { type: 'outlet', names });
    }
  }
  for (const entity of knowledge.entities) {
    // Aliases of the languages given, under the key their reader passes them on by (a Russian stem, a Chinese word).
    const local = languages.flatMap((l) => entity.aliases[l].map((alias) => localKey(l, alias)));
    if (entity.outlet === true) {
      const names = [tokenise(normaliseText(entity.name))[0] ?? ''];
      for (const text of [entity.name, ...entity.aliases.en, ...local]) addPhrase(phrases, text, { type: 'outlet', names });
      continue;
    }
    for (const text of [...entity.aliases.en, entity.name, ...local]) addPhrase(phrases, text, { type: 'entity', ids: [entity.id] });
    // Possessives normalise away ("Name's" → "name"); the bare name and the name with a trailing s both point here.
    // Only names take it: "wars" is not the Second World War because "the war" is.
    for (const text of ['war', 'event', 'document'].includes(entity.kind) ? [] : entity.aliases.en) {
      const key = phraseKey(text);
      if (/^[a-z]+$/.test(key) && !key.endsWith('s')) addPhrase(phrases, `${key}s`, { type: 'entity', ids: [entity.id] });
    }
  }
  if (principals.length >= 2) {
    for (const p of PAIR_PHRASES) addPhrase(phrases, p, { type: 'pair' });
    const names = principals.map((id) => phraseKey(knowledge.entity(id)?.aliases.en[0] ?? id));
    addPhrase(phrases, names.join(' and '), { type: 'pair' });
    addPhrase(phrases, [...names].reverse().join(' and '), { type: 'pair' });
    const countries = principals.map((id) => knowledge.entity(id)?.leaderOf).filter((c): c is string => c !== undefined).map((c) => phraseKey(knowledge.entity(c)?.name ?? c));
    if (countries.length === principals.length) {
      addPhrase(phrases, `leaders of ${countries.join(' and ')}`, { type: 'pair' });
      addPhrase(phrases, `leaders of ${[...countries].reverse().join(' and ')}`, { type: 'pair' });
    }
  }
  return phrases;
}

const cache = new WeakMap<Knowledge, Vocabulary>();
const localCache = new WeakMap<Knowledge, Map<LocalLanguage, Vocabulary>>();

/**
 * Languages whose aliases every vocabulary knows: Chinese aliases need no stemming (and a Chinese name typed in
 * an English question is found too). Russian aliases are stemmed, a few milliseconds that a cold start answering
 * in English should not pay: they join the vocabulary of the first Russian question.
 */
const EAGER_LANGUAGES: readonly LocalLanguage[] = LOCAL_LANGUAGES.filter((l) => l === 'zh');

/** The vocabulary for questions read in `language`: English's, with that language's aliases where they are not already in it. */
export function vocabularyFor(knowledge: Knowledge, language: Language = 'en'): Vocabulary {
  const base = baseVocabulary(knowledge);
  if (language === 'en' || EAGER_LANGUAGES.includes(language)) return base;
  let byLanguage = localCache.get(knowledge);
  if (byLanguage === undefined) {
    byLanguage = new Map();
    localCache.set(knowledge, byLanguage);
  }
  const cached = byLanguage.get(language);
  if (cached) return cached;
  const phrases = new Map(base.phrases);
  for (const [key, phrase] of buildPhrases(knowledge, [], [language])) if (!phrases.has(key)) phrases.set(key, phrase);
  const otherNames = new Set([...base.otherNames, ...(knowledge.localLexicons[language]?.otherNames ?? []).map((n) => localKey(language, n))]);
  const vocabulary: Vocabulary = { ...base, phrases, otherNames, longestPhraseWords: Math.max(1, ...[...phrases.keys()].map((k) => k.split(' ').length)), phraseWidths: phraseWidthsOf(phrases) };
  byLanguage.set(language, vocabulary);
  return vocabulary;
}

function baseVocabulary(knowledge: Knowledge): Vocabulary {
  const cached = cache.get(knowledge);
  if (cached) return cached;
  const principals = knowledge.principals;
  const phrases = buildPhrases(knowledge, principals, EAGER_LANGUAGES);
  const synonyms = new Map<string, string[]>();
  for (const group of knowledge.lexicon.synonyms) {
    const words = group.map((w) => w.toLowerCase());
    for (const word of words) synonyms.set(word, [...new Set([...(synonyms.get(word) ?? []), ...words])]);
  }
  const synonymsOfStem = new Map<string, string[]>();
  for (const [word, group] of synonyms) {
    const key = stem(word);
    synonymsOfStem.set(key, [...new Set([...(synonymsOfStem.get(key) ?? []), ...group])]);
  }
  const unitWords = wordTable(Object.fromEntries(knowledge.unitWords));
  const localOtherNames = EAGER_LANGUAGES.flatMap((l) => (knowledge.localLexicons[l]?.otherNames ?? []).map((n) => localKey(l, n)));
  const otherNames = new Set([...knowledge.lexicon.otherNames, ...localOtherNames].flatMap((n) => tokenise(normaliseText(n))));
  const phraseWords = [...phrases.keys()].flatMap((k) => k.split(' '));
  const knownWords = new Set([
    ...FILLER_WORDS, ...SAY_WORDS, ...FIGURE_WORDS, ...WHEN_WORDS, ...Object.keys(unitWords), ...MEETING_WORDS, ...VISIT_WORDS, ...LOCATIVE_WORDS,
    ...synonyms.keys(), ...otherNames, ...COMMON_WORDS, ...phraseWords,
  ]);
  const correctionTargets = [
    ...new Set([...phraseWords, ...SAY_WORDS, ...FIGURE_WORDS, ...Object.keys(unitWords), ...MEETING_WORDS, ...VISIT_WORDS, ...synonyms.keys(), 'anniversary']),
  ].filter((w) => w.length >= 5 && /^[a-z]+$/.test(w));
  const nameTargets = new Set(
    [...phrases.entries()].filter(([, p]) => p.type === 'entity').flatMap(([k]) => k.split(' ')).filter((w) => w.length >= 5 && /^[a-z]+$/.test(w)),
  );
  const vocabulary: Vocabulary = {
    knowledge,
    phrases,
    longestPhraseWords: Math.max(1, ...[...phrases.keys()].map((k) => k.split(' ').length)),
    phraseWidths: phraseWidthsOf(phrases),
    principals,
    synonyms,
    synonymsOfStem,
    unitWords,
    otherNames,
    knownWords,
    correctionTargets,
    nameTargets,
    entityKind: (id) => knowledge.kind(id),
  };
  cache.set(knowledge, vocabulary);
  return vocabulary;
}
