/**
 * Question in, sourced answer out: parse, read at most three partitions,
 * keep only the claims that answer this very question, group them by topic
 * and judge whether each topic's sources agree. Never composes an answer of
 * its own; no matching claim means `answered: false`.
 */
import type { SourcedClaim } from '../claims/claim-schema';
import type { ClaimsStore } from '../store/claims-store';
import type { Answer, TopicAnswer } from './answer-types';
import { capTopics } from './answer-cap';
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

/**
 * Items read per lookup key: one Query page each, so an answer costs at most
 * three Queries however large a partition grows. Well above any partition of
 * the curated dataset (the largest holds 57 claims), and a few hundred KB at most.
 */
export const MAX_ITEMS_PER_KEY = 100;

/** A store that can cap each key's Query; stores without the option read whole partitions. */
type BoundedLookup = (keys: readonly string[], options?: { limitPerKey?: number }) => Promise<SourcedClaim[]>;

export class QuestionAnswerer {
  private readonly find: BoundedLookup;

  constructor(store: ClaimsStore) {
    this.find = store.findByLookupKeys.bind(store);
  }

  async answer(question: string): Promise<Answer> {
    const parsed: ParsedQuestion = parseQuestion(question);
    const plan = planLookup(parsed);
    if (plan === null || plan.keys.length === 0) return unanswered(question);
    const claims = await this.find(plan.keys, { limitPerKey: MAX_ITEMS_PER_KEY });
    const selected = selectClaims(claims, parsed, plan);
    if (selected.length === 0) return unanswered(question);
    const capped = capTopics(groupByTopic(selected), parsed, plan);
    const omitted = capped.omittedClaims > 0 ? { topics: capped.omittedTopics, claims: capped.omittedClaims } : undefined;
    return { question, answered: true, topics: capped.topics, ...(omitted ? { omitted } : {}) };
  }
}
