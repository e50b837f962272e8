/**
 * Opens the claims table for the local command-line tools: the table named by
 * CLAIMS_TABLE (normal AWS credentials; AWS_ENDPOINT_URL_DYNAMODB for any
 * other endpoint), or by default an embedded, freshly seeded DynamoDB Local.
 */
import './local-node-env';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../../lambdas/core/dataset/load-dataset';
import type { Knowledge } from '../../lambdas/core/knowledge/knowledge';
import { loadKnowledge } from '../../lambdas/core/knowledge/load-knowledge';
import { DynamoDbClaimsSeeder, type SeedReport } from '../../lambdas/core/store/dynamodb-claims-seeder';
import { DynamoDbClaimsStore } from '../../lambdas/core/store/dynamodb-claims-store';
import { TABLE_DESIGN } from '../../lambdas/core/store/table-design';
import { LOCAL_CLIENT_CONFIG, startDynamoDbLocal } from './dynamodb-local';

export const DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));
export const LOCAL_TABLE_NAME = 'claims';

export interface OpenTable {
  readonly docClient: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly store: DynamoDbClaimsStore;
  /** Where the table lives, for messages: "embedded DynamoDB Local" or the table name. */
  readonly description: string;
  /** DynamoDB Local endpoint when embedded. */
  readonly endpoint?: string;
  /** What the engine knows of data/ (entities, lexicon, guide). */
  readonly knowledge: Knowledge;
  /** Seed report when the embedded table was seeded on open. */
  readonly seedReport?: SeedReport;
  close(): Promise<void>;
}

export function documentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/** Creates the claims table with the deployed key schema (DynamoDB Local only; the stack owns the real one). */
export async function createClaimsTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(
      new CreateTableCommand({
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
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await client.send(new DescribeTableCommand({ TableName: tableName }));
}

/** Starts DynamoDB Local, creates the claims table and seeds it from data/. */
export async function openEmbeddedTable(options: { dataDir?: string } = {}): Promise<OpenTable> {
  const dataset = await loadDataset(options.dataDir ?? DATA_DIR);
  const db = await startDynamoDbLocal();
  try {
    const client = new DynamoDBClient({ ...LOCAL_CLIENT_CONFIG, endpoint: db.endpoint });
    const docClient = documentClient(client);
    await createClaimsTable(client, LOCAL_TABLE_NAME);
    // A fresh in-memory table: no concurrent readers to protect, so write wide.
    const seedReport = await new DynamoDbClaimsSeeder(docClient, LOCAL_TABLE_NAME, { concurrency: 8 }).seed(dataset);
    return {
      docClient,
      tableName: LOCAL_TABLE_NAME,
      store: new DynamoDbClaimsStore(docClient, LOCAL_TABLE_NAME),
      knowledge: dataset.knowledge,
      description: `embedded DynamoDB Local at ${db.endpoint}, in memory`,
      endpoint: db.endpoint,
      seedReport,
      close: async () => {
        client.destroy();
        await db.stop();
      },
    };
  } catch (error) {
    await db.stop();
    throw error;
  }
}

/** The table named by CLAIMS_TABLE if set, otherwise an embedded seeded one. */
export async function openClaimsTable(options: { dataDir?: string } = {}): Promise<OpenTable> {
  const tableName = process.env.CLAIMS_TABLE;
  if (!tableName) return openEmbeddedTable(options);
  const client = new DynamoDBClient({});
  const docClient = documentClient(client);
  return {
    docClient,
    tableName,
    store: new DynamoDbClaimsStore(docClient, tableName),
    knowledge: loadKnowledge(options.dataDir ?? DATA_DIR),
    description: `table ${tableName}${process.env.AWS_ENDPOINT_URL_DYNAMODB ? ` at ${process.env.AWS_ENDPOINT_URL_DYNAMODB}` : ''}`,
    close: async () => client.destroy(),
  };
}
