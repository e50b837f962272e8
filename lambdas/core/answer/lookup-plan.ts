/**
 * Which partitions to read for a parsed question (at most MAX_LOOKUP_KEYS),
 * and the speaker/subject groups the claims are then filtered by.
 *
 * Keys come from the most specific thing the question names: the speaker for
 * "what did X say", the counted unit plus the country for "how many", the
 * entity for "when"/"about". Every filter the question sets is also a chance
 * to read a smaller partition, as long as that partition still holds every
 * claim the filter can let through:
 * - a speaker with a subject, an occasion or a place: `said:putin~unsc`,
 *   `said:xi~victory-day-2020`, `said:xi@moscow` (a single year: `said:xi@2020`);
 * - a figure with a war: `fig:deaths:china@wwii`; a speaker's figure:
 *   `fig:days:putin` rather than everything Putin said.
 * The narrowest allowed option wins; an option that would need more keys than
 * MAX_LOOKUP_KEYS gives way to a broader one, never to a partial read. Claims
 * the narrower partition leaves out are exactly those the filters would drop,
 * so answers do not change; they stop depending on how large the broader
 * partition grows.
 */
import { aboutKey, figureKey, isKeyableEntity, MAX_LOOKUP_KEYS, saidAboutKey, saidKey } from '../claims/lookup-keys';
import type { EntityGroup, ParsedQuestion } from './parse-question';
import type { Vocabulary } from './question-vocabulary';

export interface LookupPlan {
  readonly keys: readonly string[];
  /** Speaker groups to filter by (the question's, or the implicit leader pair). */
  readonly speakers: readonly EntityGroup[];
  /** Subject groups to filter by. */
  readonly subjects: readonly EntityGroup[];
}

/** The dataset's principals stand in when a question names nobody ("what did they say"). */
function implicitPrincipals(v: Vocabulary): EntityGroup {
  return { ids: v.principals, implicit: true };
}

/**
 * "How many days was the truce?" names nobody: the story the dataset tells,
 * its principals and the countries they lead (a third party's truce is about
 * one of those countries, not about the principals themselves).
 */
function implicitStory(v: Vocabulary): EntityGroup {
  const countries = v.principals.map((id) => v.knowledge.entity(id)?.leaderOf).filter((c): c is string => c !== undefined);
  return { ids: [...new Set([...v.principals, ...countries])], implicit: true };
}

/** Take keys group by group, alternative by alternative, so every group gets one before any gets two. */
function roundRobin(candidates: readonly (readonly string[])[]): string[] {
  const keys: string[] = [];
  const longest = Math.max(0, ...candidates.map((c) => c.length));
  for (let i = 0; i < longest && keys.length < MAX_LOOKUP_KEYS; i++) {
    for (const list of candidates) {
      const key = list[i];
      if (key !== undefined && !keys.includes(key) && keys.length < MAX_LOOKUP_KEYS) keys.push(key);
    }
  }
  return keys;
}

/** A single place or year lets the speaker's partition be narrowed; two would need a filter anyway. */
function speakerNarrowing(parsed: ParsedQuestion): { place?: string; year?: number } | undefined {
  const onlyPlace = parsed.places.length === 1 && parsed.places[0]?.ids.length === 1 ? parsed.places[0].ids[0] : undefined;
  if (onlyPlace !== undefined) return { place: onlyPlace };
  if (parsed.years.length === 1) return { year: parsed.years[0] };
  return undefined;
}

/** How many claims an entity's partition tends to hold: a document's few, a country's many. */
const BREADTH: Readonly<Record<string, number>> = { document: 0, person: 1, organisation: 2, event: 3, place: 4, country: 5 };
/** A year holds more of a speaker's claims than any one entity or place does. */
const YEAR_BREADTH = 7;

function breadthOf(ids: readonly string[], v: Vocabulary): number {
  return Math.max(...ids.map((id) => BREADTH[v.entityKind(id) ?? ''] ?? 6));
}

/**
 * One way to narrow a speaker's partition: a claim that passes the question's
 * filters carries one of `ids`, and `key(speaker, id)` holds every claim of
 * that speaker carrying `id`.
 */
interface Narrowing {
  readonly breadth: number;
  readonly ids: readonly string[];
  readonly key: (speaker: string, id: string) => string;
}

/**
 * The ways the question's filters narrow what a speaker said, narrowest
 * first. A subject chain that names one of the speakers is no narrowing:
 * every claim of theirs carries them.
 */
