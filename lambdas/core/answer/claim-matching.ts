/**
 * Which of the claims read from the store actually answer the question.
 * Precision over recall: every entity, war, place, time and keyword the
 * question names must be carried by the claim, so "How many Chinese died in
 * the Korean War?" does not get the Second World War toll.
 */
import type { SourcedClaim } from '../claims/claim-schema';
import { claimYear } from '../claims/lookup-keys';
import { nearPrefixes, normaliseText, stem, StemIndex, tokenise } from './normalise-question';
import type { EntityGroup, ParsedQuestion } from './parse-question';
import type { LookupPlan } from './lookup-plan';
import type { Vocabulary } from './question-vocabulary';
import { setBounded } from '../cache/bounded-map';

/**
 * Everything a claim is about, including what follows from it: a claim made
 * in Moscow is a claim in Russia; China's war with Japan is its Second World
 * War, and the other way round.
 */
export function impliedEntities(claim: SourcedClaim, v: Vocabulary): ReadonlySet<string> {
  // Asked of every claim read, several times per question; the store hands back the same claim object each time.
  return memoPerClaim(impliedByVocabulary, v, claim, () => computeImpliedEntities(claim, v));
}

const impliedByVocabulary: PerClaimCache<ReadonlySet<string>> = new WeakMap();

/**
 * What is derived from one claim object for one vocabulary, made once and kept while the claim lives. One
 * lookup by claim: a warm Lambda reads almost every claim in one language, so the value for the vocabulary
 * it was first made for sits on the entry itself, and other languages' values beside it.
 */
type PerClaimCache<T> = WeakMap<SourcedClaim, { readonly v: Vocabulary; readonly value: T; others?: Map<Vocabulary, T> }>;

function memoPerClaim<T>(cache: PerClaimCache<T>, v: Vocabulary, claim: SourcedClaim, make: () => T): T {
  const known = cache.get(claim);
  if (known === undefined) {
    const value = make();
    cache.set(claim, { v, value });
    return value;
  }
  if (known.v === v) return known.value;
  let value = known.others?.get(v);
  if (value === undefined) {
    value = make();
    (known.others ??= new Map()).set(v, value);
  }
  return value;
}

function computeImpliedEntities(claim: SourcedClaim, v: Vocabulary): Set<string> {
  const ids = new Set<string>(claim.subjects);
  if (claim.speaker !== null) ids.add(claim.speaker);
  if (claim.event !== null) ids.add(claim.event);
  if (claim.place !== null) {
    ids.add(claim.place);
    const country = v.knowledge.countryOf(claim.place);
    if (country !== undefined) ids.add(country);
  }
  for (const war of v.knowledge.claimWars(claim)) ids.add(war);
  return ids;
}

/**
 * Stems of the words a keyword may be found in: the claim's own text, never
 * other claims'. `withExcerpt: false` leaves out the quoted passage, which
 * often runs on into the next claim's sentence.
 */
/**
 * Stemming a claim's text is most of the answerer's own work on broad
 * questions, and a warm Lambda sees the same claims again and again. Keyed on
 * the content (not only the id), so a re-seeded claim is stemmed afresh.
 */
const STEM_CACHE_LIMIT = 5_000;
const stemCache = new Map<string, string[]>();

/** The same claim object is asked about many times per question: skip building its content key again. */
const stemsByObject: PerClaimCache<{ with?: string[]; without?: string[] }> = new WeakMap();

function claimStems(claim: SourcedClaim, withExcerpt: boolean, v: Vocabulary): string[] {
  const byObject = memoPerClaim<{ with?: string[]; without?: string[] }>(stemsByObject, v, claim, () => ({}));
  const known = withExcerpt ? byObject.with : byObject.without;
  if (known !== undefined) return known;
  const stems = claimStemsByContent(claim, withExcerpt, v);
  if (withExcerpt) byObject.with = stems;
  else byObject.without = stems;
  return stems;
}

function claimStemsByContent(claim: SourcedClaim, withExcerpt: boolean, v: Vocabulary): string[] {
  const key = [claim.id, claim.text, claim.topic, claim.subjects.join(), claim.speaker, claim.place, claim.event, claim.figure?.qualifiers.join(), claim.source.outlet, claim.source.origin, withExcerpt ? claim.excerpt : ''].join('\u0000');
  let stems = stemCache.get(key);
  if (stems === undefined) {
    stems = computeClaimStems(claim, withExcerpt, v);
    setBounded(stemCache, key, stems, STEM_CACHE_LIMIT);
  }
  return stems;
}

