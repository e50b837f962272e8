import { BatchWriteCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lookupKeysForClaim } from '../../lambdas/core/claims/lookup-keys';
import { DatasetValidationError, loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { DynamoDbClaimsSeeder, SeedError } from '../../lambdas/core/store/dynamodb-claims-seeder';
import { claimKeys } from '../../lambdas/core/store/dynamodb-claims-store';
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
    data.pruneTranslations();

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

  it('moves a claim whose date changed to its new place in the order, leaving nothing under the old one', async () => {
    // Prepare
    await fixture.seedFrom(data.dir);
    const before = await countItems(fixture);
    const claim = (await loadDataset(data.dir)).claims.find((c) => c.date !== null && c.source.document.startsWith('000_'))!;
    data.editClaims(FIRST_CLAIMS_FILE, (doc) => {
      doc.claims.find((c) => c.id === claim.id)!.date = '2025-05-01';
    });

    // Act
    const report = await fixture.seedFrom(data.dir);

    // Assess
    expect(report.changed).toEqual([claim.id]);
    expect(await countItems(fixture)).toBe(before);
    const key = lookupKeysForClaim(claim, KNOWLEDGE)[0]!;
    const page = await fixture.docClient.send(new QueryCommand({ TableName: fixture.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': claimKeys.indexPartition(key) } }));
    expect(page.Items?.map((i) => String(i.sk)).filter((sk) => sk.endsWith(`#${claim.id}`))).toEqual([`20250501#${claim.id}`]);
  });

  it('rewrites a table of the previous layout (JSON items sorted by claim id) and deletes its items', async () => {
    // Prepare: what a seeder before date-ordered, compressed items left behind.
    const dataset = await loadDataset(DATA_DIR);
    const legacy = dataset.claims.flatMap((claim) => {
      const keys = lookupKeysForClaim(claim, KNOWLEDGE).slice(0, 3);
      return [
        { PutRequest: { Item: { ...claimKeys.registry(claim.id), hash: 'layout-1', keys } } },
        ...keys.map((key) => ({ PutRequest: { Item: { ...claimKeys.index(key, claimKeys.legacyIndexSortKey(claim.id)), doc: JSON.stringify(claim) } } })),
      ];
    });
    for (let i = 0; i < legacy.length; i += 25) await fixture.docClient.send(new BatchWriteCommand({ RequestItems: { [fixture.tableName]: legacy.slice(i, i + 25) } }));

    // Act
    const report = await fixture.seedFrom();

    // Assess
    expect(report.changed).toHaveLength(dataset.claims.length);
    const indexItems = dataset.claims.reduce((n, c) => n + lookupKeysForClaim(c, KNOWLEDGE).length, 0);
    expect(await countItems(fixture)).toBe(indexItems + dataset.claims.length + dataset.sources.length);
    const found = await fixture.store.readLookupKeys(['said:putin'], { knownSources: KNOWLEDGE.sources });
    expect(found.claims.length).toBeGreaterThan(0);
  });
});
