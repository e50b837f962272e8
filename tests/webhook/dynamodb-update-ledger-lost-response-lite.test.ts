/**
 * The lost-answer fault of dynamodb-update-ledger-lost-response.test.ts, on the
 * client the Lambda bundle really runs: lambdas/shims/dynamodb-lite (esbuild
 * aliases the two SDK packages to it; done here with vi.mock).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DynamoDBDocumentClient as SdkDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbUpdateLedger } from '../../lambdas/core/store/dynamodb-update-ledger';
import { DynamoDBClient } from '../../lambdas/shims/dynamodb-lite/client';
import { DynamoDBDocumentClient } from '../../lambdas/shims/dynamodb-lite/document';
import { LOCAL_CLIENT_CONFIG } from '../../scripts/lib/dynamodb-local';
import { createClaimsTableFixture, type ClaimsTableFixture } from '../support/claims-table-fixture';
import { startLossyDynamoDbProxy, type LossyDynamoDbProxy } from './support/lossy-dynamodb-proxy';

vi.mock('@aws-sdk/lib-dynamodb', () => import('../../lambdas/shims/dynamodb-lite/document'));

describe('DynamoDbUpdateLedger when a put is applied but its answer is lost (dynamodb-lite, as bundled)', () => {
  let table: ClaimsTableFixture;
  let proxy: LossyDynamoDbProxy;
  let lite: DynamoDBClient;
  let ledger: DynamoDbUpdateLedger;

  beforeAll(async () => {
    table = await createClaimsTableFixture();
    proxy = await startLossyDynamoDbProxy(table.endpoint);
    lite = new DynamoDBClient({ ...LOCAL_CLIENT_CONFIG, endpoint: proxy.endpoint, maxAttempts: 3, requestHandler: { connectionTimeout: 1_000, requestTimeout: 300 } });
    ledger = new DynamoDbUpdateLedger(DynamoDBDocumentClient.from(lite) as unknown as SdkDocumentClient, table.tableName, { botId: 7000000001 });
  });
  afterAll(async () => {
    lite.destroy();
    await proxy.close();
    await table.drop();
  });

  it('reads the retry of its own applied put as the first delivery, and a re-delivery as a duplicate', async () => {
    // Prepare
    proxy.loseResponses('PutItem', 1);

    // Act
    const first = await ledger.recordFirstDelivery(4711, 'request-first');
    const redelivery = await ledger.recordFirstDelivery(4711, 'request-redelivery');

    // Assess
    expect(proxy.calls.map((c) => c.delivered)).toEqual([false, true, true]);
    expect([first, redelivery]).toEqual([true, false]);
  });
});
