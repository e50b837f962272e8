/**
 * The index items and the budgeted read, against DynamoDB Local: compact
 * items without their source, newest first whatever the ids, further pages
 * only within three requests, the budget's cut said out loud, and sources
 * taken from the caller, the process's cache or (counted) the SOURCES partition.
 */
import { BatchWriteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source, SourcedClaim } from '../../lambdas/core/claims/claim-schema';
import { lookupKeysForClaim } from '../../lambdas/core/claims/lookup-keys';
import { loadDataset, type Dataset } from '../../lambdas/core/dataset/load-dataset';
import { ClaimsStoreError } from '../../lambdas/core/store/claims-store';
import { claimKeys, claimOrderDate, DynamoDbClaimsStore, encodeClaimDoc, INDEX_DOC_ATTRIBUTE } from '../../lambdas/core/store/dynamodb-claims-store';
import { DATA_DIR } from '../../scripts/lib/claims-table';
import { testClaim } from '../answer/claim-fixtures';
import { createClaimsTableFixture, type ClaimsTableFixture } from '../support/claims-table-fixture';
import { KNOWLEDGE } from '../support/knowledge';

/** `count` claims, a day apart going back from 1 January 2024, with ids that grow with age: the newest is `<prefix>-0001`. */
function claimsUnder(prefix: string, count: number, source: Source): SourcedClaim[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1) - i * 86_400_000).toISOString().slice(0, 10);
    return testClaim({ id: `${prefix}-${String(i + 1).padStart(4, '0')}`, date: day, text: `Claim ${i} of ${prefix}.`, excerpt: `Claim ${i} of ${prefix}.`, source });
  });
}

