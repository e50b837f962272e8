/**
 * Answers stay bounded however large a partition grows: one Query page of at
 * most MAX_ITEMS_PER_KEY items per key (DynamoDB Local, requests recorded at
 * the SDK level), and at most MAX_TOPICS topics / about MAX_CLAIMS claims in
 * the reply, with a note of what was left out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CLAIMS, MAX_TOPICS } from '../../lambdas/core/answer/answer-cap';
import { MAX_ITEMS_PER_KEY, QuestionAnswerer } from '../../lambdas/core/answer/question-answerer';
import { renderReplyText } from '../../lambdas/core/answer/render-answer';
import type { SourcedClaim } from '../../lambdas/core/claims/claim-schema';
import { loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { DynamoDbClaimsSeeder } from '../../lambdas/core/store/dynamodb-claims-seeder';
import { DATA_DIR } from '../../scripts/lib/claims-table';
import { createClaimsTableFixture, type ClaimsTableFixture } from '../support/claims-table-fixture';
import { KNOWLEDGE } from '../support/knowledge';

/** Statements about China, all filed under about:china, on topics of their own. */
function chinaClaims(template: SourcedClaim, count: number): SourcedClaim[] {
  return Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `bulk-china-${String(i).padStart(4, '0')}`,
    kind: 'statement' as const,
    topic: `Bulk topic ${i % 40}`,
    subjects: ['china'],
    speaker: null,
    place: null,
    event: null,
    date: null,
    figure: null,
    text: `Bulk statement ${i} about China.`,
  }));
}

describe('bounded answers (DynamoDB Local)', () => {
  let fixture: ClaimsTableFixture;
  const commands: { name: string; limit: unknown }[] = [];

  beforeAll(async () => {
    fixture = await createClaimsTableFixture();
    const dataset = await loadDataset(DATA_DIR);
    const bigger = { ...dataset, claims: [...dataset.claims, ...chinaClaims(dataset.claims[0]!, 3 * MAX_ITEMS_PER_KEY)] };
    await new DynamoDbClaimsSeeder(fixture.docClient, fixture.tableName, { concurrency: 8 }).seed(bigger);
    fixture.docClient.middlewareStack.add(
      (next, context) => async (args) => {
        commands.push({ name: String(context.commandName), limit: (args.input as { Limit?: unknown }).Limit });
        return next(args);
      },
      { step: 'initialize', name: 'recordBoundedCommands' },
    );
  }, 120_000);
  afterAll(() => fixture.drop());

  it('reads one page of at most the limit per key, never following LastEvaluatedKey', async () => {
    // Prepare
    commands.length = 0;

    // Act
    const claims = await fixture.store.findByLookupKeys(['about:china', 'about:russia'], { limitPerKey: 25 });

    // Assess
    expect(commands).toEqual([
      { name: 'QueryCommand', limit: 25 },
      { name: 'QueryCommand', limit: 25 },
    ]);
    expect(claims.length).toBeLessThanOrEqual(50);
  });

  it('answers a one-word question from a huge partition in at most 3 single-page Queries, capped, saying what it left out', async () => {
    // Prepare
    commands.length = 0;
    const answerer = new QuestionAnswerer(fixture.store, KNOWLEDGE);

    // Act
    const answer = await answerer.answer('China');
    const reply = renderReplyText(answer, 'terminal');

    // Assess
    expect(commands.length).toBeLessThanOrEqual(3);
    for (const c of commands) expect(c).toEqual({ name: 'QueryCommand', limit: MAX_ITEMS_PER_KEY });
    const shown = answer.topics.flatMap((t) => t.claims);
    expect(answer.topics.length).toBeLessThanOrEqual(MAX_TOPICS);
    expect(shown.length).toBeLessThanOrEqual(MAX_CLAIMS);
    expect(answer.omitted?.claims).toBeGreaterThan(0);
    expect(reply).toMatch(/more topics not shown \(\d+ claims\): .* — ask a narrower question, e\.g\. “/);
  });
});
