/**
 * Key design: answering never Scans and needs at most 3 DynamoDB requests,
 * however many unrelated claims the table holds. Every request the answer path
 * sends is recorded at the SDK level, against DynamoDB Local.
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
