import { describe, expect, it } from 'vitest';
import { capTopics, MAX_CLAIMS, MAX_TOPICS } from '../../lambdas/core/answer/answer-cap';
import type { Answer } from '../../lambdas/core/answer/answer-types';
import { planLookup } from '../../lambdas/core/answer/lookup-plan';
import { parseQuestion } from '../../lambdas/core/answer/parse-question';
import { groupByTopic } from '../../lambdas/core/answer/question-answerer';
import { renderReplyText } from '../../lambdas/core/answer/render-answer';
import { testClaim } from './claim-fixtures';
import { KNOWLEDGE, VOCABULARY } from '../support/knowledge';

const parsed = parseQuestion('China', VOCABULARY);
const plan = planLookup(parsed, VOCABULARY)!;

/** `perTopic` claims on each of `topics` topics, from `sources` sources in turn. */
function topicsOf(topics: number, perTopic: number, sources = 1) {
  const claims = Array.from({ length: topics * perTopic }, (_, i) =>
    testClaim({ id: `c${i}`, topic: `Topic ${Math.floor(i / perTopic)}`, subjects: ['china'], source: { id: `s${i % sources}`, outlet: `S${i % sources}` } }),
  );
  return groupByTopic(claims, KNOWLEDGE);
}

describe('capTopics', () => {
  it('leaves a small answer alone', () => {
    // Prepare
    const topics = topicsOf(2, 3);

    // Act
    const capped = capTopics(topics, parsed, plan, VOCABULARY);

    // Assess
    expect(capped.topics).toHaveLength(2);
    expect(capped.omittedClaims).toBe(0);
    expect(capped.omittedTopics).toEqual([]);
  });

  it(`keeps at most ${MAX_TOPICS} topics and ${MAX_CLAIMS} claims, and lists what it left out`, () => {
    // Prepare
    const topics = topicsOf(20, 2);

    // Act
    const capped = capTopics(topics, parsed, plan, VOCABULARY);

    // Assess
    expect(capped.topics.length).toBeLessThanOrEqual(MAX_TOPICS);
    expect(capped.topics.flatMap((t) => t.claims).length).toBeLessThanOrEqual(MAX_CLAIMS);
    expect(capped.omittedTopics).toHaveLength(20 - capped.topics.length);
    expect(capped.omittedClaims).toBe(40 - capped.topics.flatMap((t) => t.claims).length);
  });

  it('trims an oversized first topic but keeps every one of its sources side by side, and its verdict on all claims', () => {
    // Prepare
    const [big] = topicsOf(1, 30, 3);

    // Act
    const capped = capTopics([big!], parsed, plan, VOCABULARY);

    // Assess
    const [shown] = capped.topics;
    expect(shown?.claims).toHaveLength(MAX_CLAIMS);
    expect(new Set(shown?.claims.map((c) => c.source.id)).size).toBe(3);
    expect(shown?.omittedClaims).toBe(30 - MAX_CLAIMS);
    expect(shown?.verdict).toBe(big?.verdict);
  });

  it('ranks the topics that name what was asked first', () => {
    // Prepare
    const claims = [
      testClaim({ id: 'a', topic: 'Something else', subjects: ['china'] }),
      testClaim({ id: 'b', topic: "China's stance", subjects: ['china'] }),
    ];

    // Act
    const capped = capTopics(groupByTopic(claims, KNOWLEDGE), parsed, plan, VOCABULARY);

    // Assess
    expect(capped.topics.map((t) => t.topic)).toEqual(["China's stance", 'Something else']);
  });
});

describe('rendering a capped answer', () => {
  it('says how much was left out and suggests a narrower question', () => {
    // Prepare
    const capped = capTopics(topicsOf(10, 3), parsed, plan, VOCABULARY);
    const answer: Answer = { question: 'China', answered: true, topics: capped.topics, guide: KNOWLEDGE.guide, omitted: { topics: capped.omittedTopics, claims: capped.omittedClaims } };

    // Act
    const text = renderReplyText(answer, 'terminal');

    // Assess
    expect(text).toMatch(/More: \d+ more topics not shown \(\d+ claims\): Topic \d+; Topic \d+; Topic \d+; … — ask a narrower question, e\.g\. “How many Chinese died in WWII\?”$/);
  });

  it('marks a trimmed topic', () => {
    // Prepare
    const capped = capTopics(topicsOf(1, 20, 2), parsed, plan, VOCABULARY);
    const answer: Answer = { question: 'China', answered: true, topics: capped.topics, guide: KNOWLEDGE.guide, omitted: { topics: [], claims: capped.omittedClaims } };

    // Act
    const text = renderReplyText(answer, 'terminal');

    // Assess
    expect(text).toContain(`+${20 - MAX_CLAIMS} more claims on this topic from the same sources; the verdict covers them.`);
    expect(text).toContain(`More: ${20 - MAX_CLAIMS} more claims not shown — ask a narrower question`);
  });
});