function computeClaimStems(claim: SourcedClaim, withExcerpt: boolean, v: Vocabulary): string[] {
  const entityNames = [...impliedEntities(claim, v)].map((id) => v.knowledge.entity(id)?.name ?? '');
  const parts = [claim.text, claim.topic, ...(claim.figure?.qualifiers ?? []), claim.source.outlet ?? '', claim.source.origin ?? '', ...entityNames];
  if (withExcerpt) parts.push(claim.excerpt);
  return [...new Set(tokenise(normaliseText(parts.join(' '))).map(stem))];
}

export function keywordsMatch(keywords: ParsedQuestion['keywords'], claim: SourcedClaim, v: Vocabulary, withExcerpt = true): boolean {
  if (keywords.length === 0) return true;
  const stems = claimStems(claim, withExcerpt, v);
  return keywords.every((group) => groupMatches(group, stems));
}

/**
 * Whether a claim's stems hold one word of a group: asked of every claim
 * read, for every keyword, several times per question. A group (one per
 * question's keyword) is stemmed once and remembers its answer per claim.
 */
interface PreparedGroup {
  readonly stems: readonly string[];
  readonly prefixes: readonly string[];
  readonly found: WeakMap<readonly string[], boolean>;
}
const preparedGroups = new WeakMap<readonly string[], PreparedGroup>();
/**
 * Each question parses into new group arrays, but a warm Lambda is asked the
 * same words again and again ("sacrifices" reaches the same synonyms): groups
 * of the same words share one preparation and its answers per claim. Bounded.
 */
const PREPARED_BY_WORDS_LIMIT = 2_000;
const preparedByWords = new Map<string, PreparedGroup>();
const stemIndexes = new WeakMap<readonly string[], StemIndex>();

function prepareGroup(group: readonly string[]): PreparedGroup {
  const words = group.join('\u0000');
  let prepared = preparedByWords.get(words);
  if (prepared === undefined) {
    const groupStems = [...new Set(group.map(stem))];
    prepared = { stems: groupStems, prefixes: [...new Set(groupStems.flatMap(nearPrefixes))], found: new WeakMap() };
    setBounded(preparedByWords, words, prepared, PREPARED_BY_WORDS_LIMIT);
  }
  preparedGroups.set(group, prepared);
  return prepared;
}

function groupMatches(group: readonly string[], stems: readonly string[]): boolean {
  const prepared = preparedGroups.get(group) ?? prepareGroup(group);
  let found = prepared.found.get(stems);
  if (found === undefined) {
    let index = stemIndexes.get(stems);
    if (index === undefined) {
      index = new StemIndex(stems);
      stemIndexes.set(stems, index);
    }
    found = index.meetsAny(prepared.stems, prepared.prefixes);
    prepared.found.set(stems, found);
  }
  return found;
}

/**
 * "What did Putin say about neo-Nazism?": the passage of his remark on
 * historical truth runs on into neo-Nazism, but the claim is not about it.
 * When some claims match the keywords in their own statement, drop those that
 * match only through their passage.
 */
function focusOnStatedKeywords(claims: SourcedClaim[], parsed: ParsedQuestion, v: Vocabulary): SourcedClaim[] {
  if (parsed.keywords.length === 0) return claims;
  const stated = claims.filter((c) => keywordsMatch(parsed.keywords, c, v, false));
  return stated.length > 0 ? stated : claims;
}

function carriesAny(entities: ReadonlySet<string>, group: EntityGroup): boolean {
  return group.ids.some((id) => entities.has(id));
}

export function speakerMatches(claim: SourcedClaim, group: EntityGroup, v: Vocabulary): boolean {
  // A document "speaks" through claims that quote it and claims about it.
  return group.ids.some((id) => claim.speaker === id || (v.entityKind(id) === 'document' && claim.subjects.includes(id)));
}

/** Topics repeat across claims and answers; normalise each once per warm Lambda (bounded). */
const normalisedTopics = new Map<string, string>();
function normalisedTopic(topic: string): string {
  let value = normalisedTopics.get(topic);
  if (value === undefined) {
    value = ` ${normaliseText(topic)} `;
    setBounded(normalisedTopics, topic, value, STEM_CACHE_LIMIT);
  }
  return value;
}

