/**
 * Fault injection: the de-duplication put reaches DynamoDB and is applied, but
 * its answer is lost, so the SDK times out and retries the same put. The retry
 * must not read as "a re-delivery": the update would never be answered.
 * The client is configured as the Lambda's (lambdas/webhook/webhook-handler.ts):
 * a short request timeout that throws, and three attempts; only the timeout is shorter here.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DynamoDbUpdateLedger } from '../../lambdas/core/store/dynamodb-update-ledger';
import { LOCAL_CLIENT_CONFIG } from '../../scripts/lib/dynamodb-local';
import { createClaimsTableFixture, type ClaimsTableFixture } from '../support/claims-table-fixture';
import { startLossyDynamoDbProxy, type LossyDynamoDbProxy } from './support/lossy-dynamodb-proxy';

describe('DynamoDbUpdateLedger when a put is applied but its answer is lost (AWS SDK client)', () => {
  let table: ClaimsTableFixture;
  let proxy: LossyDynamoDbProxy;
  let client: DynamoDBClient;
  let ledger: DynamoDbUpdateLedger;

  beforeAll(async () => {
    table = await createClaimsTableFixture();
    proxy = await startLossyDynamoDbProxy(table.endpoint);
    client = new DynamoDBClient({ ...LOCAL_CLIENT_CONFIG, endpoint: proxy.endpoint, maxAttempts: 3, requestHandler: { connectionTimeout: 1_000, requestTimeout: 300, throwOnRequestTimeout: true } });
    ledger = new DynamoDbUpdateLedger(DynamoDBDocumentClient.from(client), table.tableName, { botId: 7000000001 });
  });
  afterAll(async () => {
    client.destroy();
    await proxy.close();
    await table.drop();
  });
  beforeEach(() => {
    proxy.calls.length = 0;
  });

  it('reads the SDK retry of its own applied put as the first delivery', async () => {
    // Prepare
    proxy.loseResponses('PutItem', 1);

    // Act
    const first = await ledger.recordFirstDelivery(31337, 'request-first');

    // Assess
    expect(proxy.calls).toEqual([
      { operation: 'PutItem', upstreamStatus: 200, delivered: false },
      { operation: 'PutItem', upstreamStatus: 200, delivered: true },
    ]);
    expect(first).toBe(true);
  });

  it('still refuses Telegram\'s re-delivery, which comes in another invocation', async () => {
    // Prepare
    proxy.loseResponses('PutItem', 1);
    await ledger.recordFirstDelivery(31338, 'request-first');

    // Act
    const redelivery = await ledger.recordFirstDelivery(31338, 'request-redelivery');

    // Assess
    expect(redelivery).toBe(false);
  });
});
