/**
 * The project's own store, update ledger and seeder on lambdas/shims/dynamodb-lite,
 * as the Lambda bundles run them (infra/bundling.ts aliases the two SDK
 * packages to it), against DynamoDB Local.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type * as SdkClientModule from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient as SdkDocumentClient } from '@aws-sdk/lib-dynamodb';
import { lookupKeysForClaim } from '../../lambdas/core/claims/lookup-keys';
import { loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { DynamoDbClaimsSeeder } from '../../lambdas/core/store/dynamodb-claims-seeder';
import { DynamoDbClaimsStore } from '../../lambdas/core/store/dynamodb-claims-store';
import { DynamoDbUpdateLedger } from '../../lambdas/core/store/dynamodb-update-ledger';
import { DynamoDBClient } from '../../lambdas/shims/dynamodb-lite/client';
import { DynamoDBDocumentClient } from '../../lambdas/shims/dynamodb-lite/document';
import { LOCAL_CLIENT_CONFIG } from '../../scripts/lib/dynamodb-local';
import { TABLE_DESIGN } from '../../lambdas/core/store/table-design';

// What the bundles do with esbuild aliases, done for this file's module graph.
vi.mock('@aws-sdk/client-dynamodb', () => import('../../lambdas/shims/dynamodb-lite/client'));
vi.mock('@aws-sdk/lib-dynamodb', () => import('../../lambdas/shims/dynamodb-lite/document'));

const DATA_DIR = new URL('../../data', import.meta.url).pathname;

describe('the store, ledger and seeder on dynamodb-lite', () => {
  const tableName = `lite-store-${randomUUID()}`;
  let lite: DynamoDBClient;
  let doc: SdkDocumentClient;
  let real: typeof SdkClientModule;
  let realClient: SdkClientModule.DynamoDBClient;

  beforeAll(async () => {
    const endpoint = inject('dynamodbEndpoint');
    real = await vi.importActual<typeof SdkClientModule>('@aws-sdk/client-dynamodb');
    realClient = new real.DynamoDBClient({ ...LOCAL_CLIENT_CONFIG, endpoint });
    await realClient.send(
      new real.CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: TABLE_DESIGN.partitionKey, AttributeType: 'S' },
          { AttributeName: TABLE_DESIGN.sortKey, AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: TABLE_DESIGN.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE_DESIGN.sortKey, KeyType: 'RANGE' },
        ],
      }),
    );
    lite = new DynamoDBClient({ ...LOCAL_CLIENT_CONFIG, endpoint });
    doc = DynamoDBDocumentClient.from(lite, { marshallOptions: { removeUndefinedValues: true } }) as unknown as SdkDocumentClient;
  });
  afterAll(async () => {
    await realClient.send(new real.DeleteTableCommand({ TableName: tableName }));
    realClient.destroy();
    lite.destroy();
  });

  it('seeds idempotently, answers lookups with the claims filed under each key, and de-duplicates updates', async () => {
    const dataset = await loadDataset(DATA_DIR);
    const first = await new DynamoDbClaimsSeeder(doc, tableName, { concurrency: 4 }).seed(dataset);
    expect(first.added).toHaveLength(dataset.claims.length);
    expect((await new DynamoDbClaimsSeeder(doc, tableName).seed(dataset)).writes).toBe(0);

    const store = new DynamoDbClaimsStore(doc, tableName);
    for (const keys of [['fig:deaths:china'], ['said:putin', 'said:xi@moscow'], ['about:taiwan', 'fig:troops:moscow', 'said:xi']]) {
      const expected = dataset.claims.filter((c) => lookupKeysForClaim(c).some((k) => keys.includes(k)));
      const found = await store.findByLookupKeys(keys);
      expect(found.map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());
      expect(found).toEqual(expect.arrayContaining(expected));
    }
    expect((await store.listSources()).map((s) => s.id).sort()).toEqual(dataset.sources.map((s) => s.id).sort());

    const ledger = new DynamoDbUpdateLedger(doc, tableName, { botId: 4242 });
    expect(await ledger.recordFirstDelivery(1)).toBe(true);
    expect(await ledger.recordFirstDelivery(1)).toBe(false);
    expect(await ledger.recordFirstDelivery(2)).toBe(true);
  });
});
