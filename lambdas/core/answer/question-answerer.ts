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
import type { Knowledge } from '../knowledge/knowledge';
import { vocabularyFor, type Vocabulary } from './question-vocabulary';
import { looksLikeQuestion } from './looks-like-question';

function claimSortKey(c: SourcedClaim): string {
  return `${c.date ?? c.source.published ?? '9999'}|${c.source.id}|${c.id}`;
}

/** Topics in the order the question cares about: figure topics first, then by date. */
export function groupByTopic(claims: readonly SourcedClaim[], knowledge: Knowledge): TopicAnswer[] {
  const sorted = claims.map((c) => ({ c, key: claimSortKey(c) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const byTopic = new Map<string, { key: string; claims: SourcedClaim[] }>();
  for (const { c, key } of sorted) {
    const group = byTopic.get(c.topic);
    if (group) group.claims.push(c);
    else byTopic.set(c.topic, { key, claims: [c] });
  }
  const topics = [...byTopic.entries()].map(([topic, group]) => ({
    order: `${group.claims.some((c) => c.figure !== null) ? 0 : 1}|${group.key}`,
    answer: { topic, claims: group.claims, ...judgeTopic(group.claims, knowledge) },
  }));
  return topics.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0)).map((t) => t.answer);
}

export function unanswered(question: string, knowledge: Knowledge): Answer {
  return { question, answered: false, topics: [], guide: knowledge.guide };
}

/** Display names of the entities the reply shows (speakers and places). */
export function namesOf(topics: readonly TopicAnswer[], knowledge: Knowledge): Record<string, string> {
  const names: Record<string, string> = {};
  for (const claim of topics.flatMap((t) => t.claims)) {
    for (const id of [claim.speaker, claim.place, claim.event, ...claim.subjects]) if (id !== null) names[id] = knowledge.name(id);
  }
  return names;
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
  private readonly vocabulary: Vocabulary;

  constructor(
    store: ClaimsStore,
    readonly knowledge: Knowledge,
  ) {
    this.find = store.findByLookupKeys.bind(store);
    this.vocabulary = vocabularyFor(knowledge);
  }

  /** Groups: whether a message addressed to the bot reads as a question at all. */
  looksLikeQuestion(text: string): boolean {
    return looksLikeQuestion(text, this.vocabulary);
  }

  async answer(question: string): Promise<Answer> {
    const v = this.vocabulary;
    const parsed: ParsedQuestion = parseQuestion(question, v);
    const plan = planLookup(parsed, v);
    if (plan === null || plan.keys.length === 0) return unanswered(question, this.knowledge);
    const claims = await this.find(plan.keys, { limitPerKey: MAX_ITEMS_PER_KEY });
    const selected = selectClaims(claims, parsed, plan, v);
    if (selected.length === 0) return unanswered(question, this.knowledge);
    const capped = capTopics(groupByTopic(selected, this.knowledge), parsed, plan, v);
    const omitted = capped.omittedClaims > 0 ? { topics: capped.omittedTopics, claims: capped.omittedClaims } : undefined;
    return { question, answered: true, topics: capped.topics, names: namesOf(capped.topics, this.knowledge), guide: this.knowledge.guide, ...(omitted ? { omitted } : {}) };
  }
}
