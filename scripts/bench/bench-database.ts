/**
 * The benchmark's DynamoDB Local: file-backed (so synthetic claims can be
 * bulk-imported into its SQLite file between restarts), with two tables:
 *
 * - `claims`: the real table design (index items per lookup key), the real
 *   claims seeded through DynamoDbClaimsSeeder, synthetic claims imported;
 * - `claims_naive`: the naive baseline's design, one item per claim
 *   (`id`, `doc`), answered by Scan-and-filter.
 *
 * Sizes count all claims in the table: real plus synthetic.
 */
import { CreateTableCommand, DynamoDBClient, ScanCommand, type ScanCommandOutput } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Source, SourcedClaim } from '../../lambdas/core/claims/claim-schema';
import type { Dataset } from '../../lambdas/core/dataset/load-dataset';
import { DynamoDbClaimsSeeder } from '../../lambdas/core/store/dynamodb-claims-seeder';
import { claimKeys } from '../../lambdas/core/store/dynamodb-claims-store';
import { createClaimsTable, documentClient } from '../lib/claims-table';
import { LOCAL_CLIENT_CONFIG, startDynamoDbLocal, type DynamoDbLocal } from '../lib/dynamodb-local';
import { bulkLoadClaims, canImportIntoSqlite, importClaimsIntoSqlite, naivePutRequestFor, rawDynamo } from './bulk-load';

export const CLAIMS_TABLE = 'claims';
export const NAIVE_TABLE = 'claims_naive';

/** Full JIT (not the quick-start C1-only flags): the benchmark wants DynamoDB Local's steady-state speed. */
const JVM_OPTIONS = ['-Xms256m', '-Xmx2g', '-XX:+UseParallelGC'];


export interface LoadReport {
  readonly method: 'sqlite-import' | 'batch-write';
  readonly claims: number;
  readonly items: number;
  readonly seconds: number;
  readonly stoppedEarly: boolean;
}

export class BenchDatabase {
  private db: DynamoDbLocal | undefined;
  private client: DynamoDBClient | undefined;
  readonly dir = mkdtempSync(join(tmpdir(), 'factcheck-bench-db-'));
  /** BENCH_IMPORT=batch-write forces the slow path (what runs where python3 is missing). */
  readonly importMethod: 'sqlite-import' | 'batch-write' = process.env.BENCH_IMPORT !== 'batch-write' && canImportIntoSqlite() ? 'sqlite-import' : 'batch-write';
  /** Claims in the table (real + synthetic). */
  claims = 0;
  /** Index items in `claims` (real ones counted from the seeder's writes). */
  indexItems = 0;
  /** DynamoDB item size (names + values) of everything in the naive table: what a full Scan reads. */
  naiveBytes = 0;

  get endpoint(): string {
    if (!this.db) throw new Error('DynamoDB Local is not running');
    return this.db.endpoint;
  }

  get dbFile(): string {
    return join(this.dir, 'shared-local-instance.db');
  }

  async start(): Promise<number> {
    const started = performance.now();
    this.db = await startDynamoDbLocal({ dbPath: this.dir, jvmOptions: JVM_OPTIONS, timeoutMs: 120_000, background: true });
    this.client = new DynamoDBClient({ ...LOCAL_CLIENT_CONFIG, endpoint: this.db.endpoint });
    return performance.now() - started;
  }