/** An entity's English names as a topic would carry them: asked of every claim read, so built once per entity. */
const topicNames = new WeakMap<object, readonly string[]>();
function namesInTopics(entity: { readonly name: string; readonly aliases: { readonly en: readonly string[] } }): readonly string[] {
  let names = topicNames.get(entity);
  if (names === undefined) {
    names = [...entity.aliases.en, normaliseText(entity.name)].map((name) => ` ${name} `);
    topicNames.set(entity, names);
  }
  return names;
}

export function topicMentions(claim: SourcedClaim, group: EntityGroup, v: Vocabulary): boolean {
  const topic = normalisedTopic(claim.topic);
  return group.ids.some((id) => {
    const entity = v.knowledge.entity(id);
    const names = entity ? namesInTopics(entity) : [` ${id} `];
    return names.some((name) => topic.includes(name));
  });
}

/**
 * Whose deaths a toll counts: the country its topic names ("Chinese deaths in
 * the Second World War") or, failing that, its first non-war subject. China's
 * toll in the war against Japan carries Japan as a subject but is no answer to
 * "How many Japanese died?".
 */
function countsDeathsOf(claim: SourcedClaim, group: EntityGroup, v: Vocabulary): boolean {
  if (topicMentions(claim, group, v)) return true;
  const counted = claim.subjects.find((id) => v.entityKind(id) !== 'war');
  return counted !== undefined && group.ids.includes(counted);
}

/** Words of a source's outlet and origin ("purewilayah com rt"), normalised once per source (bounded). */
const outletWords = new Map<string, readonly string[]>();
export function outletMatches(claim: SourcedClaim, names: readonly string[]): boolean {
  const key = `${claim.source.outlet ?? ''}|${claim.source.origin ?? ''}`;
  let words = outletWords.get(key);
  if (words === undefined) {
    words = tokenise(normaliseText(`${claim.source.outlet ?? ''} ${claim.source.origin ?? ''}`));
    setBounded(outletWords, key, words, 1000);
  }
  return names.some((name) => words.includes(name));
}

/**
 * A figure answers a question for one part of a count ("soldiers") only when
 * its qualifiers give that part, and no other part with it: "military and
 * civilian" is a combined total, and a figure that names no part is a total
 * too. The question's parts must all be named, and nothing else.
 */
function scopeMatches(claim: SourcedClaim, asked: readonly number[], v: Vocabulary): boolean {
  if (claim.figure === null) return false;
  const words = new Set(tokenise(normaliseText(claim.figure.qualifiers.join(' '))).map(stem));
  const named = (v.knowledge.lexicon.scopes ?? []).map((group) => group.some((w) => words.has(stem(w.toLowerCase()))));
  return asked.every((i) => named[i] === true) && named.every((n, i) => !n || asked.includes(i));
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The months a claim happened in: its date's, else those its figure names (a
 * span of dates "May 2025", a qualifier "Red Square parade, June 2020"). An
 * undated claim is not of "another month" when its own figure says the month.
 */
function monthsOf(claim: SourcedClaim): number[] {
  if (claim.date !== null) return [Number(claim.date.slice(5, 7))];
  const words = claim.figure === null ? [] : `${claim.figure.unit} ${claim.figure.qualifiers.join(' ')}`.toLowerCase().split(/[^a-z]+/);
  return MONTH_NAMES.flatMap((name, i) => (words.includes(name) ? [i + 1] : []));
}

function yearOf(claim: SourcedClaim): number | undefined {
  return claimYear(claim) ?? (claim.source.published === null ? undefined : Number(claim.source.published.slice(0, 4)));
}

/**
 * Everything but the subject groups: unit, speaker, place, war, event, time,
 * keywords. Subjects need the whole candidate set (see selectClaims).
 */
function matchesFilters(claim: SourcedClaim, parsed: ParsedQuestion, plan: LookupPlan, v: Vocabulary): boolean {
  return firstFailure(claim, parsed, plan, v, false) === null;
}

/** Why a claim does not fit the question's filters (for --explain), or null when it fits them all. */
export function filterFailure(claim: SourcedClaim, parsed: ParsedQuestion, plan: LookupPlan, v: Vocabulary): string | null {
  return firstFailure(claim, parsed, plan, v, true);
}

/** Ranking asks only whether a claim fails, of every claim read: the reason is worded only for --explain. */
const FAILS = 'fails';

