/**
 * Idempotent, diff-based loading of a validated Dataset into the claims table.
 * Used by `npm run seed`, `npm start` and the deploy-time custom resource.
 *
 * The REGISTRY partition records, per claim, a content hash, the lookup
 * keys it was written under and the sort key(s) of its index items (they
 * carry the claim's date, which can change). That gives three guarantees
 * without a Scan:
 * - running twice writes nothing the second time (hashes match);
 * - a claim deleted from data/ is removed with all its index items;
 * - an interrupted run leaves nothing orphaned: the registry is first marked
 *   "pending" with the union of old and new keys, then index items are
 *   written, then the registry is finalised. A re-run finishes the job.
 */
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Source, SourcedClaim } from '../claims/claim-schema';
import { lookupKeysForClaim } from '../claims/lookup-keys';
import type { Dataset } from '../dataset/load-dataset';
import { claimKeys, claimOrderDate, encodeClaimDoc, INDEX_DOC_ATTRIBUTE, queryPartition, rememberSources } from './dynamodb-claims-store';
import { TABLE_DESIGN } from './table-design';

export interface SeedReport {
  readonly added: string[];
  readonly changed: string[];
  readonly removed: string[];
  readonly unchanged: number;
  readonly sources: { added: string[]; changed: string[]; removed: string[] };
  /** Items put plus items deleted. Zero on a re-run with unchanged data. */
  readonly writes: number;
}

export class SeedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SeedError';
  }
}

export interface SeedOptions {
  /** BatchWrite attempts for UnprocessedItems before giving up (default 8). */
  readonly maxAttempts?: number;
  /** First backoff delay; doubles each retry, with jitter (default 50 ms). */
  readonly baseDelayMs?: number;
  /** Parallel BatchWrite requests (default 4). */
  readonly concurrency?: number;
}

type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };

const PENDING = 'pending';
/**
 * The index layout the hashes are taken over: 2 = date-ordered sort keys and
 * compressed claims without their source. A claim written under another
 * layout hashes differently, so the next seed rewrites it (and deletes its old items).
 */
const INDEX_LAYOUT = 2;

function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);
}

