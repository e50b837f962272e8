import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lookupKeysForClaim } from '../../lambdas/core/claims/lookup-keys';
import { DatasetValidationError, loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { DynamoDbClaimsSeeder, SeedError } from '../../lambdas/core/store/dynamodb-claims-seeder';
import { DATA_DIR } from '../../scripts/lib/claims-table';
import { createClaimsTableFixture, type ClaimsTableFixture } from '../support/claims-table-fixture';
import { FIRST_CLAIMS_FILE, copyDataDir, type DataDirCopy } from '../support/data-dir-copy';
import { KNOWLEDGE } from '../support/knowledge';

async function countItems(fixture: ClaimsTableFixture): Promise<number> {
  // A Scan is fine here: the test inspects the whole table on purpose.
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await fixture.docClient.send(new ScanCommand({ TableName: fixture.tableName, Select: 'COUNT', ExclusiveStartKey: start }));
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}

describe('DynamoDbClaimsSeeder against DynamoDB Local', () => {
  let fixture: ClaimsTableFixture;
  let data: DataDirCopy;

  beforeEach(async () => {
    fixture = await createClaimsTableFixture();
    data = copyDataDir();
  });
  afterEach(async () => {
    data.remove();
    await fixture.drop();
  });

  it('adds everything on the first run and changes nothing on the second', async () => {
    // Prepare
    const dataset = await loadDataset(DATA_DIR);

    // Act
    const first = await fixture.seedFrom();
    const itemsAfterFirst = await countItems(fixture);
    const second = await fixture.seedFrom();

    // Assess
    expect(first.added).toHaveLength(dataset.claims.length);
    expect(first.sources.added).toHaveLength(5);
    expect(second).toEqual({ added: [], changed: [], removed: [], unchanged: dataset.claims.length, sources: { added: [], changed: [], removed: [] }, writes: 0 });
    expect(await countItems(fixture)).toBe(itemsAfterFirst);
    const indexItems = dataset.claims.reduce((n, c) => n + lookupKeysForClaim(c, KNOWLEDGE).length, 0);
    expect(itemsAfterFirst).toBe(indexItems + dataset.claims.length + dataset.sources.length);
  });

  it('rewrites a changed claim and removes a claim deleted from data/, with all its index items', async () => {
    // Prepare
    await fixture.seedFrom(data.dir);
    const before = await loadDataset(data.dir);
    const [changedClaim, removedClaim] = before.claims.filter((c) => c.source.document.startsWith('000_'));
    data.editClaims(FIRST_CLAIMS_FILE, (doc) => {
      doc.claims = doc.claims.filter((c) => c.id !== removedClaim!.id);
      const target = doc.claims.find((c) => c.id === changedClaim!.id)!;
      target.text = `${String(target.text)} (corrected)`;
    });

    // Act
    const report = await fixture.seedFrom(data.dir);

    // Assess
    expect(report.changed).toEqual([changedClaim!.id]);
    expect(report.removed).toEqual([removedClaim!.id]);
    expect(report.added).toEqual([]);
    const found = await fixture.store.findByLookupKeys(lookupKeysForClaim(removedClaim!, KNOWLEDGE).slice(0, 3));
    expect(found.map((c) => c.id)).not.toContain(removedClaim!.id);
    const updated = await fixture.store.findByLookupKeys(lookupKeysForClaim(changedClaim!, KNOWLEDGE).slice(0, 1));
    expect(updated.find((c) => c.id === changedClaim!.id)?.text).toMatch(/\(corrected\)$/);
    const after = await loadDataset(data.dir);
    const indexItems = after.claims.reduce((n, c) => n + lookupKeysForClaim(c, KNOWLEDGE).length, 0);
    expect(await countItems(fixture)).toBe(indexItems + after.claims.length + after.sources.length);
  });

  it('leaves the table untouched when data/ is invalid', async () => {
    // Prepare
    await fixture.seedFrom(data.dir);
    const itemsBefore = await countItems(fixture);
    data.editClaims(FIRST_CLAIMS_FILE, (doc) => {
      doc.claims = doc.claims.slice(1);
      doc.claims[0]!.excerpt = 'words that are not in the article';
    });

    // Act
    const attempt = fixture.seedFrom(data.dir);

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(DatasetValidationError);
    expect(await countItems(fixture)).toBe(itemsBefore);
  });

  it('finishes the job after an interrupted run, leaving no orphaned index items', async () => {
    // Prepare: the first run dies after its first BatchWrite (registry marked pending only).
    const dataset = await loadDataset(DATA_DIR);
    let calls = 0;
    fixture.docClient.middlewareStack.add(
      (next, context) => async (args) => {
        if (String(context.commandName).startsWith('BatchWrite') && ++calls > 1) throw Object.assign(new Error('connection reset'), { name: 'NetworkingError' });
        return next(args);
      },
      { step: 'initialize', name: 'failAfterFirstBatch' },
    );
    await expect(new DynamoDbClaimsSeeder(fixture.docClient, fixture.tableName, { concurrency: 1 }).seed(dataset)).rejects.toBeInstanceOf(SeedError);
    fixture.docClient.middlewareStack.remove('failAfterFirstBatch');

    // Act
    const report = await fixture.seedFrom();

    // Assess
    expect(report.added.length + report.changed.length).toBe(dataset.claims.length);
    const indexItems = dataset.claims.reduce((n, c) => n + lookupKeysForClaim(c, KNOWLEDGE).length, 0);
    expect(await countItems(fixture)).toBe(indexItems + dataset.claims.length + dataset.sources.length);
  });
});