function firstFailure(claim: SourcedClaim, parsed: ParsedQuestion, plan: LookupPlan, v: Vocabulary, why: boolean): string | null {
  const entities = impliedEntities(claim, v);
  if (parsed.intent === 'figure') {
    if (claim.figure === null) return 'not a figure';
    if (parsed.unit === null || v.knowledge.normaliseUnit(claim.figure.unit) !== parsed.unit) return why ? `counts ${claim.figure.unit}, not ${parsed.unit ?? 'the unit asked'}` : FAILS;
  }
  if (parsed.scopes.length > 0 && !scopeMatches(claim, parsed.scopes, v)) return 'does not give that part of the count on its own';
  // A "when" needs a date: the claim's own, or a year its words give ("the banner raised in 1945").
  if (parsed.intent === 'when' && claim.date === null && !/\b(?:1[89]|20)\d\d\b/.test(`${claim.text} ${claim.excerpt}`)) return 'has no date';
  if (plan.speakers.length > 0 && !plan.speakers.some((g) => speakerMatches(claim, g, v))) return why ? `said by ${claim.speaker ?? 'nobody named'}, not the speaker asked` : FAILS;
  if (!parsed.places.every((g) => claim.place !== null && g.ids.includes(claim.place))) return why ? `place ${claim.place ?? 'not stated'}, not the place asked` : FAILS;
  if (!parsed.wars.every((w) => entities.has(w))) return 'about another war';
  if (!parsed.events.every((g) => carriesAny(entities, g))) return 'not that occasion';
  if (parsed.years.length > 0) {
    const year = yearOf(claim);
    if (year === undefined || !parsed.years.includes(year)) return why ? `year ${year ?? 'unknown'}, not ${parsed.years.join('/')}` : FAILS;
  }
  if (!parsed.outlets.every((names) => outletMatches(claim, names))) return 'another outlet';
  if (parsed.months.length > 0) {
    const months = monthsOf(claim);
    if (!months.some((m) => parsed.months.includes(m))) return 'another month';
  }
  if (!keywordsMatch(parsed.keywords, claim, v)) return why ? `lacks ${parsed.keywords.filter((g) => !keywordsMatch([g], claim, v)).map((g) => g[0]).join(', ')}` : FAILS;
  return null;
}

/**
 * Subject groups joined by "and"/"or" are alternatives ("Chinese and Soviet"
 * tolls), each of which must be answered; separate chains must all match
 * ("what does Xi think about Russia"). In a death-toll question a group is either counted (some
 * toll counts its deaths) or context ("after the German invasion"): claims
 * must count one of the counted groups and carry every context group, and a
 * question where nothing is counted ("How many Japanese died?", when only
 * China's toll mentions Japan) has no answer.
 */
function filterBySubjects(candidates: readonly SourcedClaim[], parsed: ParsedQuestion, plan: LookupPlan, v: Vocabulary): SourcedClaim[] {
  const groups = plan.subjects;
  if (groups.length === 0) return [...candidates];
  const carries = (c: SourcedClaim, g: EntityGroup) => carriesAny(impliedEntities(c, v), g);
  const tolls = parsed.intent === 'figure' && parsed.unit === 'deaths';
  if (!tolls || groups.some((g) => g.implicit)) {
    const chains = [...new Set(groups.map((g) => g.chain ?? 0))].map((chain) => groups.filter((g) => (g.chain ?? 0) === chain));
    const selected = candidates.filter((c) => chains.every((chain) => chain.some((g) => carries(c, g))));
    return groups.every((g) => g.implicit || selected.some((c) => carries(c, g))) ? selected : [];
  }
  const counted = groups.filter((g) => candidates.some((c) => countsDeathsOf(c, g, v)));
  const context = groups.filter((g) => !counted.includes(g));
  if (counted.length === 0) return [];
  const selected = candidates.filter((c) => counted.some((g) => countsDeathsOf(c, g, v)) && context.every((g) => carries(c, g)));
  return counted.every((g) => selected.some((c) => countsDeathsOf(c, g, v))) ? selected : [];
}

/** Topics are few and shared by many claims, and ranking asks of each claim's topic: stemmed once (bounded). */
const topicStemCache = new Map<string, string[]>();
function topicStems(topic: string): string[] {
  let stems = topicStemCache.get(topic);
  if (stems === undefined) {
    stems = tokenise(normaliseText(topic)).map(stem);
    setBounded(topicStemCache, topic, stems, STEM_CACHE_LIMIT);
  }
  return stems;
}

export function topicHasKeywords(claim: SourcedClaim, keywords: ParsedQuestion['keywords']): boolean {
  const stems = topicStems(claim.topic);
  return keywords.every((group) => groupMatches(group, stems));
}