describe('DynamoDbClaimsStore (DynamoDB Local)', () => {
  let fixture: ClaimsTableFixture;
  let dataset: Dataset;
  let source: Source;
  const commands: string[] = [];

  /** Index items written straight into the table, the seeder's way (one per key given). */
  async function writeIndexItems(key: string, claims: readonly SourcedClaim[]): Promise<void> {
    const requests = claims.map((c) => ({ PutRequest: { Item: { ...claimKeys.index(key, claimKeys.indexSortKey(c.id, claimOrderDate(c))), [INDEX_DOC_ATTRIBUTE]: encodeClaimDoc(c) } } }));
    for (let i = 0; i < requests.length; i += 25) await fixture.docClient.send(new BatchWriteCommand({ RequestItems: { [fixture.tableName]: requests.slice(i, i + 25) } }));
  }

  beforeAll(async () => {
    fixture = await createClaimsTableFixture({ seed: true });
    dataset = await loadDataset(DATA_DIR);
    source = dataset.sources[0]!;
    await writeIndexItems('said:test-many', claimsUnder('many', 35, source));
    await writeIndexItems('said:test-few', claimsUnder('few', 5, source));
    await writeIndexItems('said:test-25', claimsUnder('quarter', 25, source));
    fixture.docClient.middlewareStack.add(
      (next, context) => async (args) => {
        commands.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'recordStoreCommands' },
    );
  }, 60_000);
  afterAll(() => fixture.drop());

  it('keeps each index item small: the claim compressed, its source by reference, sorted by date', async () => {
    // Prepare
    const claim = dataset.claims.find((c) => c.id === 'menafn-putin-china-toll-37m')!;
    const key = lookupKeysForClaim(claim, KNOWLEDGE)[0]!;

    // Act
    const page = await fixture.docClient.send(new QueryCommand({ TableName: fixture.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': claimKeys.indexPartition(key) } }));

    // Assess
    const item = page.Items?.find((i) => String(i.sk).endsWith(`#${claim.id}`));
    expect(item?.sk).toBe(`20250508#${claim.id}`);
    expect(Object.keys(item ?? {}).sort()).toEqual([INDEX_DOC_ATTRIBUTE, 'pk', 'sk']);
    const bytes = item?.[INDEX_DOC_ATTRIBUTE] as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes.length).toBeLessThan(JSON.stringify(claim).length / 3);
    expect(Buffer.from(bytes).toString('latin1')).not.toContain(claim.source.headline);
  });

  it('orders every partition newest first, whatever the ids (undated claims take their article’s latest date)', async () => {
    // Prepare
    const undated = dataset.claims.find((c) => c.id === 'preview-putin-ceasefire-may-8-10')!;

    // Act
    const { claims } = await fixture.store.readLookupKeys(['said:test-many'], { pageSize: 10, maxRequests: 1 });
    const putin = await fixture.store.readLookupKeys(['said:putin'], { pageSize: 50, knownSources: KNOWLEDGE.sources });

    // Assess
    expect(claims.map((c) => c.date)).toEqual([...claims.map((c) => c.date)].sort().reverse());
    expect(claims.map((c) => c.id)).toEqual(Array.from({ length: 10 }, (_, i) => `many-${String(i + 1).padStart(4, '0')}`));
    const dates = putin.claims.map((c) => c.date ?? c.source.published ?? '');
    expect(undated.date).toBeNull();
    expect(putin.claims.findIndex((c) => c.id === undated.id)).toBeLessThan(putin.claims.findIndex((c) => c.date?.startsWith('2020') ?? false));
    expect(dates.filter((d) => d !== '')).toEqual([...dates.filter((d) => d !== '')].sort().reverse());
  });

  it('reads further pages only within the budget, and says when it cut the read short', async () => {
    // Prepare
    commands.length = 0;

    // Act
    const whole = await fixture.store.readLookupKeys(['said:test-25'], { pageSize: 10 });
    const cut = await fixture.store.readLookupKeys(['said:test-many'], { pageSize: 10 });
    const shared = await fixture.store.readLookupKeys(['said:test-few', 'said:test-many'], { pageSize: 10 });

    // Assess
    expect(whole).toMatchObject({ truncated: false, requests: 3 });
    expect(whole.claims).toHaveLength(25);
    expect(cut).toMatchObject({ truncated: true, requests: 3 });
    expect(cut.claims.map((c) => c.id)).toEqual(Array.from({ length: 30 }, (_, i) => `many-${String(i + 1).padStart(4, '0')}`));
    // The few fit their first page; the rest of the budget goes to the key that has more.
    expect(shared).toMatchObject({ truncated: true, requests: 3 });
    expect(shared.claims).toHaveLength(5 + 20);
    expect(commands).toEqual(Array(9).fill('QueryCommand'));
  });

  it('refuses more keys than requests', async () => {
    // Act
    const attempt = fixture.store.readLookupKeys(['said:a', 'said:b', 'said:c'], { maxRequests: 2 });

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(ClaimsStoreError);
  });

  it('takes a source it does not know from SOURCES, once, and counts that read', async () => {
    // Prepare: a source written behind this process's back (by another deploy, say).
    const fresh: Source = { ...source, id: 'fresh-source', headline: 'A headline this process never saw' };
    await fixture.docClient.send(new PutCommand({ TableName: fixture.tableName, Item: { ...claimKeys.source(fresh.id), doc: JSON.stringify(fresh), hash: 'x' } }));
    await writeIndexItems('said:test-fresh', claimsUnder('fresh', 3, fresh));
    const reader = new DynamoDbClaimsStore(fixture.docClient, fixture.tableName);
    commands.length = 0;

    // Act
    const first = await reader.readLookupKeys(['said:test-fresh']);
    const again = await reader.readLookupKeys(['said:test-fresh']);

    // Assess
    expect(first).toMatchObject({ truncated: false, requests: 2 });
    expect(first.claims.map((c) => c.source.headline)).toEqual(Array(3).fill(fresh.headline));
    expect(again).toMatchObject({ truncated: false, requests: 1 });
    expect(commands).toEqual(['QueryCommand', 'QueryCommand', 'QueryCommand']);
  });

  it('leaves out a claim whose source the table does not hold, and says the read is incomplete', async () => {
    // Prepare
    const ghost: Source = { ...source, id: 'ghost-source', headline: 'Never written' };
    await writeIndexItems('said:test-ghost', [...claimsUnder('ghost', 1, ghost), ...claimsUnder('real', 2, source)]);

    // Act
    const result = await fixture.store.readLookupKeys(['said:test-ghost'], { knownSources: KNOWLEDGE.sources });
    const strict = fixture.store.findByLookupKeys(['said:test-ghost']);

    // Assess
    expect(result.claims.map((c) => c.id).sort()).toEqual(['real-0001', 'real-0002']);
    expect(result.truncated).toBe(true);
    await expect(strict).rejects.toBeInstanceOf(ClaimsStoreError);
  });

  it('refuses items of another layout, pointing at the seed', async () => {
    // Prepare
    await fixture.docClient.send(new PutCommand({ TableName: fixture.tableName, Item: { ...claimKeys.index('said:test-legacy', claimKeys.legacyIndexSortKey('old')), doc: JSON.stringify(testClaim()) } }));

    // Act
    const attempt = fixture.store.readLookupKeys(['said:test-legacy']);

    // Assess
    await expect(attempt).rejects.toThrow(/re-run the seed/);
  });
});
