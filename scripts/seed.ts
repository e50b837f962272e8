/**
 * npm run seed: validate data/ and load it into a claims table.
 *
 * Without CLAIMS_TABLE it seeds a throwaway embedded DynamoDB Local (useful to
 * check the data); with CLAIMS_TABLE it seeds that table using the normal AWS
 * credential chain and AWS_ENDPOINT_URL_DYNAMODB if set.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DatasetValidationError, loadDataset } from '../lambdas/core/dataset/load-dataset';
import { DynamoDbClaimsSeeder, type SeedReport } from '../lambdas/core/store/dynamodb-claims-seeder';
import { DATA_DIR, documentClient, openEmbeddedTable } from './lib/claims-table';

function printReport(report: SeedReport, where: string): void {
  const list = (ids: readonly string[]) => (ids.length ? `: ${ids.join(', ')}` : '');
  console.log(`Seeded ${where}`);
  console.log(`  claims added ${report.added.length}${list(report.added)}`);
  console.log(`  claims changed ${report.changed.length}${list(report.changed)}`);
  console.log(`  claims removed ${report.removed.length}${list(report.removed)}`);
  console.log(`  claims unchanged ${report.unchanged}`);
  console.log(`  sources added ${report.sources.added.length}, changed ${report.sources.changed.length}, removed ${report.sources.removed.length}`);
  console.log(`  ${report.writes} item writes`);
}

async function main(): Promise<void> {
  const tableName = process.env.CLAIMS_TABLE;
  if (!tableName) {
    const table = await openEmbeddedTable();
    try {
      printReport(table.seedReport!, `${table.description} (set CLAIMS_TABLE to seed a real table)`);
    } finally {
      await table.close();
    }
    return;
  }
  const dataset = await loadDataset(DATA_DIR);
  const client = new DynamoDBClient({});
  try {
    const report = await new DynamoDbClaimsSeeder(documentClient(client), tableName).seed(dataset);
    printReport(report, `table ${tableName}`);
  } finally {
    client.destroy();
  }
}

main().catch((error: unknown) => {
  if (error instanceof DatasetValidationError) console.error(error.message);
  else console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
