/**
 * Key design: answering never Scans and needs at most 3 DynamoDB requests,
 * however many unrelated claims the table holds, and however many more claims
 * the very speakers and countries the questions ask about get on other
 * subjects. Every request the answer path sends is recorded at the SDK level,
 * against DynamoDB Local.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionAnswerer } from '../../lambdas/core/answer/question-answerer';
import type { SourcedClaim } from '../../lambdas/core/claims/claim-schema';
import { loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { DynamoDbClaimsSeeder } from '../../lambdas/core/store/dynamodb-claims-seeder';
import { DATA_DIR } from '../../scripts/lib/claims-table';
import { QUESTION_SET } from '../answer/question-set';
import { createClaimsTableFixture, type ClaimsTableFixture } from '../support/claims-table-fixture';
import { KNOWLEDGE } from '../support/knowledge';

interface Recorded {
  commands: string[];
}

function recordCommands(fixture: ClaimsTableFixture): Recorded {
  const recorded: Recorded = { commands: [] };
  fixture.docClient.middlewareStack.add(
    (next, context) => async (args) => {
      recorded.commands.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
  return recorded;
}

/** Claims about countries, speakers and places the questions never ask about. */
function unrelatedClaims(template: SourcedClaim, count: number): SourcedClaim[] {
  const countries = ['france', 'poland', 'uk', 'brazil', 'serbia', 'slovakia'];
  return Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `synthetic-${i}`,
    kind: 'figure' as const,
    topic: `Synthetic topic ${i % 50}`,
    subjects: [countries[i % countries.length]!, 'wwii'],
    speaker: null,
    place: null,
    event: null,
    figure: { low: 1000 + i, high: 1000 + i, unit: i % 2 ? 'troops' : 'tanks', qualifiers: [] },
    text: `Synthetic claim ${i}.`,
  }));
}

/**
 * Claims by the real speakers (and about the real countries) on subjects,
 * places, occasions and years no question asks about, dated before every real
 * claim, with ids that sort before every real one: in a table ordered by id,
 * they would fill the first page of `said:putin`.
 */
