import { describe, expect, it } from 'vitest';
import type { TopicAnswer } from '../../lambdas/core/answer/answer-types';
import { INLINE_DESCRIPTION_MAX, exampleResultDescription, topicResultDescription } from '../../lambdas/bot/inline-descriptions';
import { testClaim } from '../answer/claim-fixtures';

const deaths: TopicAnswer = {
  topic: 'Chinese deaths in the Second World War',
  claims: [
    testClaim({ id: 'a', kind: 'figure', figure: { low: 15e6, high: 20e6, unit: 'deaths', qualifiers: [] }, text: 'An estimated 15 to 20 million died.' }),
    testClaim({ id: 'b', kind: 'figure', figure: { low: 37e6, high: 37e6, unit: 'deaths', qualifiers: [] }, text: 'Putin said 37 million died.' }),
  ],
  verdict: 'Sources differ: 15–20 million vs 37 million',
  spread: '2 sources: 15–20M vs 37M',
};
const partnership: TopicAnswer = {
  topic: 'Russia–China strategic partnership',
  claims: [testClaim({ id: 'c', kind: 'statement', text: 'Xi said the partnership is at its best in history.' })],
  verdict: '1 source reports this',
  spread: '1 source',
};

describe('inline result descriptions', () => {
  it('describe a topic with figures by its spread', () => {
    // Prepare / Act / Assess
    expect(topicResultDescription(deaths)).toBe('2 sources: 15–20M vs 37M');
  });

  it('describe a topic without figures by its source count and first claim, not by the count alone', () => {
    // Prepare / Act / Assess
    expect(topicResultDescription(partnership)).toBe('1 source · Xi said the partnership is at its best in history.');
  });

  it('describe an example answer by what each of its topics shows', () => {
    // Prepare / Act
    const description = exampleResultDescription({ question: 'q', answered: true, topics: [deaths, partnership] });

    // Assess
    expect(description).toBe('Chinese deaths in the Second World War — 2 sources: 15–20M vs 37M · Russia–China strategic partnership (1 source)');
  });

  it('name topics and first claims in the reply’s language where a curator translated them', () => {
    // Prepare
    const answer = { question: 'q', answered: true, language: 'ru', topics: [deaths, partnership], topicTranslations: { 'Russia–China strategic partnership': 'Стратегическое партнёрство России и Китая' }, translations: { c: 'Си Цзиньпин сказал, что партнёрство переживает лучший период в истории.' } };

    // Act
    const example = exampleResultDescription(answer);
    const topic = topicResultDescription(partnership, answer);

    // Assess
    expect(example).toBe('Chinese deaths in the Second World War — 2 sources: 15–20M vs 37M · Стратегическое партнёрство России и Китая (1 source)');
    expect(topic).toBe('1 source · Си Цзиньпин сказал, что партнёрство переживает лучший период в истории.');
  });

  it('stay within the length Telegram shows', () => {
    // Prepare
    const many = Array.from({ length: 10 }, (_, i) => ({ ...partnership, topic: `Topic number ${i} with a long name` }));
    const wordy = { ...partnership, claims: [testClaim({ text: 'x'.repeat(500) })] };

    // Act / Assess
    expect(exampleResultDescription({ question: 'q', answered: true, topics: many }).length).toBeLessThanOrEqual(INLINE_DESCRIPTION_MAX);
    expect(topicResultDescription(wordy).length).toBeLessThanOrEqual(INLINE_DESCRIPTION_MAX);
  });
});
