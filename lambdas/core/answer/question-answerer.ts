/**
 * Question in, sourced answer out: parse, read at most three partitions,
 * keep only the claims that answer this very question, group them by topic
 * and judge whether each topic's sources agree. Never composes an answer of
 * its own; no matching claim means `answered: false`.
 */
import type { SourcedClaim } from '../claims/claim-schema';
import type { ClaimsStore } from '../store/claims-store';
import type { Answer, TopicAnswer } from './answer-types';
import { selectClaims } from './claim-matching';
import { planLookup } from './lookup-plan';
import { parseQuestion, type ParsedQuestion } from './parse-question';
import { judgeTopic } from './topic-verdict';

function claimSortKey(c: SourcedClaim): string {
  return `${c.date ?? c.source.published ?? '9999'}|${c.source.id}|${c.id}`;
}

/** Topics in the order the question cares about: figure topics first, then by date. */
export function groupByTopic(claims: readonly SourcedClaim[]): TopicAnswer[] {
  const byTopic = new Map<string, SourcedClaim[]>();
  for (const claim of [...claims].sort((a, b) => claimSortKey(a).localeCompare(claimSortKey(b)))) {
    byTopic.set(claim.topic, [...(byTopic.get(claim.topic) ?? []), claim]);
  }
  const topics = [...byTopic.entries()].map(([topic, topicClaims]) => ({ topic, claims: topicClaims, ...judgeTopic(topicClaims) }));
  const hasFigure = (t: TopicAnswer) => (t.claims.some((c) => c.figure !== null) ? 0 : 1);
  return topics.sort((a, b) => hasFigure(a) - hasFigure(b) || claimSortKey(a.claims[0] as SourcedClaim).localeCompare(claimSortKey(b.claims[0] as SourcedClaim)));
}

export function unanswered(question: string): Answer {
  return { question, answered: false, topics: [] };
}

export class QuestionAnswerer {
  constructor(private readonly store: ClaimsStore) {}

  async answer(question: string): Promise<Answer> {
    const parsed: ParsedQuestion = parseQuestion(question);
    const plan = planLookup(parsed);
    if (plan === null || plan.keys.length === 0) return unanswered(question);
    const claims = await this.store.findByLookupKeys(plan.keys);
    const selected = selectClaims(claims, parsed, plan);
    if (selected.length === 0) return unanswered(question);
    return { question, answered: true, topics: groupByTopic(selected) };
  }
}
