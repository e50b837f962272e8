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
  const sorted = claims.map((c) => ({ c, key: claimSortKey(c) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const byTopic = new Map<string, { key: string; claims: SourcedClaim[] }>();
  for (const { c, key } of sorted) {
    const group = byTopic.get(c.topic);
    if (group) group.claims.push(c);
    else byTopic.set(c.topic, { key, claims: [c] });
  }
  const topics = [...byTopic.entries()].map(([topic, group]) => ({
    order: `${group.claims.some((c) => c.figure !== null) ? 0 : 1}|${group.key}`,
    answer: { topic, claims: group.claims, ...judgeTopic(group.claims) },
  }));
  return topics.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0)).map((t) => t.answer);
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
