/**
 * The claim index: which lookup keys a claim is stored under, and the helpers
 * the question parser uses to build the very same keys from a question.
 *
 * Design rules (they are what keeps every answer at ≤ 3 DynamoDB Queries and
 * keeps those Queries small however large the dataset grows):
 *
 * - A key names something a question can pin down: a counted unit about one
 *   entity (`fig:deaths:china`), one speaker (`said:putin`), one speaker at a
 *   place or in a year (`said:xi@moscow`, `said:xi@2025`), or one non-war
 *   entity (`about:taiwan`).
 * - A key that one popular speaker or country fills also exists with a second
 *   part, chosen by what questions narrow with: the speaker with one entity
 *   the claim carries (`said:putin~unsc`: subject, place, the place's
 *   country, occasion), a unit and entity with a war (`fig:deaths:china@wwii`),
 *   an entity with a war (`about:china@ukraine-war`). Ten thousand more claims
 *   by Putin on other subjects never enter `said:putin~unsc`, so the question
 *   that reads it gets the same claims however large `said:putin` grows.
 * - No key is shared by unrelated claims. Wars are never a key on their own:
 *   "about wwii" would collect every claim in the dataset. Wars (and place,
 *   year, event) are filters applied in memory after the Query.
 * - A claim's partition only grows with claims that genuinely match the key:
 *   a million claims about other countries or speakers never touch
 *   `fig:deaths:china` or `said:xi`.
 *
 * Keys are short lower-case ASCII; entity ids are already slugs.
 */
import type { Claim } from './claim-schema';
import type { Knowledge } from '../knowledge/knowledge';

export { isDateSpanUnit } from '../knowledge/knowledge';

/** A question never needs more Queries than this. */
export const MAX_LOOKUP_KEYS = 3;

/**
 * Figures counting `unit` (canonical, see Knowledge.normaliseUnit) about one
 * entity (country, person, organisation, place or event), optionally narrowed
 * to one war the claim is about: "How many Chinese died in WWII?" reads
 * `fig:deaths:china@wwii`, not China's tolls of every war.
 */
export function figureKey(unit: string, entityId: string, war?: string): string {
  return war === undefined ? `fig:${unit}:${entityId}` : `fig:${unit}:${entityId}@${war}`;
}

/** Everything one speaker said; narrowed by place or by year when the question names one. */
export function saidKey(speakerId: string, narrow?: { place?: string; year?: number }): string {
  if (narrow?.place !== undefined) return `said:${speakerId}@${narrow.place}`;
  if (narrow?.year !== undefined) return `said:${speakerId}@${narrow.year}`;
  return `said:${speakerId}`;
}

/**
 * What one speaker said that carries one entity (see speakerContext): "What
 * did Putin say about the UN Security Council?" reads `said:putin~unsc`.
 */
export function saidAboutKey(speakerId: string, entityId: string): string {
  return `said:${speakerId}~${entityId}`;
}

/**
 * Claims about one non-war entity (a country, a person, a document, an
 * event), optionally narrowed to one war: "China's position on the Ukraine
 * war" reads `about:china@ukraine-war`, not everything about China.
 */
export function aboutKey(entityId: string, war?: string): string {
  return war === undefined ? `about:${entityId}` : `about:${entityId}@${war}`;
}

/** Wars are filters, never keys: a war partition would hold the whole dataset. */
export function isKeyableEntity(entityId: string, knowledge: Knowledge): boolean {
  return knowledge.kind(entityId) !== 'war';
}

/**
 * The year a claim was said or happened: its date, else the year its event id
 * ends with (an occasion such as Victory Day of 2020). The seeder's `@year` keys and the answerer's
 * year filter both use this, so a claim is never keyed under one year and
 * filtered under another.
 */
export function claimYear(claim: Pick<Claim, 'date' | 'event'>): number | undefined {
  const fromDate = claim.date === null ? undefined : Number(claim.date.slice(0, 4));
  if (fromDate !== undefined && Number.isInteger(fromDate)) return fromDate;
  const fromEvent = claim.event?.match(/-(\d{4})$/)?.[1];
  return fromEvent === undefined ? undefined : Number(fromEvent);
}

/**
 * The non-war entities a claim carries besides its speaker: its subjects, its
 * place and the country that place lies in, its occasion. This is what the
 * answerer's subject and occasion filters match a claim by (claim-matching's
 * impliedEntities, wars and the speaker aside), so `said:<speaker>~<entity>`
 * holds every claim of that speaker that such a filter can let through.
 */
export function speakerContext(claim: Claim, knowledge: Knowledge): string[] {
  const ids = new Set<string>(claim.subjects);
  if (claim.place !== null) {
    ids.add(claim.place);
    const country = knowledge.countryOf(claim.place);
    if (country !== undefined) ids.add(country);
  }
  if (claim.event !== null) ids.add(claim.event);
  if (claim.speaker !== null) ids.delete(claim.speaker);
  return [...ids].filter((id) => isKeyableEntity(id, knowledge));
}

/**
 * Every key the claim is indexed under (de-duplicated, stable order).
 *
 * - figure claims: `fig:<unit>:<entity>` for each non-war subject, the
 *   speaker, the place and the event, so "how many troops paraded in Moscow"
 *   finds the parade figure even though the question names no country, and
 *   "how long a truce did Zelenskiy want" finds the figure he gave; and
 *   `fig:<unit>:<entity>@<war>` for each war the claim is about;
 * - claims with a speaker: `said:<speaker>`, `said:<speaker>@<place>`,
 *   `said:<speaker>@<year>` (figures included: "what did Putin say" should
 *   show the tolls he cited), and `said:<speaker>~<entity>` for each entity
 *   of speakerContext;
 * - every claim: `about:<subject>` for each non-war subject, and
 *   `about:<subject>@<war>` for each war it is about, so a question naming
 *   a country and a war reads only that pair's claims.
 */
export function lookupKeysForClaim(claim: Claim, knowledge: Knowledge): string[] {
  const keys = new Set<string>();
  const keyable = (id: string) => isKeyableEntity(id, knowledge);
  const keyableSubjects = claim.subjects.filter(keyable);

  const wars = knowledge.claimWars(claim);

  if (claim.figure !== null) {
    const unit = knowledge.normaliseUnit(claim.figure.unit);
    const anchors = [...keyableSubjects, claim.speaker, claim.place, claim.event].filter((id): id is string => id !== null && keyable(id));
    for (const id of anchors) keys.add(figureKey(unit, id));
    for (const id of anchors) for (const war of wars) keys.add(figureKey(unit, id, war));
  }

  if (claim.speaker !== null) {
    keys.add(saidKey(claim.speaker));
    if (claim.place !== null) keys.add(saidKey(claim.speaker, { place: claim.place }));
    const year = claimYear(claim);
    if (year !== undefined) keys.add(saidKey(claim.speaker, { year }));
    for (const id of speakerContext(claim, knowledge)) keys.add(saidAboutKey(claim.speaker, id));
  }

  for (const id of keyableSubjects) {
    keys.add(aboutKey(id));
    for (const war of wars) keys.add(aboutKey(id, war));
  }
  // What happened at a place is found by the place ("who was expected in Moscow").
  if (claim.place !== null) keys.add(aboutKey(claim.place));

  // A claim whose only subjects are wars and that has no speaker would be
  // unreachable. Index it under its event or place; a bare war key is only the
  // last resort (such a claim is a data problem: give it a non-war subject).
  if (keys.size === 0) {
    const anchor = claim.event ?? claim.place ?? claim.subjects[0];
    if (anchor !== undefined) keys.add(aboutKey(anchor));
  }
  return [...keys];
}
