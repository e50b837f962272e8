/**
 * Which partitions to read for a parsed question (at most MAX_LOOKUP_KEYS),
 * and the speaker/subject groups the claims are then filtered by.
 *
 * Keys come from the most specific thing the question names: the speaker for
 * "what did X say", the counted unit plus the country for "how many", the
 * entity for "when"/"about". Places, years, wars and events are filters, not
 * keys, except that a single place or year narrows a speaker's partition.
 */
import { aboutKey, figureKey, isKeyableEntity, MAX_LOOKUP_KEYS, saidKey } from '../claims/lookup-keys';
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

function saidKeys(groups: readonly EntityGroup[], parsed: ParsedQuestion, v: Vocabulary): string[][] {
  const narrow = speakerNarrowing(parsed);
  return groups.map((g) =>
    g.ids.flatMap((id) => (v.entityKind(id) === 'document' ? [saidKey(id, narrow), aboutKey(id)] : [saidKey(id, narrow)])),
  );
}

function aboutKeys(groups: readonly EntityGroup[], parsed: ParsedQuestion, v: Vocabulary): string[][] {
  const narrow = speakerNarrowing(parsed);
  // Every war named must be carried, so one of them narrows the partition.
  const war = parsed.wars[0];
  return groups.map((g) => {
    const keyable = g.ids.filter((id) => isKeyableEntity(id, v.knowledge));
    // Someone's own words are also "about" them only if they are a subject;
    // reading their speaker partition too catches "when did Xi say…".
    const speakerCapable = keyable.filter((id) => ['person', 'document', 'organisation'].includes(v.entityKind(id) ?? ''));
    return [...keyable.map((id) => aboutKey(id, war)), ...speakerCapable.map((id) => saidKey(id, narrow))];
  });
}

/** How many claims an entity's partition tends to hold: a document's few, a country's many. */
const BREADTH: Readonly<Record<string, number>> = { document: 0, person: 1, organisation: 2, event: 3, place: 4, country: 5 };

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
    const figureKeys = (groups: readonly EntityGroup[]) => groups.map((g) => g.ids.filter((id) => isKeyableEntity(id, v.knowledge)).map((id) => figureKey(unit, id)));
    if (parsed.subjects.length > 0) return { keys: roundRobin(figureKeys(parsed.subjects)), speakers: parsed.speakers, subjects: parsed.subjects };
    if (parsed.speakers.length > 0) return { keys: roundRobin(said(parsed.speakers)), speakers: parsed.speakers, subjects: [] };
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
    return { keys: roundRobin(said([implicitPrincipals(v)])), speakers: [implicitPrincipals(v)], subjects: [] };
  }

  // "when" and "about"
  if (parsed.speakers.length > 0) return { keys: roundRobin(said(parsed.speakers)), speakers: parsed.speakers, subjects: parsed.subjects };
  if (parsed.subjects.length > 0) return { keys: roundRobin(about(narrowestChain(parsed.subjects, v))), speakers: [], subjects: parsed.subjects };
  if (parsed.events.length > 0) return { keys: roundRobin(about(parsed.events)), speakers: [], subjects: [] };
  // Naming only a place, a war or nothing at all: read what the two leaders did there,
  // but only if the question says what it wants (a place, a time, or a word the
  // vocabulary knows: "ceasefire" yes, "hello" or "weather" no).
  const knownKeyword = parsed.keywords.some((group) => group.some((w) => v.synonyms.has(w)));
  const pinned = parsed.places.length > 0 || knownKeyword || parsed.years.length > 0 || parsed.months.length > 0 || parsed.outlets.length > 0;
  if (!pinned) return null;
  return { keys: roundRobin(about([implicitPrincipals(v)])), speakers: [], subjects: [implicitPrincipals(v)] };
}