/**
 * "When did Xi visit Moscow?" wants the visit, not every dated claim that
 * mentions a visit in passing: when some claims' topic names both what was
 * asked (the keywords) and whom it was asked about, keep only those.
 */
function focusWhen(claims: SourcedClaim[], parsed: ParsedQuestion, plan: LookupPlan, v: Vocabulary): SourcedClaim[] {
  if (parsed.intent !== 'when' || parsed.keywords.length === 0) return claims;
  const explicitSubjects = plan.subjects.filter((g) => !g.implicit);
  const focused = claims.filter((c) => topicHasKeywords(c, parsed.keywords) && explicitSubjects.every((g) => topicMentions(c, g, v)));
  return focused.length > 0 ? focused : claims;
}

/** Below this share of the question's evidence words (by weight), a claim is not an answer unless the question is anchored. */
export const EVIDENCE_THRESHOLD = 0.5;

/** How much of the question's evidence (its soft keyword groups, weighted by rarity) a claim carries: 0 to 1. */
const groupWeights = new WeakMap<readonly string[], number>();

export function evidenceCoverage(claim: SourcedClaim, soft: ParsedQuestion['keywords'], v: Vocabulary): number {
  if (soft.length === 0) return 1;
  const weight = (g: readonly string[]) => {
    // The same groups weigh the same for every claim read: weighed once per group.
    let w = groupWeights.get(g);
    if (w === undefined) groupWeights.set(g, (w = Math.max(0.5, ...g.map((word) => v.knowledge.termWeight(stem(word))))));
    return w;
  };
  const stems = claimStems(claim, true, v);
  let total = 0;
  let matched = 0;
  for (const g of soft) {
    const w = weight(g);
    total += w;
    if (groupMatches(g, stems)) matched += w;
  }
  return matched / total;
}

/**
 * Score, then veto: claims that pass every hard filter (unit, speaker, place,
 * war, year, outlet, required words) are ranked by the evidence they carry,
 * and the best are kept: all of them when some carry every word; else those
 * with the most, if that is at least EVIDENCE_THRESHOLD or the question is
 * anchored by what it counts or who said it where. "How many victims did China
 * suffer" is the toll without "suffer"; "Who proposed a ceasefire around
 * Victory Day" is not every Victory Day claim.
 */
function bestByEvidence(claims: readonly SourcedClaim[], parsed: ParsedQuestion, plan: LookupPlan, v: Vocabulary): SourcedClaim[] {
  const required = parsed.keywords.filter((_, i) => parsed.requiredKeywords.includes(i));
  const soft = parsed.keywords.filter((_, i) => !parsed.requiredKeywords.includes(i));
  // Rank among the claims about what was asked: a claim on another subject must not set the bar.
  const hard = { ...parsed, keywords: required };
  const passing = filterBySubjects(claims.filter((c) => matchesFilters(c, hard, plan, v)), parsed, plan, v);
  if (soft.length === 0 || passing.length === 0) return passing;
  const scored = passing.map((c) => ({ c, coverage: evidenceCoverage(c, soft, v) }));
  const best = Math.max(...scored.map((x) => x.coverage));
  const named = parsed.reportedSpeech !== true && plan.speakers.some((g) => !g.implicit) && parsed.places.length + parsed.years.length + parsed.events.length + plan.subjects.filter((g) => !g.implicit).length > 0;
  const anchored = (parsed.intent === 'figure' && parsed.unit !== null && plan.subjects.some((g) => !g.implicit)) || named;
  if (best < 1 && best < EVIDENCE_THRESHOLD && !anchored) return [];
  // A pasted claim ("…, says Zelensky") is that claim only if a claim of theirs carries all its words.
  if (parsed.reportedSpeech === true && best < 1) return [];
  return scored.filter((x) => x.coverage === best).map((x) => x.c);
}

/**
 * The claims that answer the question, or none when part of the question is
 * left unanswered: "How many Chinese and Americans died?" must not come back
 * with the Chinese toll alone, as if that were the whole answer.
 */
export function selectClaims(claims: readonly SourcedClaim[], parsed: ParsedQuestion, plan: LookupPlan, v: Vocabulary): SourcedClaim[] {
  const selected = filterBySubjects(bestByEvidence(claims, parsed, plan, v), parsed, plan, v);
  const speakerUncovered = plan.speakers.some((g) => !g.implicit && !selected.some((c) => speakerMatches(c, g, v)));
  return speakerUncovered ? [] : focusWhen(focusOnStatedKeywords(selected, parsed, v), parsed, plan, v);
}
