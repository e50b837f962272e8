import { DynamoDBClient, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoDbUpdateLedger, UpdateLedgerError } from '../../lambdas/core/store/dynamodb-update-ledger';

// A file of its own: mockClient patches every DynamoDBDocumentClient in the file.
const ddb = mockClient(DynamoDBDocumentClient);
const docClient = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }));

describe('DynamoDbUpdateLedger faults', () => {
  beforeEach(() => ddb.reset());

  it('wraps a throttle in UpdateLedgerError with the cause kept', async () => {
    // Prepare
    ddb.on(PutCommand).rejects(new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} }));
    const ledger = new DynamoDbUpdateLedger(docClient, 'claims', { botId: 1 });

    // Act
    const error = await ledger.recordFirstDelivery(1).catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(UpdateLedgerError);
    expect((error as Error).cause).toBeInstanceOf(ProvisionedThroughputExceededException);
  });

  it('reads a failed condition as a re-delivery, not an error', async () => {
    // Prepare
    ddb.on(PutCommand).rejects(Object.assign(new Error('The conditional request failed'), { name: 'ConditionalCheckFailedException' }));
    const ledger = new DynamoDbUpdateLedger(docClient, 'claims', { botId: 1 });

    // Act
    const first = await ledger.recordFirstDelivery(1);

    // Assess
    expect(first).toBe(false);
  });

  it('sends one conditional put per update', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    const ledger = new DynamoDbUpdateLedger(docClient, 'claims', { botId: 1 });

    // Act
    await ledger.recordFirstDelivery(5, 'request-1');

    // Assess
    const calls = ddb.commandCalls(PutCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input).toMatchObject({
      TableName: 'claims',
      ConditionExpression: 'attribute_not_exists(#pk) OR #by = :me',
      ExpressionAttributeNames: { '#pk': 'pk', '#by': 'firstSeenBy' },
      ExpressionAttributeValues: { ':me': 'request-1' },
      Item: { pk: 'UPD#1#5', sk: 'UPD', firstSeenBy: 'request-1' },
    });
  });

  it('gives every call its own invocation id when none is passed', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    const ledger = new DynamoDbUpdateLedger(docClient, 'claims', { botId: 1 });

    // Act
    await ledger.recordFirstDelivery(5);
    await ledger.recordFirstDelivery(5);

    // Assess
    const ids = ddb.commandCalls(PutCommand).map((c) => c.args[0].input.ExpressionAttributeValues?.[':me'] as unknown);
    expect(ids).toHaveLength(2);
    expect(typeof ids[0]).toBe('string');
    expect(ids[0]).not.toBe(ids[1]);
  });
});
