/**
 * Keeps an answer readable: the best-matching topics first, at most
 * MAX_TOPICS topics and about MAX_CLAIMS claims, and a note of what was left
 * out so the reply can say so. A one-word question ("China") would otherwise
 * come back as fifty claims in eight Telegram messages.
 *
 * A topic that only partly fits keeps one claim per source (best-matching
 * first), so its sources stay side by side; its verdict was judged on all its
 * claims and says so.
 */
import type { SourcedClaim } from '../claims/claim-schema';
import type { TopicAnswer } from './answer-types';
import { keywordsMatch, speakerMatches, topicHasKeywords, topicMentions } from './claim-matching';
import type { LookupPlan } from './lookup-plan';
import type { ParsedQuestion } from './parse-question';
import type { Vocabulary } from './question-vocabulary';

export const MAX_TOPICS = 5;
export const MAX_CLAIMS = 12;

/** How squarely a claim answers the question: its topic names what was asked, its own words carry the keywords. */
export function claimScore(claim: SourcedClaim, parsed: ParsedQuestion, plan: LookupPlan, v: Vocabulary): number {
  const named = [...plan.speakers, ...plan.subjects].filter((g) => !g.implicit);
  let score = 0;
  if (named.length > 0 && named.some((g) => topicMentions(claim, g, v))) score += 2;
  if (parsed.keywords.length > 0 && topicHasKeywords(claim, parsed.keywords)) score += 2;
  if (parsed.keywords.length > 0 && keywordsMatch(parsed.keywords, claim, v, false)) score += 1;
  if (plan.speakers.some((g) => !g.implicit && speakerMatches(claim, g, v))) score += 1;
  // "What did X say": their own words first.
  if (parsed.intent === 'said' && claim.kind === 'quote') score += 1;
  return score;
}

/** A topic's claims before they are judged: capping comes first, so only the topics shown are judged. */
export interface TopicGroup {
  readonly topic: string;
  readonly claims: readonly SourcedClaim[];
}

/** A topic kept by the cap: `judgedOn` is every claim of a trimmed topic, which its verdict still judges. */
export type CappedTopic<T extends TopicGroup> = T & { readonly omittedClaims?: number; readonly judgedOn?: readonly SourcedClaim[] };

/** Claims of a topic in the order to keep them: best first, and every source once before any source twice. */
function claimsByPreference(topic: TopicGroup, score: (c: SourcedClaim) => number): SourcedClaim[] {
  const ranked = topic.claims.map((c, i) => ({ c, i, s: score(c) })).sort((a, b) => b.s - a.s || a.i - b.i);
  const seen = new Set<string>();
  const firsts: typeof ranked = [];
  const others: typeof ranked = [];
  for (const r of ranked) {
    if (seen.has(r.c.source.id)) others.push(r);
    else firsts.push(r);
    seen.add(r.c.source.id);
  }
  return [...firsts, ...others].map((r) => r.c);
}

export interface CappedTopics<T extends TopicGroup = TopicAnswer> {
  readonly topics: Array<CappedTopic<T>>;
  /** Topics left out entirely, best-matching first. */
  readonly omittedTopics: string[];
  /** Claims not shown: those of omitted topics and those trimmed from shown ones. */
  readonly omittedClaims: number;
}

/** Rank topics best-matching first and cap them (see the module comment). */
export function capTopics<T extends TopicGroup>(topics: readonly T[], parsed: ParsedQuestion, plan: LookupPlan, v: Vocabulary): CappedTopics<T> {
  const scores = new Map<SourcedClaim, number>();
  const score = (c: SourcedClaim) => {
    let s = scores.get(c);
    if (s === undefined) scores.set(c, (s = claimScore(c, parsed, plan, v)));
    return s;
  };
  const ranked = topics
    .map((topic, order) => {
      const best = Math.max(...topic.claims.map(score));
      // Sources side by side are what the bot is for: a topic several sources cover ranks higher.
      const sources = new Set(topic.claims.map((c) => c.source.id)).size;
      return { topic, order, rank: best * 2 + (sources > 1 ? 1 : 0) };
    })
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .map((r) => r.topic);

  const shown: Array<CappedTopic<T>> = [];
  const omittedTopics: string[] = [];
  let omittedClaims = 0;
  let budget = MAX_CLAIMS;
  for (const topic of ranked) {
    const sources = new Set(topic.claims.map((c) => c.source.id)).size;
    const fits = topic.claims.length <= budget;
    // The first topic is always shown, trimmed if need be; later ones only if each of their sources fits.
    const trimmable = shown.length === 0 || sources <= budget;
    if (shown.length >= MAX_TOPICS || (!fits && !trimmable) || budget <= 0) {
      omittedTopics.push(topic.topic);
      omittedClaims += topic.claims.length;
      continue;
    }
    if (fits) {
      shown.push(topic);
      budget -= topic.claims.length;
      continue;
    }
    const keep = Math.max(budget, sources);
    const kept = new Set(claimsByPreference(topic, score).slice(0, keep));
    shown.push({ ...topic, claims: topic.claims.filter((c) => kept.has(c)), omittedClaims: topic.claims.length - kept.size, judgedOn: topic.claims });
    omittedClaims += topic.claims.length - kept.size;
    budget -= kept.size;
  }
  return { topics: shown, omittedTopics, omittedClaims };
}
