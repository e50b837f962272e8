/**
 * The `npm run ask -- --json` line: a stable public shape (PublicAnswerJson)
 * decoupled from the internal Answer, with display names instead of entity
 * ids and the plain-text reply.
 */
import type { SourcedClaim } from '../claims/claim-schema';
import type { Answer, PublicAnswerJson } from './answer-types';
import { renderReplyText } from './render-answer';

function displayName(id: string | null, names: Answer['names']): string | null {
  return id === null ? null : (names?.[id] ?? id);
}

type PublicClaim = PublicAnswerJson['claims'][number];

function distinctClaims(topics: Answer['topics']): SourcedClaim[] {
  const seen = new Set<string>();
  return topics.flatMap((t) => t.claims).filter((c) => !seen.has(c.id) && seen.add(c.id));
}

function contextClaims(answer: Answer, shown: ReadonlySet<string>): SourcedClaim[] {
  const seen = new Set(shown);
  return answer.topics.flatMap((t) => (t.check?.kind === 'figure' ? t.check.context : [])).filter((c) => !seen.has(c.id) && seen.add(c.id));
}

export function toPublicJson(answer: Answer): PublicAnswerJson {
  const claims = distinctClaims(answer.topics);
  const toPublic = (c: SourcedClaim): PublicClaim => ({
      id: c.id,
      kind: c.kind,
      topic: c.topic,
      speaker: displayName(c.speaker, answer.names),
      place: displayName(c.place, answer.names),
      date: c.date,
      figure: c.figure === null ? null : { low: c.figure.low, high: c.figure.high, unit: c.figure.unit, qualifiers: [...c.figure.qualifiers] },
      text: c.text,
      excerpt: c.excerpt,
      source: {
        id: c.source.id,
        outlet: c.source.outlet,
        origin: c.source.origin,
        url: c.source.url,
        published: c.source.published,
        document: c.source.document,
      },
    });
  return {
    question: answer.question,
    answered: claims.length > 0,
    claims: claims.map(toPublic),
    // Close claims that do not answer it (a near miss); empty otherwise. Same shape as claims.
    related: distinctClaims(answer.related ?? []).map(toPublic),
    // Without ANSI: this is data, whatever the terminal.
    reply: renderReplyText(answer, 'terminal', { color: false }),
    language: answer.language ?? null,
    // Other sources' figures shown beside the one speaker's that was asked about.
    context: contextClaims(answer, new Set(claims.map((c) => c.id))).map(toPublic),
  };
}