function speakerNarrowings(parsed: ParsedQuestion, v: Vocabulary, speakers: readonly string[]): Narrowing[] {
  const options: Narrowing[] = [];
  const keyable = (ids: readonly string[]) => ids.length > 0 && ids.every((id) => isKeyableEntity(id, v.knowledge));
  // Subjects: a claim must carry one group of every chain (selectClaims), so the ids of any one chain cover it.
  for (const chain of new Set(parsed.subjects.map((g) => g.chain ?? 0))) {
    const ids = [...new Set(parsed.subjects.filter((g) => (g.chain ?? 0) === chain).flatMap((g) => g.ids))];
    if (keyable(ids) && !ids.some((id) => speakers.includes(id))) options.push({ breadth: breadthOf(ids, v), ids, key: saidAboutKey });
  }
  // Occasions: the claim must carry one of every group's.
  for (const g of parsed.events) if (keyable(g.ids)) options.push({ breadth: breadthOf(g.ids, v), ids: [...new Set(g.ids)], key: saidAboutKey });
  // Places: the claim's own place must be one of every group's.
  for (const g of parsed.places) if (keyable(g.ids)) options.push({ breadth: breadthOf(g.ids, v), ids: [...new Set(g.ids)], key: (speaker, place) => saidKey(speaker, { place }) });
  // A single year, where it narrowed before (no single place): `@year` keys are filed by the claim's own date or occasion.
  const narrow = speakerNarrowing(parsed);
  const year = narrow?.year;
  if (year !== undefined) options.push({ breadth: YEAR_BREADTH, ids: [String(year)], key: (speaker) => saidKey(speaker, { year }) });
  return options.sort((a, b) => a.breadth - b.breadth || a.ids.length - b.ids.length);
}

/**
 * Per speaker, the keys of the narrowest option that keeps the whole read
 * within `budget` keys; null when none does (or a document speaks: it also
 * "says" what claims about it say, which its `said:` keys do not hold).
 */
function narrowedSaidKeys(speakers: readonly string[], parsed: ParsedQuestion, v: Vocabulary, budget: number): Map<string, string[]> | null {
  if (speakers.length === 0 || speakers.some((id) => v.entityKind(id) === 'document' || !isKeyableEntity(id, v.knowledge))) return null;
  const option = speakerNarrowings(parsed, v, speakers).find((n) => speakers.length * n.ids.length <= budget);
  if (option === undefined) return null;
  return new Map(speakers.map((speaker) => [speaker, option.ids.map((id) => option.key(speaker, id))]));
}

function saidKeys(groups: readonly EntityGroup[], parsed: ParsedQuestion, v: Vocabulary): string[][] {
  const speakers = [...new Set(groups.flatMap((g) => g.ids))];
  const narrowed = narrowedSaidKeys(speakers, parsed, v, MAX_LOOKUP_KEYS);
  if (narrowed !== null) return groups.map((g) => g.ids.flatMap((id) => narrowed.get(id) ?? []));
  const narrow = speakerNarrowing(parsed);
  return groups.map((g) =>
    g.ids.flatMap((id) => (v.entityKind(id) === 'document' ? [saidKey(id, narrow), aboutKey(id)] : [saidKey(id, narrow)])),
  );
}

function aboutKeys(groups: readonly EntityGroup[], parsed: ParsedQuestion, v: Vocabulary): string[][] {
  const narrow = speakerNarrowing(parsed);
  // Every war named must be carried, so one of them narrows the partition.
  const war = parsed.wars[0];
  // One key in place of `said:<id>`, so the plan reads as many partitions as before: the id's own chain is no
  // narrowing (its words carry it), another chain, an occasion or a place of a single id is.
  const saidKeyFor = (id: string) => narrowedSaidKeys([id], parsed, v, 1)?.get(id)?.[0] ?? saidKey(id, narrow);
  return groups.map((g) => {
    const keyable = g.ids.filter((id) => isKeyableEntity(id, v.knowledge));
    // Someone's own words (a country's too: "Russia recognised…") are also "about" them only if they are a subject;
    // reading their speaker partition too catches "when did Xi say…".
    const speakerCapable = keyable.filter((id) => ['person', 'document', 'organisation', 'country'].includes(v.entityKind(id) ?? ''));
    return [...keyable.map((id) => aboutKey(id, war)), ...speakerCapable.map(saidKeyFor)];
  });
}

/**
 * Every subject chain must match (see EntityGroup.chain), so reading the
 * partitions of one chain is enough: the narrowest one ("Xi" rather than
 * "Russia" in "what does Xi think about Russia").
 */
function narrowestChain(groups: readonly EntityGroup[], v: Vocabulary): EntityGroup[] {
  const chains = [...new Set(groups.map((g) => g.chain ?? 0))].map((chain) => groups.filter((g) => (g.chain ?? 0) === chain));
  const breadth = (chain: readonly EntityGroup[]) => Math.max(...chain.flatMap((g) => g.ids.map((id) => BREADTH[v.entityKind(id) ?? ''] ?? 6)));
  return [...chains].sort((a, b) => breadth(a) - breadth(b))[0] ?? [];
}