  async stop(): Promise<void> {
    this.client?.destroy();
    this.client = undefined;
    await this.db?.stop();
    this.db = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private get dynamo(): DynamoDBClient {
    if (!this.client) throw new Error('DynamoDB Local is not running');
    return this.client;
  }

  /** Creates both tables, seeds the real claims through the seeder, and writes them to the naive table too. */
  async createAndSeed(dataset: Dataset): Promise<void> {
    await createClaimsTable(this.dynamo, CLAIMS_TABLE);
    await this.dynamo.send(
      new CreateTableCommand({
        TableName: NAIVE_TABLE,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      }),
    );
    const doc = documentClient(this.dynamo);
    const report = await new DynamoDbClaimsSeeder(doc, CLAIMS_TABLE, { concurrency: 8 }).seed(dataset);
    const naive = dataset.claims.map((claim) => ({ PutRequest: { Item: { id: claim.id, doc: JSON.stringify(claim) } } }));
    for (let i = 0; i < naive.length; i += 25) {
      let pending: unknown[] = naive.slice(i, i + 25);
      while (pending.length > 0) {
        const result = await doc.send(new BatchWriteCommand({ RequestItems: { [NAIVE_TABLE]: pending as never } }));
        pending = result.UnprocessedItems?.[NAIVE_TABLE] ?? [];
      }
    }
    this.claims = dataset.claims.length;
    this.indexItems = report.writes;
    this.naiveBytes = dataset.claims.reduce((sum, claim) => sum + naiveItemBytes(claim), 0);
  }

  /** Writes the synthetic articles' sources into the SOURCES partition, as seeding them would. */
  async writeSources(sources: readonly Source[]): Promise<void> {
    const doc = documentClient(this.dynamo);
    const puts = sources.map((source) => ({ PutRequest: { Item: { ...claimKeys.source(source.id), doc: JSON.stringify(source), hash: 'bench' } } }));
    for (let i = 0; i < puts.length; i += 25) {
      let pending: unknown[] = puts.slice(i, i + 25);
      while (pending.length > 0) {
        const result = await doc.send(new BatchWriteCommand({ RequestItems: { [CLAIMS_TABLE]: pending as never } }));
        pending = result.UnprocessedItems?.[CLAIMS_TABLE] ?? [];
      }
    }
  }

  /**
   * Grows the table to `targetClaims` with synthetic claims. With python3 the
   * claims are imported straight into the stopped DynamoDB Local's SQLite
   * file (DynamoDB Local is restarted afterwards); otherwise they are written
   * with BatchWriteItem until `deadline`.
   */
  async growTo(targetClaims: number, next: () => SourcedClaim, options: { deadline: number; log: (line: string) => void }): Promise<LoadReport> {
    const count = Math.max(0, targetClaims - this.claims);
    if (this.importMethod === 'sqlite-import') {
      await this.stop();
      const result = await importClaimsIntoSqlite(this.dbFile, { indexTable: CLAIMS_TABLE, naiveTable: NAIVE_TABLE }, count, next, {
        onProgress: (p) => options.log(`    imported ${p.claims.toLocaleString('en')} claims (${p.items.toLocaleString('en')} items) in ${p.seconds.toFixed(0)} s`),
      });
      this.claims += result.claims;
      this.indexItems += result.items;
      this.naiveBytes += result.naiveBytes;
      return { method: 'sqlite-import', claims: result.claims, items: result.items, seconds: result.seconds, stoppedEarly: false };
    }
    const raw = rawDynamo(this.endpoint, 32);
    try {
      let naiveBuffer: string[] = [];
      const flushNaive = async () => {
        const body = `{"RequestItems":{"${NAIVE_TABLE}":[${naiveBuffer.join(',')}]}}`;
        naiveBuffer = [];
        let result = await raw.call('BatchWriteItem', body);
        for (let attempt = 0; (result.UnprocessedItems as Record<string, unknown[]> | undefined)?.[NAIVE_TABLE]?.length; attempt++) {
          await new Promise((r) => setTimeout(r, 20 * (attempt + 1)));
          result = await raw.call('BatchWriteItem', JSON.stringify({ RequestItems: result.UnprocessedItems }));
        }
      };
      const pendingNaive: Promise<void>[] = [];
      const withNaive = () => {
        const claim = next();
        this.naiveBytes += naiveItemBytes(claim);
        naiveBuffer.push(naivePutRequestFor(claim));
        if (naiveBuffer.length === 25) pendingNaive.push(flushNaive());
        return claim;
      };
      const result = await bulkLoadClaims(raw, CLAIMS_TABLE, count, withNaive, {
        concurrency: 16,
        deadline: options.deadline,
        onProgress: (p) => options.log(`    wrote ${p.claims.toLocaleString('en')} claims (${p.items.toLocaleString('en')} items) in ${p.seconds.toFixed(0)} s`),
      });
      if (naiveBuffer.length > 0) pendingNaive.push(flushNaive());
      await Promise.all(pendingNaive);
      this.claims += result.claims;
      this.indexItems += result.items;
      return { method: 'batch-write', claims: result.claims, items: result.items, seconds: result.seconds, stoppedEarly: result.stoppedEarly };
    } finally {
      raw.close();
    }
  }

  /** Items in one partition of `claims`, read back through the API (checks an import). */
  async countPartition(pk: string): Promise<number> {
    const doc = documentClient(this.dynamo);
    let count = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await doc.send(
        new QueryCommand({ TableName: CLAIMS_TABLE, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, Select: 'COUNT', ExclusiveStartKey: startKey }),
      );
      count += page.Count ?? 0;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return count;
  }

  /**
   * The naive baseline: Scan the one-item-per-claim table with a filter, page
   * by page, until done or until `budgetMs` is spent. A Scan reads every item
   * whatever the filter, so a partial scan is extrapolated linearly to the
   * whole table (and flagged as such).
   */
  async naiveScan(filter: { contains: readonly string[] }, budgetMs: number): Promise<NaiveScanResult> {
    const started = performance.now();
    let pages = 0;
    let scanned = 0;
    let matched = 0;
    let rcu = 0;
    let startKey: ScanCommandOutput['LastEvaluatedKey'];
    let timedOut = false;
    const names = { '#doc': 'doc' };
    const values = Object.fromEntries(filter.contains.map((s, i) => [`:v${i}`, { S: s }]));
    const expression = filter.contains.map((_, i) => `contains(#doc, :v${i})`).join(' AND ');
    // A page in flight is abandoned at the budget: DynamoDB Local's Scan slows down with the table size.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), budgetMs);
    try {
      do {
        const page = await this.dynamo.send(
          new ScanCommand({
            TableName: NAIVE_TABLE,
            FilterExpression: expression,
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
            ReturnConsumedCapacity: 'TOTAL',
            ExclusiveStartKey: startKey,
          }),
          { abortSignal: abort.signal },
        );
        pages++;
        scanned += page.ScannedCount ?? 0;
        matched += page.Count ?? 0;
        rcu += page.ConsumedCapacity?.CapacityUnits ?? 0;
        startKey = page.LastEvaluatedKey;
      } while (startKey && !abort.signal.aborted);
    } catch (error) {
      if (!abort.signal.aborted) throw error;
      timedOut = true;
    } finally {
      clearTimeout(timer);
    }
    const ms = performance.now() - started;
    const complete = startKey === undefined && !timedOut && pages > 0;
    const scale = complete || scanned === 0 ? 1 : this.claims / scanned;
    // DynamoDB's price of a full Scan: every byte read, 0.5 RCU per 4 KB (eventually consistent), 1 MB per page.
    const modelRcu = Math.ceil(this.naiveBytes / 4096) * 0.5;
    const modelPages = Math.ceil(this.naiveBytes / 2 ** 20);
    return {
      complete,
      pages,
      scanned,
      matched,
      ms,
      rcu,
      estimatedMs: complete ? ms : scanned > 0 ? ms * scale : Number.NaN,
      estimatedRcu: complete ? rcu : modelRcu,
      estimatedPages: complete ? pages : modelPages,
      tableBytes: this.naiveBytes,
      modelRcu,
      budgetMs,
    };
  }
}

/** DynamoDB's size of the naive item { id, doc }: attribute names plus UTF-8 values. */
function naiveItemBytes(claim: SourcedClaim): number {
  return 2 + Buffer.byteLength(claim.id) + 3 + Buffer.byteLength(JSON.stringify(claim));
}

export interface NaiveScanResult {
  readonly complete: boolean;
  readonly pages: number;
  readonly scanned: number;
  readonly matched: number;
  readonly ms: number;
  readonly rcu: number;
  /** Whole-table time: measured when complete, else extrapolated linearly from the items scanned (NaN if no page finished). */
  readonly estimatedMs: number;
  /** Whole-table RCUs and pages: measured when complete, else DynamoDB's cost model on the table's size. */
  readonly estimatedRcu: number;
  readonly estimatedPages: number;
  readonly tableBytes: number;
  readonly modelRcu: number;
  readonly budgetMs: number;
}