export class DynamoDbClaimsSeeder {
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly concurrency: number;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    options: SeedOptions = {},
  ) {
    this.maxAttempts = options.maxAttempts ?? 8;
    this.baseDelayMs = options.baseDelayMs ?? 50;
    this.concurrency = options.concurrency ?? 4;
  }

  async seed(dataset: Dataset): Promise<SeedReport> {
    const [registryItems, sourceItems] = await Promise.all([
      queryPartition(this.client, this.tableName, claimKeys.registryPartition, [TABLE_DESIGN.sortKey, 'hash', 'keys', 'sks']),
      queryPartition(this.client, this.tableName, claimKeys.sourcesPartition, [TABLE_DESIGN.sortKey, 'hash']),
    ]);
    const registry = new Map(
      registryItems.map((item) => {
        const claimId = claimKeys.claimIdFromSortKey(String(item[TABLE_DESIGN.sortKey]));
        // Items written before the sort keys carried dates have no `sks`: their index items sit under the legacy sort key.
        const sks = (item.sks as string[] | undefined) ?? [claimKeys.legacyIndexSortKey(claimId)];
        return [claimId, { hash: String(item.hash), keys: (item.keys as string[] | undefined) ?? [], sks }];
      }),
    );
    const articleDates = latestDateBySource(dataset);

    const added: string[] = [];
    const changed: string[] = [];
    const pending: WriteRequest[] = [];
    const indexWrites: WriteRequest[] = [];
    const finals: WriteRequest[] = [];

    for (const claim of dataset.claims) {
      const keys = lookupKeysForClaim(claim, dataset.knowledge);
      const sk = claimKeys.indexSortKey(claim.id, claimOrderDate(claim, articleDates.get(claim.source.id)));
      const hash = contentHash({ layout: INDEX_LAYOUT, claim, keys, sk });
      const previous = registry.get(claim.id);
      registry.delete(claim.id);
      if (previous?.hash === hash) continue;
      (previous ? changed : added).push(claim.id);
      const previousSks = previous?.sks ?? [];
      pending.push(registryPut(claim.id, PENDING, [...new Set([...keys, ...(previous?.keys ?? [])])], [...new Set([sk, ...previousSks])]));
      const doc = encodeClaimDoc(claim satisfies SourcedClaim);
      for (const key of keys) indexWrites.push({ PutRequest: { Item: { ...claimKeys.index(key, sk), [INDEX_DOC_ATTRIBUTE]: doc } } });
      // Every item the claim had that it no longer has: a key it lost, or any key under a sort key it left (its date changed).
      for (const oldSk of previousSks) {
        for (const key of previous?.keys ?? []) if (oldSk !== sk || !keys.includes(key)) indexWrites.push({ DeleteRequest: { Key: claimKeys.index(key, oldSk) } });
      }
      finals.push(registryPut(claim.id, hash, keys, [sk]));
    }

    // Whatever is left in the registry was deleted from data/.
    const removed = [...registry.keys()];
    for (const [claimId, { keys, sks }] of registry) {
      for (const sk of sks) for (const key of keys) indexWrites.push({ DeleteRequest: { Key: claimKeys.index(key, sk) } });
      finals.push({ DeleteRequest: { Key: claimKeys.registry(claimId) } });
    }

    const sources = this.diffSources(dataset.sources, sourceItems);

    await this.batchWrite(pending);
    await this.batchWrite([...indexWrites, ...sources.writes]);
    await this.batchWrite(finals);
    // Readers in this process (npm start, the tests) take the sources just written without reading SOURCES.
    rememberSources(dataset.sources);

    const writes = pending.length + indexWrites.length + finals.length + sources.writes.length;
    return { added, changed, removed, unchanged: dataset.claims.length - added.length - changed.length, sources: sources.report, writes };
  }

  private diffSources(sources: readonly Source[], existing: Record<string, unknown>[]) {
    const stored = new Map(existing.map((item) => [String(item[TABLE_DESIGN.sortKey]).slice(2), String(item.hash)]));
    const report = { added: [] as string[], changed: [] as string[], removed: [] as string[] };
    const writes: WriteRequest[] = [];
    for (const source of sources) {
      const hash = contentHash(source);
      const previous = stored.get(source.id);
      stored.delete(source.id);
      if (previous === hash) continue;
      (previous === undefined ? report.added : report.changed).push(source.id);
      writes.push({ PutRequest: { Item: { ...claimKeys.source(source.id), doc: JSON.stringify(source), hash } } });
    }
    for (const sourceId of stored.keys()) {
      report.removed.push(sourceId);
      writes.push({ DeleteRequest: { Key: claimKeys.source(sourceId) } });
    }
    return { report, writes };
  }

  private async batchWrite(requests: WriteRequest[]): Promise<void> {
    const chunks: WriteRequest[][] = [];
    for (let i = 0; i < requests.length; i += 25) chunks.push(requests.slice(i, i + 25));
    let next = 0;
    const worker = async () => {
      while (next < chunks.length) {
        const chunk = chunks[next++];
        if (chunk) await this.writeChunk(chunk);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, chunks.length) }, worker));
  }

  private async writeChunk(chunk: WriteRequest[]): Promise<void> {
    let remaining: WriteRequest[] = chunk;
    for (let attempt = 1; ; attempt++) {
      let unprocessed: WriteRequest[];
      try {
        const result = await this.client.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: remaining } }));
        unprocessed = (result.UnprocessedItems?.[this.tableName] ?? []) as WriteRequest[];
      } catch (cause) {
        if (attempt >= this.maxAttempts || !isRetryable(cause)) throw new SeedError(`BatchWriteItem failed on attempt ${attempt}`, { cause });
        unprocessed = remaining;
      }
      if (unprocessed.length === 0) return;
      if (attempt >= this.maxAttempts) {
        throw new SeedError(`${unprocessed.length} write(s) still unprocessed after ${attempt} attempts; re-run the seed to finish`);
      }
      remaining = unprocessed;
      const delay = this.baseDelayMs * 2 ** (attempt - 1);
      await sleep(delay / 2 + Math.random() * (delay / 2));
    }
  }
}

function registryPut(claimId: string, hash: string, keys: string[], sks: string[]): WriteRequest {
  return { PutRequest: { Item: { ...claimKeys.registry(claimId), hash, keys, sks } } };
}

/** Per source, the latest date among its claims: the article's date when its source gives none. */
function latestDateBySource(dataset: Dataset): Map<string, string> {
  const latest = new Map<string, string>();
  for (const claim of dataset.claims) {
    const current = latest.get(claim.source.id);
    if (claim.date !== null && (current === undefined || claim.date > current)) latest.set(claim.source.id, claim.date);
  }
  return latest;
}

function isRetryable(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name ?? '';
  return ['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded', 'InternalServerError', 'ServiceUnavailable', 'TimeoutError'].includes(name);
}
