import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbUpdateLedger, FIRST_SEEN_BY_ATTRIBUTE, UPDATE_LEDGER_TTL_SECONDS, UpdateLedgerError } from '../../lambdas/core/store/dynamodb-update-ledger';
import { TABLE_DESIGN } from '../../lambdas/core/store/table-design';
import { createClaimsTableFixture, type ClaimsTableFixture } from '../support/claims-table-fixture';

describe('DynamoDbUpdateLedger against DynamoDB Local', () => {
  let table: ClaimsTableFixture;
  beforeAll(async () => {
    table = await createClaimsTableFixture();
  });
  afterAll(async () => {
    await table.drop();
  });

  it('accepts the first delivery of an update and refuses every re-delivery', async () => {
    // Prepare
    const ledger = new DynamoDbUpdateLedger(table.docClient, table.tableName, { botId: 7000000001 });

    // Act
    const first = await ledger.recordFirstDelivery(4242);
    const second = await ledger.recordFirstDelivery(4242);
    const other = await ledger.recordFirstDelivery(4243);

    // Assess
    expect([first, second, other]).toEqual([true, false, true]);
  });

  it('accepts the same update again for the invocation that recorded it, and refuses it for any other', async () => {
    // Prepare
    const ledger = new DynamoDbUpdateLedger(table.docClient, table.tableName, { botId: 7000000001 });

    // Act
    const first = await ledger.recordFirstDelivery(5150, 'request-a');
    const retryOfSameInvocation = await ledger.recordFirstDelivery(5150, 'request-a');
    const redelivery = await ledger.recordFirstDelivery(5150, 'request-b');
    const item = (await table.docClient.send(new GetCommand({ TableName: table.tableName, Key: ledger.keyOf(5150) }))).Item;

    // Assess
    expect([first, retryOfSameInvocation, redelivery]).toEqual([true, true, false]);
    expect(item?.[FIRST_SEEN_BY_ATTRIBUTE]).toBe('request-a');
  });

  it('writes under the bot-writable prefix with a TTL of at least 24 hours', async () => {
    // Prepare
    const now = Date.UTC(2025, 8, 3, 12, 0, 0);
    const ledger = new DynamoDbUpdateLedger(table.docClient, table.tableName, { botId: 7000000001, now: () => now });

    // Act
    await ledger.recordFirstDelivery(77);
    const item = (await table.docClient.send(new GetCommand({ TableName: table.tableName, Key: ledger.keyOf(77) }))).Item;

    // Assess
    expect(String(item?.[TABLE_DESIGN.partitionKey])).toMatch(new RegExp(`^${TABLE_DESIGN.botWritablePrefix}`));
    const ttl = Number(item?.[TABLE_DESIGN.ttlAttribute]);
    expect(ttl - now / 1000).toBe(UPDATE_LEDGER_TTL_SECONDS);
    expect(UPDATE_LEDGER_TTL_SECONDS).toBeGreaterThanOrEqual(24 * 60 * 60);
  });

  it('keeps two bots sharing a table apart', async () => {
    // Prepare
    const a = new DynamoDbUpdateLedger(table.docClient, table.tableName, { botId: 1 });
    const b = new DynamoDbUpdateLedger(table.docClient, table.tableName, { botId: 2 });

    // Act
    const results = [await a.recordFirstDelivery(9), await b.recordFirstDelivery(9)];

    // Assess
    expect(results).toEqual([true, true]);
  });

  it('refuses a TTL shorter than Telegram\'s retry window', () => {
    // Prepare / Act / Assess
    expect(() => new DynamoDbUpdateLedger(table.docClient, table.tableName, { botId: 1, ttlSeconds: 3600 })).toThrow(UpdateLedgerError);
  });
});