/** Null when the question names nothing a partition could be found for. */
export function planLookup(parsed: ParsedQuestion, v: Vocabulary): LookupPlan | null {
  // "What did the ambassador say?": someone the dataset does not know; not everything about a country.
  if (parsed.unknownSpeaker) return null;
  const plan = planKeys(parsed, v);
  // The principals stand in for "nobody named"; a name the dataset never carries
  // ("What did Stalin say?") is not nobody: skip the Query.
  const namesStranger = parsed.keywords.some((group) => group.some((w) => v.otherNames.has(w)));
  if (plan !== null && namesStranger && [...plan.speakers, ...plan.subjects].some((g) => g.implicit)) return null;
  return plan;
}

function planKeys(parsed: ParsedQuestion, v: Vocabulary): LookupPlan | null {
  const { intent } = parsed;
  const said = (groups: readonly EntityGroup[]) => saidKeys(groups, parsed, v);
  const about = (groups: readonly EntityGroup[]) => aboutKeys(groups, parsed, v);
  if (intent === null) return null;

  if (intent === 'figure') {
    const unit = parsed.unit;
    if (unit === null) return null;
    // Every war named must be carried, so one of them narrows the partition.
    const war = parsed.wars[0];
    const figureKeys = (groups: readonly EntityGroup[]) => groups.map((g) => g.ids.filter((id) => isKeyableEntity(id, v.knowledge)).map((id) => figureKey(unit, id, war)));
    if (parsed.subjects.length > 0) return { keys: roundRobin(figureKeys(parsed.subjects)), speakers: parsed.speakers, subjects: parsed.subjects };
    if (parsed.speakers.length > 0) {
      // A speaker's figures are filed under the unit and the speaker: far fewer than all they said.
      const speakerFigures = figureKeys(parsed.speakers);
      const complete = new Set(speakerFigures.flat()).size <= MAX_LOOKUP_KEYS && parsed.speakers.every((g) => g.ids.every((id) => isKeyableEntity(id, v.knowledge)));
      return { keys: roundRobin(complete ? speakerFigures : said(parsed.speakers)), speakers: parsed.speakers, subjects: [] };
    }
    const anchors = parsed.events.length > 0 ? parsed.events : parsed.places.length > 0 ? parsed.places : [];
    if (anchors.length > 0) return { keys: roundRobin(figureKeys(anchors)), speakers: [], subjects: [] };
    // "How long did they talk?" is about the two leaders; "how many people died?" is about
    // nobody in particular, and the leaders' own tolls would answer a different question.
    if (unit === 'deaths' || unit === 'troops') return null;
    return { keys: roundRobin(figureKeys([implicitStory(v)])), speakers: [], subjects: [implicitStory(v)] };
  }

  if (intent === 'said') {
    if (parsed.speakers.length > 0) return { keys: roundRobin(said(parsed.speakers)), speakers: parsed.speakers, subjects: parsed.subjects };
    if (parsed.subjects.length > 0) return { keys: roundRobin(about(narrowestChain(parsed.subjects, v))), speakers: [], subjects: parsed.subjects };
    if (parsed.events.length > 0) return { keys: roundRobin(about(parsed.events)), speakers: [], subjects: [] };
    // "Do other sources agree?" with nothing before it names no one, no place, no time and no words to find;
    // 'who said "our national interests coincide"' has the claims' words.
    if (parsed.keywords.length === 0 && !isPinned(parsed, v)) return null;
    return { keys: roundRobin(said([implicitPrincipals(v)])), speakers: [implicitPrincipals(v)], subjects: [] };
  }

  // "when" and "about"
  if (parsed.speakers.length > 0) return { keys: roundRobin(said(parsed.speakers)), speakers: parsed.speakers, subjects: parsed.subjects };
  if (parsed.subjects.length > 0) return { keys: roundRobin(about(narrowestChain(parsed.subjects, v))), speakers: [], subjects: parsed.subjects };
  if (parsed.events.length > 0) return { keys: roundRobin(about(parsed.events)), speakers: [], subjects: [] };
  // Naming a place and what happened there: the place's own partition (claims made or set there).
  if (parsed.places.length > 0) return { keys: roundRobin(about(parsed.places)), speakers: [], subjects: [] };
  // Naming only a place, a war or nothing at all: read what the two leaders did there,
  // but only if the question says what it wants (a place, a time, or a word the
  // vocabulary knows: "ceasefire" yes, "hello" or "weather" no).
  if (!isPinned(parsed, v)) return null;
  return { keys: roundRobin(about([implicitPrincipals(v)])), speakers: [], subjects: [implicitPrincipals(v)] };
}

/** Whether a question that names nobody still says what it wants: a place, a time, an outlet or a word the vocabulary knows. */
function isPinned(parsed: ParsedQuestion, v: Vocabulary): boolean {
  const knownKeyword = parsed.keywords.some((group) => group.some((w) => v.synonyms.has(w)));
  return parsed.places.length > 0 || knownKeyword || parsed.years.length > 0 || parsed.months.length > 0 || parsed.outlets.length > 0;
}
