/**
 * Custom resource: publishes data/ (bundled next to this handler) to the
 * claims table on every deploy that changes it.
 *
 * It runs exactly the code `npm run seed` runs: `loadDataset` validates all of
 * data/ first and throws a DatasetValidationError naming the file, claim and
 * field (nothing is written; the resource fails with that message as the
 * reason; CloudFormation rolls back); then DynamoDbClaimsSeeder applies the
 * diff (adds, changes, removes) idempotently and reports counts.
 *
 * The stack passes DataHash, a hash of data/ at synth time, and SeederBundle,
 * the hash of this function's bundle, so CloudFormation sends an Update when
 * the data or the seeding code (say, the lookup-key design) changed; a re-run
 * with nothing to change writes nothing. If the hash of the copy
 * bundled here differs from it, CloudFormation is asking for a data version
 * this code does not carry; that happens only while rolling back (the code
 * and the request come from different deploys). The handler then leaves the
 * table as it is rather than fail the rollback.
 *
 * Delete does nothing: the table's own removal policy decides what happens
 * to the claims.
 */
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { loadDataset } from '../core/dataset/load-dataset';
import { DynamoDbClaimsSeeder } from '../core/store/dynamodb-claims-seeder';
import { customResourceHandler, type CustomResourceResult } from './cfn-response';
import { hashDataDir } from './data-hash';
import { log } from './log';

export const SeedPropertiesSchema = z.object({
  TableName: z.string().check(z.regex(/^[A-Za-z0-9_.-]{3,255}$/)),
  DataHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** Only there to trigger an Update when the code changes. */
  SeederBundle: z.optional(z.string()),
});

export interface SeedClaimsDeps {
  readonly client?: DynamoDBDocumentClient;
  /** Defaults to $DATA_DIR, then data/ next to the bundle ($LAMBDA_TASK_ROOT/data). */
  readonly dataDir?: string;
}

function defaultDataDir(): string {
  return process.env.DATA_DIR ?? join(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), 'data');
}

export function createSeedClaimsHandler(deps: SeedClaimsDeps = {}) {
  let client = deps.client;
  return customResourceHandler('claims_seed', async (event): Promise<CustomResourceResult> => {
    if (event.RequestType === 'Delete') return { PhysicalResourceId: event.PhysicalResourceId ?? 'claims-seed' };
    const parsed = SeedPropertiesSchema.safeParse(event.ResourceProperties);
    if (!parsed.success) {
      throw new Error(`invalid seed resource properties: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    const { TableName, DataHash } = parsed.data;
    const physicalId = `claims-seed:${TableName}`;

    const dataDir = deps.dataDir ?? defaultDataDir();
    const bundledHash = hashDataDir(dataDir);
    if (bundledHash !== DataHash) {
      if (event.RequestType === 'Create') {
        throw new Error(`the bundled data/ (hash ${bundledHash.slice(0, 12)}) is not the data/ this stack was synthesized with (${DataHash.slice(0, 12)})`);
      }
      log('warn', 'claims_seed_skipped', { reason: 'requested data version is not the bundled one (rollback)', requested: DataHash, bundled: bundledHash });
      return { PhysicalResourceId: physicalId, Data: { Summary: 'skipped: rollback to a data version this code does not carry; table left as it is', DataHash } };
    }

    const dataset = await loadDataset(dataDir);
    client ??= DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
    const report = await new DynamoDbClaimsSeeder(client, TableName).seed(dataset);
    log('info', 'claims_seeded', { table: TableName, dataHash: DataHash, ...report });
    const sources = report.sources;
    const summary =
      `claims: ${report.added.length} added, ${report.changed.length} changed, ${report.removed.length} removed, ${report.unchanged} unchanged; ` +
      `sources: ${sources.added.length} added, ${sources.changed.length} changed, ${sources.removed.length} removed`;
    return {
      PhysicalResourceId: physicalId,
      Data: {
        Summary: summary,
        Added: String(report.added.length),
        Changed: String(report.changed.length),
        Removed: String(report.removed.length),
        Unchanged: String(report.unchanged),
        DataHash,
      },
    };
  });
}

export const handler = createSeedClaimsHandler();
