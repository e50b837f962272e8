/**
 * Test helper: a uniquely named claims table in the run's DynamoDB Local
 * (started by global-setup.ts), optionally seeded from data/ or another dir.
 */
import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { DynamoDbClaimsSeeder, type SeedReport } from '../../lambdas/core/store/dynamodb-claims-seeder';
import { DynamoDbClaimsStore } from '../../lambdas/core/store/dynamodb-claims-store';
import { LOCAL_CLIENT_CONFIG } from '../../scripts/lib/dynamodb-local';
import { DATA_DIR, createClaimsTable, documentClient } from '../../scripts/lib/claims-table';

export interface ClaimsTableFixture {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  readonly docClient: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly store: DynamoDbClaimsStore;
  seedFrom(dataDir?: string): Promise<SeedReport>;
  drop(): Promise<void>;
}

export function localClient(): DynamoDBClient {
  return new DynamoDBClient({ ...LOCAL_CLIENT_CONFIG, endpoint: inject('dynamodbEndpoint') });
}

export async function createClaimsTableFixture(options: { seed?: boolean } = {}): Promise<ClaimsTableFixture> {
  const endpoint = inject('dynamodbEndpoint');
  const client = new DynamoDBClient({ ...LOCAL_CLIENT_CONFIG, endpoint });
  const docClient = documentClient(client);
  const tableName = `claims-${randomUUID()}`;
  await createClaimsTable(client, tableName);
  const fixture: ClaimsTableFixture = {
    endpoint,
    client,
    docClient,
    tableName,
    store: new DynamoDbClaimsStore(docClient, tableName),
    seedFrom: async (dataDir = DATA_DIR) => new DynamoDbClaimsSeeder(docClient, tableName).seed(await loadDataset(dataDir)),
    drop: async () => {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      client.destroy();
    },
  };
  if (options.seed) await fixture.seedFrom();
  return fixture;
}
