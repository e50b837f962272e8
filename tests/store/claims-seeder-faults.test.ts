import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../lambdas/core/dataset/load-dataset';
import { DynamoDbClaimsSeeder } from '../../lambdas/core/store/dynamodb-claims-seeder';
import { DATA_DIR } from '../../scripts/lib/claims-table';

describe('DynamoDbClaimsSeeder retries (fault injection)', () => {
  const ddb = mockClient(DynamoDBDocumentClient);
  let docClient: DynamoDBDocumentClient;
  let dataset: Dataset;

  beforeAll(async () => {
    dataset = await loadDataset(DATA_DIR);
    docClient = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1' }));
  });
  beforeEach(() => {
    ddb.reset();
    ddb.on(QueryCommand).resolves({ Items: [] });
  });
  afterAll(() => ddb.restore());

  it('retries UnprocessedItems with backoff until every write lands', async () => {
    // Prepare: the first answer to every batch hands back half of it as unprocessed.
    const seen = new Set<string>();
    ddb.on(BatchWriteCommand).callsFake((input: { RequestItems: Record<string, unknown[]> }) => {
      const [table, requests] = Object.entries(input.RequestItems)[0]!;
      const signature = JSON.stringify(requests);
      if (seen.has(signature) || requests.length < 2) return { UnprocessedItems: {} };
      seen.add(signature);
      return { UnprocessedItems: { [table]: requests.slice(requests.length / 2) } };
    });

    // Act
    const report = await new DynamoDbClaimsSeeder(docClient, 'claims', { baseDelayMs: 1 }).seed(dataset);

    // Assess
    expect(report.added).toHaveLength(dataset.claims.length);
    const written = ddb.commandCalls(BatchWriteCommand).flatMap((c) => Object.values(c.args[0].input.RequestItems ?? {}).flat());
    expect(written.length).toBeGreaterThan(report.writes);
  });

  it('gives up with a SeedError after repeated throttling', async () => {
    // Prepare
    ddb.on(BatchWriteCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'ProvisionedThroughputExceededException' }));

    // Act
    const attempt = new DynamoDbClaimsSeeder(docClient, 'claims', { baseDelayMs: 1, maxAttempts: 3 }).seed(dataset);

    // Assess
    await expect(attempt).rejects.toThrow(/BatchWriteItem failed on attempt 3/);
    expect(ddb.commandCalls(BatchWriteCommand).length).toBeGreaterThanOrEqual(3);
  });
});
