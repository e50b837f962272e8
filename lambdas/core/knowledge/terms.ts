/**
 * The words a claim can be found by: its own text, topic, qualifiers and
 * passage, and the names and aliases of the entities it carries. One
 * definition for the term statistics (knowledge) and for matching (reading).
 */
import type { Claim } from '../claims/claim-schema';
import { normaliseText, stem, tokenise } from '../answer/normalise-question';

export { stem };

/** Distinct stems of everything a claim can be found by. */
export function claimTermsOf(claim: Claim, entityWords: (id: string) => readonly string[]): Set<string> {
  const ids = [...claim.subjects, claim.speaker, claim.place, claim.event].filter((id): id is string => id !== null);
  const parts = [claim.text, claim.topic, claim.excerpt, ...(claim.figure?.qualifiers ?? []), claim.figure?.unit ?? '', ...ids.flatMap(entityWords)];
  return new Set(tokenise(normaliseText(parts.join(' '))).map(stem));
}