function growthClaims(template: SourcedClaim, count: number): SourcedClaim[] {
  const speakers = ['putin', 'xi', 'kremlin', 'putin', 'xi'];
  const word = (n: number) => ['kalo', 'rivex', 'dinmo', 'quor', 'velsa', 'tazu'].map((w, k) => (k <= n % 6 ? w : '')).join('') + String.fromCharCode(97 + (n % 26));
  return Array.from({ length: count }, (_, i) => {
    const aboutCountry = i % 10 === 9;
    const text = `${word(i)} ${word(i >> 3)} ${word(i >> 5)}.`;
    return {
      ...template,
      id: `aaa-growth-${String(i).padStart(5, '0')}`,
      kind: i % 2 ? ('quote' as const) : ('statement' as const),
      topic: `${word(i >> 2)} ${word(i >> 4)}`,
      subjects: aboutCountry ? [i % 20 === 9 ? 'china' : 'russia', `zz-country-${i % 37}`] : [`zz-country-${i % 37}`],
      speaker: aboutCountry ? `zz-speaker-${i % 11}` : speakers[i % speakers.length]!,
      place: `zz-place-${i % 23}`,
      event: i % 3 === 0 ? `zz-summit-${i % 17}` : null,
      date: `${1995 + (i % 20)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      figure: null,
      text,
      excerpt: text,
    };
  });
}

describe('answer path requests', () => {
  let fixture: ClaimsTableFixture;
  let recorded: Recorded;
  let answerer: QuestionAnswerer;

  beforeAll(async () => {
    fixture = await createClaimsTableFixture({ seed: true });
    recorded = recordCommands(fixture);
    answerer = new QuestionAnswerer(fixture.store, KNOWLEDGE);
  });
  afterAll(() => fixture.drop());

  it.each(QUESTION_SET.map((c) => [c.question]))('%s: only Queries, at most 3', async (question) => {
    // Prepare
    recorded.commands.length = 0;

    // Act
    await answerer.answer(question);

    // Assess
    expect(recorded.commands.every((c) => c === 'QueryCommand')).toBe(true);
    expect(recorded.commands.length).toBeLessThanOrEqual(3);
  });

  it('sends the same requests and gives the same answers after 2,000 unrelated claims are added', async () => {
    // Prepare
    const before = [];
    for (const { question } of QUESTION_SET) {
      recorded.commands.length = 0;
      const answer = await answerer.answer(question);
      before.push({ requests: recorded.commands.length, ids: answer.topics.flatMap((t) => t.claims.map((c) => c.id)) });
    }
    const dataset = await loadDataset(DATA_DIR);
    const bigger = { ...dataset, claims: [...dataset.claims, ...unrelatedClaims(dataset.claims[0]!, 2000)] };
    await new DynamoDbClaimsSeeder(fixture.docClient, fixture.tableName, { concurrency: 8 }).seed(bigger);

    // Act
    const after = [];
    for (const { question } of QUESTION_SET) {
      recorded.commands.length = 0;
      const answer = await answerer.answer(question);
      after.push({ requests: recorded.commands.length, ids: answer.topics.flatMap((t) => t.claims.map((c) => c.id)) });
    }

    // Assess
    expect(after).toEqual(before);
  }, 120_000);
});

describe('answer path requests as the asked-about speakers grow', () => {
  const named = ['What did Putin say about the UN Security Council?', 'What did Xi say in Moscow?'];
  const questions = [...named, ...QUESTION_SET.map((c) => c.question)];
  let fixture: ClaimsTableFixture;
  let recorded: Recorded;
  let answerer: QuestionAnswerer;

  async function answerAll() {
    const results = [];
    for (const question of questions) {
      recorded.commands.length = 0;
      const answer = await answerer.answer(question);
      results.push({ question, commands: [...recorded.commands], ids: answer.topics.flatMap((t) => t.claims.map((c) => c.id)) });
    }
    return results;
  }

  beforeAll(async () => {
    fixture = await createClaimsTableFixture({ seed: true });
    recorded = recordCommands(fixture);
    answerer = new QuestionAnswerer(fixture.store, KNOWLEDGE);
  });
  afterAll(() => fixture.drop());

  it('gives the same answers after 3,000 claims by Putin, Xi and the Kremlin and about Russia and China on other subjects, in at most 3 Queries', async () => {
    // Prepare
    const before = await answerAll();
    const dataset = await loadDataset(DATA_DIR);
    const grown = growthClaims(dataset.claims[0]!, 3000);
    await new DynamoDbClaimsSeeder(fixture.docClient, fixture.tableName, { concurrency: 8 }).seed({ ...dataset, claims: [...dataset.claims, ...grown] });

    // Act
    const after = await answerAll();
    const putin = await fixture.store.readLookupKeys(['said:putin'], { knownSources: KNOWLEDGE.sources });

    // Assess
    expect(after.map(({ question, ids }) => ({ question, ids }))).toEqual(before.map(({ question, ids }) => ({ question, ids })));
    for (const { question, commands } of after) {
      expect(commands.every((c) => c === 'QueryCommand'), question).toBe(true);
      expect(commands.length, question).toBeLessThanOrEqual(3);
    }
    expect(after.find((a) => a.question === named[1])?.ids.sort()).toEqual(['jointstmt-xi-unswervingly-deepen', 'menafn-xi-enormous-losses', 'menafn-xi-strategic-bond']);
    // The growth is real: Putin's own partition now overflows the budget, and its first claims are still the newest, the real ones.
    expect(grown.filter((c) => c.speaker === 'putin').length).toBeGreaterThan(1000);
    expect(putin.truncated).toBe(true);
    const realPutin = dataset.claims.filter((c) => c.speaker === 'putin').map((c) => c.id).sort();
    expect(putin.claims.slice(0, realPutin.length).map((c) => c.id).sort()).toEqual(realPutin);
  }, 180_000);
});
