/**
 * Fast bulk loading of synthetic claims into DynamoDB Local for the scaling
 * benchmark.
 *
 * The real claims go through DynamoDbClaimsSeeder (diffs, registry, retries).
 * Synthetic ones are written here with the very same index items (one per
 * `lookupKeysForClaim` key: `claimKeys.index(key, sortKey)` with the claim's
 * date-ordered sort key, and the compressed claim in `d`) but without the
 * seeder's registry bookkeeping, which only serves re-runs.
 *
 * To keep the Node side from being the bottleneck on a 2-core machine,
 * BatchWriteItem bodies are serialised by hand (DynamoDB JSON) and POSTed over
 * keep-alive HTTP, with many requests in flight. DynamoDB Local does not check
 * signatures; it only reads the access key from the Authorization header.
 */
import { spawn, spawnSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { SourcedClaim } from '../../lambdas/core/claims/claim-schema';
import { lookupKeysForClaim } from '../../lambdas/core/claims/lookup-keys';
import { loadKnowledge } from '../../lambdas/core/knowledge/load-knowledge';
import { DATA_DIR } from '../lib/claims-table';

/** Synthetic claims are keyed with the real data's knowledge (units, wars), as a deploy would key them. */
const knowledge = loadKnowledge(DATA_DIR);
import { claimKeys, claimOrderDate, encodeClaimDoc, INDEX_DOC_ATTRIBUTE } from '../../lambdas/core/store/dynamodb-claims-store';
import { TABLE_DESIGN } from '../../lambdas/core/store/table-design';
import { LOCAL_CLIENT_CONFIG } from '../lib/dynamodb-local';

const { partitionKey: PK, sortKey: SK } = TABLE_DESIGN;

export interface RawDynamo {
  /** POSTs one DynamoDB JSON API call; resolves with the parsed response body. */
  call(target: string, body: string): Promise<Record<string, unknown>>;
  close(): void;
}

export function rawDynamo(endpoint: string, maxSockets = 32): RawDynamo {
  const url = new URL(endpoint);
  const agent = new Agent({ keepAlive: true, maxSockets });
  const date = new Date().toISOString().replace(/[-:]|\.\d{3}/g, '');
  const auth = `AWS4-HMAC-SHA256 Credential=${LOCAL_CLIENT_CONFIG.credentials.accessKeyId}/${date.slice(0, 8)}/${LOCAL_CLIENT_CONFIG.region}/dynamodb/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=0`;
  return {
    call(target, body) {
      return new Promise((resolve, reject) => {
        const req = request(
          {
            host: url.hostname,
            port: url.port,
            method: 'POST',
            path: '/',
            agent,
            headers: {
              'content-type': 'application/x-amz-json-1.0',
              'x-amz-target': `DynamoDB_20120810.${target}`,
              'x-amz-date': date,
              authorization: auth,
              'content-length': Buffer.byteLength(body),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              let parsed: Record<string, unknown>;
              try {
                parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
              } catch {
                reject(new Error(`${target}: HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
                return;
              }
              if ((res.statusCode ?? 500) >= 300) reject(Object.assign(new Error(`${target}: HTTP ${res.statusCode}: ${text.slice(0, 300)}`), { body: parsed }));
              else resolve(parsed);
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}

/** A claim's index items as the store writes them: one per lookup key, same sort key and compressed claim for all. */
export function indexItemsFor(claim: SourcedClaim): { keys: Array<{ pk: string; sk: string }>; doc: Buffer } {
  const sk = claimKeys.indexSortKey(claim.id, claimOrderDate(claim));
  const doc = Buffer.from(encodeClaimDoc(claim));
  return { keys: lookupKeysForClaim(claim, knowledge).map((key) => ({ pk: String(claimKeys.index(key, sk)[PK]), sk })), doc };
}

/** The index items for one claim, as DynamoDB JSON `PutRequest`s (strings and base64 only, so hand-serialising is safe). */
export function putRequestsFor(claim: SourcedClaim): string[] {
  const { keys, doc } = indexItemsFor(claim);
  const binary = doc.toString('base64');
  return keys.map(({ pk, sk }) => `{"PutRequest":{"Item":{"${PK}":{"S":${JSON.stringify(pk)}},"${SK}":{"S":${JSON.stringify(sk)}},"${INDEX_DOC_ATTRIBUTE}":{"B":"${binary}"}}}}`);
}

export interface BulkLoadProgress {
  readonly claims: number;
  readonly items: number;
  readonly seconds: number;
}

/**
 * Writes `count` claims from `next()` as index items, 25 per BatchWriteItem,
 * `concurrency` requests in flight; retries UnprocessedItems. Returns the
 * number of items written.
 */
export async function bulkLoadClaims(
  db: RawDynamo,
  tableName: string,
  count: number,
  next: () => SourcedClaim,
  options: { concurrency?: number; onProgress?: (p: BulkLoadProgress) => void; deadline?: number } = {},
): Promise<{ claims: number; items: number; seconds: number; stoppedEarly: boolean }> {
  const concurrency = options.concurrency ?? 16;
  const started = performance.now();
  let produced = 0;
  let items = 0;
  let buffer: string[] = [];
  let lastReport = started;
  let stoppedEarly = false;
  const prefix = `{"RequestItems":{${JSON.stringify(tableName)}:[`;

  const takeBatch = (): string[] | undefined => {
    while (buffer.length < 25 && produced < count) {
      if (options.deadline !== undefined && produced % 1000 === 0 && Date.now() > options.deadline) {
        stoppedEarly = true;
        count = produced;
        break;
      }
      buffer.push(...putRequestsFor(next()));
      produced++;
    }
    if (buffer.length === 0) return undefined;
    const batch = buffer.slice(0, 25);
    buffer = buffer.slice(25);
    return batch;
  };

  const writeBatch = async (batch: string[]) => {
    let body = `${prefix}${batch.join(',')}]}}`;
    for (let attempt = 1; ; attempt++) {
      const result = await db.call('BatchWriteItem', body);
      const unprocessed = (result.UnprocessedItems as Record<string, unknown[]> | undefined)?.[tableName];
      if (!unprocessed || unprocessed.length === 0) return;
      if (attempt > 10) throw new Error(`${unprocessed.length} items still unprocessed after ${attempt} attempts`);
      body = JSON.stringify({ RequestItems: { [tableName]: unprocessed } });
      await new Promise((r) => setTimeout(r, 20 * attempt));
    }
  };

  const worker = async () => {
    for (let batch = takeBatch(); batch; batch = takeBatch()) {
      await writeBatch(batch);
      items += batch.length;
      const now = performance.now();
      if (options.onProgress && now - lastReport > 2000) {
        lastReport = now;
        options.onProgress({ claims: produced, items, seconds: (now - started) / 1000 });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { claims: produced, items, seconds: (performance.now() - started) / 1000, stoppedEarly };
}

/** The naive baseline's item for one claim: one item per claim, `id` + `doc`, as DynamoDB JSON. */
export function naivePutRequestFor(claim: SourcedClaim): string {
  return `{"PutRequest":{"Item":{"id":{"S":${JSON.stringify(claim.id)}},"doc":{"S":${JSON.stringify(JSON.stringify(claim))}}}}}`;
}

/**
 * Writes synthetic claims straight into a stopped DynamoDB Local's SQLite file
 * (scripts/bench/sqlite_import.py), as a bulk import: about 50× faster than
 * BatchWriteItem through DynamoDB Local, which is single-threaded on writes.
 * Writes the index items into `indexTable` and, when given, one item per
 * claim into `naiveTable`.
 */
export async function importClaimsIntoSqlite(
  dbFile: string,
  tables: { indexTable: string; naiveTable?: string },
  count: number,
  next: () => SourcedClaim,
  options: { onProgress?: (p: BulkLoadProgress) => void } = {},
): Promise<{ claims: number; items: number; naiveItems: number; naiveBytes: number; seconds: number }> {
  const started = performance.now();
  const script = fileURLToPath(new URL('./sqlite_import.py', import.meta.url));
  const specs = [`${tables.indexTable}:range`, ...(tables.naiveTable ? [`${tables.naiveTable}:hash`] : [])];
  const child = spawn('python3', [script, dbFile, ...specs], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
  const write = (chunk: string) => (child.stdin.write(chunk) ? Promise.resolve() : new Promise<void>((r) => child.stdin.once('drain', r)));

  let lastReport = started;
  let items = 0;
  let naiveBytes = 0;
  let chunk = '';
  for (let i = 0; i < count; i++) {
    const claim = next();
    const { keys, doc: indexDoc } = indexItemsFor(claim);
    const binary = indexDoc.toString('base64');
    for (const { pk, sk } of keys) {
      // DynamoDB's item size: attribute names plus values (a Binary counts its bytes); DynamoDB Local keeps Binary as base64 in its JSON.
      const size = PK.length + Buffer.byteLength(pk) + SK.length + Buffer.byteLength(sk) + INDEX_DOC_ATTRIBUTE.length + indexDoc.length;
      chunk += `0\t${pk}\t${sk}\t${size}\t{"${PK}":{"S":${JSON.stringify(pk)}},"${SK}":{"S":${JSON.stringify(sk)}},"${INDEX_DOC_ATTRIBUTE}":{"B":"${binary}"}}\n`;
      items++;
    }
    const doc = JSON.stringify(claim);
    const docJson = JSON.stringify(doc);
    const docBytes = Buffer.byteLength(doc);
    if (tables.naiveTable) {
      const size = 2 + Buffer.byteLength(claim.id) + 3 + docBytes;
      naiveBytes += size;
      chunk += `1\t${claim.id}\t${size}\t{"id":{"S":${JSON.stringify(claim.id)}},"doc":{"S":${docJson}}}\n`;
    }
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
      const now = performance.now();
      if (options.onProgress && now - lastReport > 5000) {
        lastReport = now;
        options.onProgress({ claims: i + 1, items, seconds: (now - started) / 1000 });
      }
    }
  }
  if (chunk) await write(chunk);
  child.stdin.end();
  const code = await exited;
  if (code !== 0) throw new Error(`sqlite_import.py failed (exit ${code}): ${stderr.slice(-2000)}`);
  const counts = JSON.parse(stdout) as Record<string, number>;
  if (counts[tables.indexTable] !== items) throw new Error(`sqlite import wrote ${counts[tables.indexTable]} index items, expected ${items}`);
  return { claims: count, items, naiveItems: tables.naiveTable ? (counts[tables.naiveTable] ?? 0) : 0, naiveBytes, seconds: (performance.now() - started) / 1000 };
}

/** True when python3 (with its sqlite3 module) can run the bulk importer. */
export function canImportIntoSqlite(): boolean {
  const result = spawnSync('python3', ['-c', 'import sqlite3, hashlib'], { stdio: 'ignore' });
  return result.status === 0;
}
