/**
 * The grey line under each inline result's title: it should tell the user
 * what tapping the result will post, before they post it.
 *
 * - A topic result (title = the topic): its spread, "2 sources: ~15–20M vs 37M".
 *   A topic without figures has only "1 source" as a spread, so the first
 *   claim follows: "1 source · Xi said the two countries…".
 * - An example result (title = the example question): each topic it answers
 *   with its spread, "Chinese deaths in the Second World War — 2 sources:
 *   ~15–20M vs 37M", or its source count when it has no figures.
 * Topics and sentences are in the reply's language where a curator translated them.
 */
import type { Answer, TopicAnswer } from '../core/answer/answer-types';
import { claimSentenceIn, topicIn } from '../core/answer/render-answer';
import { truncatePlain } from './telegram-html';

/** Telegram shows about two lines; longer descriptions are cut here rather than by the client. */
export const INLINE_DESCRIPTION_MAX = 200;

const hasFigures = (topic: TopicAnswer) => topic.claims.some((c) => c.figure !== null);

/** The description of an inline result showing one topic; its first claim in the reply's language when a curator translated it. */
export function topicResultDescription(topic: TopicAnswer, answer: Pick<Answer, 'translations'> = {}): string {
  if (hasFigures(topic)) return truncatePlain(topic.spread, INLINE_DESCRIPTION_MAX);
  const claim = topic.claims[0];
  const first = claim === undefined ? undefined : claimSentenceIn(claim, answer);
  return truncatePlain(first ? `${topic.spread} · ${first}` : topic.spread, INLINE_DESCRIPTION_MAX);
}

/** The description of an inline result posting the whole answer to an example question. */
export function exampleResultDescription(answer: Answer): string {
  if (answer.topics.length === 0) return 'Tap to send the sourced answer';
  const parts = answer.topics.map((t) => (hasFigures(t) ? `${topicIn(t.topic, answer)} — ${t.spread}` : `${topicIn(t.topic, answer)} (${t.spread})`));
  return truncatePlain(parts.join(' · '), INLINE_DESCRIPTION_MAX);
}
