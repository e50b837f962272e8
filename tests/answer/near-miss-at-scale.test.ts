/**
 * A near miss shows the closest claims however many claims a speaker has:
 * a relaxed question ("What did Putin say in 2019?" read as "What did Putin
 * say?") reaches the speaker's whole partition, and the related topics must
 * still be the ones the bare dataset gives, not whichever are oldest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionAnswerer } from '../../lambdas/core/answer/question-answerer';
import type { SourcedClaim } from '../../lambdas/core/claims/claim-schema';
import { loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { DynamoDbClaimsSeeder } from '../../lambdas/core/store/dynamodb-claims-seeder';
import { DATA_DIR } from '../../scripts/lib/claims-table';
import { createClaimsTableFixture, type ClaimsTableFixture } from '../support/claims-table-fixture';
import { KNOWLEDGE } from '../support/knowledge';

/** Older statements and figures by one speaker on subjects no question asks about, each its own topic. */
function olderStatements(template: SourcedClaim, speaker: string, count: number): SourcedClaim[] {
  return Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `older-${speaker}-${String(i).padStart(4, '0')}`,
    kind: i % 2 === 0 ? ('figure' as const) : ('statement' as const),
    topic: `Zqorvan topic ${i}`,
    subjects: ['russia'],
    speaker,
    place: null,
    event: null,
    date: `${1995 + (i % 15)}-03-0${1 + (i % 9)}`,
    figure: i % 2 === 0 ? { low: i, high: i, unit: 'zqorvans', qualifiers: [] } : null,
    text: `Zqorvan remark ${i}.`,
  }));
}

const NEAR_MISSES = ['What did Putin say in 2019?', 'What did Putin say on the 70th anniversary?', 'did putin say anything in 2018'];

describe('near misses as a speaker’s partition grows (DynamoDB Local)', () => {
  let bare: ClaimsTableFixture;
  let grown: ClaimsTableFixture;

  beforeAll(async () => {
    const dataset = await loadDataset(DATA_DIR);
    bare = await createClaimsTableFixture();
    grown = await createClaimsTableFixture();
    await new DynamoDbClaimsSeeder(bare.docClient, bare.tableName, { concurrency: 8 }).seed(dataset);
    const bigger = { ...dataset, claims: [...dataset.claims, ...olderStatements(dataset.claims[0]!, 'putin', 300)] };
    await new DynamoDbClaimsSeeder(grown.docClient, grown.tableName, { concurrency: 8 }).seed(bigger);
  }, 120_000);
  afterAll(async () => {
    await bare?.drop();
    await grown?.drop();
  });

  it.each(NEAR_MISSES.map((q) => [q]))('%j shows the same related claims with 300 older claims by the speaker', async (question) => {
    // Prepare
    const before = new QuestionAnswerer(bare.store, KNOWLEDGE);
    const after = new QuestionAnswerer(grown.store, KNOWLEDGE);

    // Act
    const expected = await before.answer(question);
    const actual = await after.answer(question);

    // Assess
    expect(expected.reason).toBe('near-miss');
    expect(actual.reason).toBe('near-miss');
    const ids = (a: typeof actual) => (a.related ?? []).map((t) => t.claims.map((c) => c.id));
    expect(ids(actual).flat().some((id) => id.startsWith('older-'))).toBe(false);
    expect(ids(actual)).toEqual(ids(expected));
  });
});
