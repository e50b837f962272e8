/**
 * QuestionAnswerer over the in-memory index (same lookup keys as the
 * DynamoDB seeder): properties that need many runs, which DynamoDB Local
 * would make slow.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUESTIONS_PER_MESSAGE, QuestionAnswerer } from '../../lambdas/core/answer/question-answerer';
import { MAX_LOOKUP_KEYS } from '../../lambdas/core/claims/lookup-keys';
import { loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { DATA_DIR } from '../../scripts/lib/claims-table';
import { InMemoryClaimsStore } from './in-memory-claims-store';
import { KNOWLEDGE } from '../support/knowledge';

describe('QuestionAnswerer (in-memory index)', () => {
  let store: InMemoryClaimsStore;
  let answerer: QuestionAnswerer;

  beforeAll(async () => {
    const dataset = await loadDataset(DATA_DIR);
    store = new InMemoryClaimsStore(dataset.claims, dataset.sources);
    answerer = new QuestionAnswerer(store, KNOWLEDGE);
  });

  it.each(KNOWLEDGE.guide.examples.map((q) => [q]))('answers the example question %j', async (question) => {
    // Prepare / Act
    const answer = await answerer.answer(question);

    // Assess
    expect(answer.answered).toBe(true);
  });

  it.each(Object.entries(KNOWLEDGE.guide.localExamples ?? {}).flatMap(([language, questions]) => questions.map((q) => [language, q])))('answers the %s example question %j in its language', async (language, question) => {
    // Prepare / Act
    const answer = await answerer.answer(question);

    // Assess
    expect(answer.answered).toBe(true);
    expect(answer.language).toBe(language);
  });

  it.each([
    ['Xi Moscow 2025?', 'ru', 'ru'],
    ['Putin WWII', 'zh-hans', 'zh'],
    ['🤔 1945', 'ru', 'ru'],
    ['How many Chinese died in WWII?', 'ru', 'en'],
    ['Что сказал Си в Москве?', 'zh', 'ru'],
    ['Xi Moscow 2025?', 'de', 'en'],
    ['Xi Moscow 2025?', undefined, 'en'],
  ] as const)('replies to %j from a %s Telegram user in %s: the message’s own words first, then the user’s language', async (question, userLanguage, expected) => {
    // Prepare / Act
    const answer = await answerer.answer(question, userLanguage === undefined ? {} : { userLanguage });

    // Assess
    expect(answer.language).toBe(expected);
  });

  it('answers any text without throwing, in one lookup of at most three keys per question (two questions at most per message)', async () => {
    // Prepare
    const words = fc.constantFrom('how', 'many', 'what', 'did', 'say', 'Xi', 'Putin', 'Chinese', 'Russians', 'died', 'in', 'Moscow', 'WWII', '2020', '75th', 'anniversary', 'and', 'the', 'joint', 'statement', '<b>', '&', '’s', '?', 'Korean', 'war');
    const questions = fc.oneof(fc.string({ maxLength: 300 }), fc.array(words, { maxLength: 20 }).map((w) => w.join(' ')));

    await fc.assert(
      fc.asyncProperty(questions, async (question) => {
        const before = store.lookups.length;

        // Act
        const answer = await answerer.answer(question);

        // Assess
        expect(answer.answered).toBe(answer.topics.length > 0);
        expect(store.lookups.length - before).toBeLessThanOrEqual(MAX_QUESTIONS_PER_MESSAGE); // one lookup per question of the message
        for (const keys of store.lookups.slice(before)) expect(keys.length).toBeLessThanOrEqual(MAX_LOOKUP_KEYS);
      }),
      { numRuns: 500 },
    );
  });

  it('says "Sources differ" only between sources, and counts in the verdict what the header counts', async () => {
    // Prepare
    const questions = ['What did Putin and Zelenskiy say about the ceasefire?', 'When did Xi visit Moscow?', 'What did Xi say in Moscow?'];

    // Act
    const answers = await Promise.all(questions.map((q) => answerer.answer(q)));

    // Assess
    const [ceasefire, visit, said] = answers.map((a) => a.topics[0]);
    expect(ceasefire?.verdict).toBe('1 source, an unnamed outlet — Putin: 8–10 May 2025; Zelenskiy: 30 days');
    expect(visit?.topic).toBe("Xi's visit to Moscow, May 2025");
    expect(visit?.verdict).toBe('1 source: 7–10 May 2025 (an unnamed outlet); 3 more sources report it without a figure');
    expect(new Set(visit?.claims.map((c) => c.source.id)).size).toBe(4);
    for (const topic of answers.flatMap((a) => a.topics)) {
      const sources = new Set(topic.claims.map((c) => c.source.id)).size;
      expect(topic.verdict, topic.topic).not.toMatch(/\bagree\b.*\bReported\b/);
      if (sources === 1) expect(topic.verdict, topic.topic).not.toMatch(/differ|agree/);
      if (topic.claims.every((c) => c.figure === null)) expect(topic.verdict).toMatch(sources === 1 ? / alone\b/ : new RegExp(`reported by ${sources} (?:sources|outlets)`, 'i'));
    }
    expect(said?.verdict).toMatch(/\breported by\b/i);
  });

  it('caps a one-word question and says so, and leaves a focused one whole', async () => {
    // Prepare / Act
    const broad = await answerer.answer('China');
    const focused = await answerer.answer('What did Xi say in Moscow?');

    // Assess
    expect(broad.topics.length).toBeLessThanOrEqual(5);
    expect(broad.topics.flatMap((t) => t.claims).length).toBeLessThanOrEqual(12);
    expect(broad.topics[0]?.topic).toBe('Chinese deaths in the Second World War');
    expect(broad.omitted?.topics.length).toBeGreaterThan(0);
    expect(focused.omitted).toBeUndefined();
  });
});
