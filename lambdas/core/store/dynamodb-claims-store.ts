/**
 * The only module that knows how claims are laid out in the table.
 *
 *   pk = "K#<lookup key>"  sk = "<yyyymmdd>#<claim id>"  d = compressed claim   index item, one per (key, claim)
 *   pk = "SOURCES"         sk = "S#<source id>"          doc = Source JSON       one per source
 *   pk = "REGISTRY"        sk = "C#<claim id>"           hash, keys, sks         what the seeder wrote, for diffs
 *
 * Index items sort newest first (they are read in descending order): the
 * date is the claim's own, else its article's (published, or the latest date
 * among the article's claims), else its occasion's year, `00000000` when
 * there is none; the claim id breaks ties. So what a page holds depends on
 * when claims were made, never on where their ids fall in the alphabet.
 *
 * An index item holds the claim without its source: a positional JSON array
 * (no field names) compressed with deflate-raw, stored as a Binary attribute,
 * about a fifth of the claim-plus-source JSON it replaces. The source is named
 * by id and content hash and taken from the sources the caller already holds
 * (the Knowledge's, which ship with the bundle) or from a cache filled from
 * the SOURCES partition, which is read only when a claim names a source the
 * process does not know. Every claim read back is validated with zod/mini.
 *
 * An answer reads at most MAX_READ_REQUESTS requests: the first page of every
 * key, then further pages while the budget lasts, and says when the budget
 * cut the read short. Its cost does not depend on the table's size.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ClaimSchema, SourceSchema, type Claim, type Source, type SourcedClaim } from '../claims/claim-schema';
import { claimYear, MAX_LOOKUP_KEYS } from '../claims/lookup-keys';
import { ClaimsStoreError, MAX_READ_REQUESTS, type ClaimsStore, type LookupResult, type ReadBudget } from './claims-store';
import { TABLE_DESIGN } from './table-design';
import { setBounded } from '../cache/bounded-map';

const { partitionKey: PK, sortKey: SK } = TABLE_DESIGN;

/** The attribute of an index item that holds the compressed claim. */
export const INDEX_DOC_ATTRIBUTE = 'd';
/** Claims per Query page when the caller does not say. */
export const DEFAULT_PAGE_SIZE = 50;
const UNDATED = '00000000';

/** Key shapes, shared with the seeder in this folder (and the benchmark's bulk loader) only. */
export const claimKeys = {
  index: (lookupKey: string, sortKey: string) => ({ [PK]: `K#${lookupKey}`, [SK]: sortKey }),
  indexPartition: (lookupKey: string) => `K#${lookupKey}`,
  /** `<yyyymmdd>#<claim id>`: read in descending order, newest first. */
  indexSortKey: (claimId: string, orderDate: string) => `${orderDate}#${claimId}`,
  claimIdFromIndexSortKey: (sk: string) => sk.slice(sk.indexOf('#') + 1),
  /** The sort key of index items written before they were ordered by date (layout 1). */
  legacyIndexSortKey: (claimId: string) => `C#${claimId}`,
  source: (sourceId: string) => ({ [PK]: 'SOURCES', [SK]: `S#${sourceId}` }),
  sourcesPartition: 'SOURCES',
  registry: (claimId: string) => ({ [PK]: 'REGISTRY', [SK]: `C#${claimId}` }),
  registryPartition: 'REGISTRY',
  claimIdFromSortKey: (sk: string) => sk.slice(2),
} as const;

/**
 * The date a claim is ordered by, as `yyyymmdd`: its own date, else its
 * source's publication date, else `articleDate` (the latest date among the
 * claims of its article, which the seeder knows), else its occasion's year.
 */
export function claimOrderDate(claim: SourcedClaim, articleDate?: string | null): string {
  const iso = claim.date ?? claim.source.published ?? articleDate ?? null;
  if (iso !== null) return iso.replace(/-/g, '');
  const year = claimYear(claim);
  return year === undefined ? UNDATED : `${String(year).padStart(4, '0')}0000`;
}

/** A short content hash of a source: an index item names its source by id and this, so a cached source is never stale. */
export function sourceHash(source: Source): string {
  const fields = [source.id, source.document, source.outlet, source.origin, source.headline, source.published, source.publishedNote, source.language, source.url];
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64url').slice(0, 12);
}

/** Bumped when the index item's encoding changes: items of another format are refused (re-run the seed). */
const DOC_FORMAT = 1;

/** The index item's `d`: the claim as a positional array, source by reference, deflate-raw compressed. */
export function encodeClaimDoc(claim: SourcedClaim): Uint8Array {
  const f = claim.figure;
  const fields = [DOC_FORMAT, claim.kind, claim.topic, claim.subjects, claim.speaker, claim.place, claim.event, claim.date, f === null ? null : [f.low, f.high, f.unit, f.qualifiers], claim.text, claim.excerpt, claim.source.id, sourceHash(claim.source)];
  return deflateRawSync(JSON.stringify(fields));
}

interface DecodedClaim {
  readonly claim: Claim;
  readonly sourceRef: string;
}

/**
 * A warm Lambda reads the same items again and again: decoded claims are kept
 * by sort key and exact bytes (so a re-seeded claim is decoded afresh), which
 * spares inflating and validating them a second time. Bounded.
 */
const DECODED_CACHE_LIMIT = 5_000;
const decodedCache = new Map<string, { readonly bytes: Buffer; readonly decoded: DecodedClaim }>();

function decodeClaimDoc(item: Record<string, unknown>): DecodedClaim {
  const sk = item[SK];
  const doc = item[INDEX_DOC_ATTRIBUTE];
  if (typeof sk !== 'string' || !(doc instanceof Uint8Array)) throw new ClaimsStoreError('stored index item is not in the current layout (re-run the seed)');
  // By sort key, checked byte for byte: cheaper than a key built of the bytes, and a re-seeded claim still misses.
  const cached = decodedCache.get(sk);
  if (cached !== undefined && cached.bytes.equals(doc)) return cached.decoded;
  const decoded = decodeFresh(sk, doc);
  // A copy: the SDK may reuse the response's buffer.
  setBounded(decodedCache, sk, { bytes: Buffer.from(doc), decoded }, DECODED_CACHE_LIMIT);
  return decoded;
}

function decodeFresh(sk: string, doc: Uint8Array): DecodedClaim {
  let fields: unknown;
  try {
    fields = JSON.parse(inflateRawSync(doc).toString('utf8'));
  } catch (cause) {
    throw new ClaimsStoreError('stored index item cannot be decoded', { cause });
  }
  if (!Array.isArray(fields) || fields.length !== 13 || fields[0] !== DOC_FORMAT) throw new ClaimsStoreError('stored index item is in another format (re-run the seed)');
  const [, kind, topic, subjects, speaker, place, event, date, figure, text, excerpt, sourceId, hash] = fields as unknown[];
  const figureFields = Array.isArray(figure) ? (figure as unknown[]) : null;
  const parsed = ClaimSchema.safeParse({
    id: claimKeys.claimIdFromIndexSortKey(sk),
    kind,
    topic,
    subjects,
    speaker,
    place,
    event,
    date,
    figure: figureFields === null ? figure : { low: figureFields[0], high: figureFields[1], unit: figureFields[2], qualifiers: figureFields[3] },
    text,
    excerpt,
  });
  if (!parsed.success) throw new ClaimsStoreError('stored item does not match the claim schema (re-run the seed)', { cause: parsed.error });
  if (typeof sourceId !== 'string' || typeof hash !== 'string') throw new ClaimsStoreError('stored index item names no source (re-run the seed)');
  return { claim: parsed.data, sourceRef: `${sourceId}#${hash}` };
}

/**
 * Sources this process has seen, by id and content hash: handed in by callers
 * (the bundled Knowledge), written by the seeder, or read from SOURCES.
 * Content-addressed, so an entry is right for any table that names it.
 */
const SOURCE_CACHE_LIMIT = 10_000;
const sourceCache = new Map<string, Source>();
let rememberedLists = new WeakSet<readonly Source[]>();

/** Lets readers in this process take these sources without reading SOURCES. Cheap to call again with the same array. */
export function rememberSources(sources: readonly Source[]): void {
  if (rememberedLists.has(sources)) return;
  if (sourceCache.size + sources.length > SOURCE_CACHE_LIMIT) {
    sourceCache.clear();
    rememberedLists = new WeakSet();
  }
  for (const source of sources) sourceCache.set(`${source.id}#${sourceHash(source)}`, source);
  rememberedLists.add(sources);
}

async function queryAll(client: DynamoDBDocumentClient, tableName: string, partition: string, projection: readonly string[]): Promise<Record<string, unknown>[]> {
  const names = Object.fromEntries(projection.map((attr, i) => [`#a${i}`, attr]));
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page: QueryCommandOutput = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': PK, ...names },
        ExpressionAttributeValues: { ':pk': partition },
        ProjectionExpression: Object.keys(names).join(', '),
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

export { queryAll as queryPartition };

interface Cursor {
  readonly key: string;
  start: Record<string, unknown> | undefined;
  done: boolean;
}

export class DynamoDbClaimsStore implements ClaimsStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * Without `limitPerKey`, whole partitions; with it, one page of at most
   * that many claims per key, never followed. Reads SOURCES when a claim
   * names a source the process does not know. Prefer readLookupKeys.
   */
  async findByLookupKeys(keys: readonly string[], options: { limitPerKey?: number } = {}): Promise<SourcedClaim[]> {
    if (keys.length > MAX_LOOKUP_KEYS) throw new ClaimsStoreError(`at most ${MAX_LOOKUP_KEYS} lookup keys per question, got ${keys.length}`);
    const limit = options.limitPerKey;
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new ClaimsStoreError(`limitPerKey must be a positive integer, got ${limit}`);
    let pages: Record<string, unknown>[][];
    try {
      pages = await Promise.all(
        [...new Set(keys)].map(async (key) => (limit === undefined ? queryAll(this.client, this.tableName, claimKeys.indexPartition(key), [SK, INDEX_DOC_ATTRIBUTE]) : (await this.page(key, limit, undefined)).items)),
      );
    } catch (cause) {
      throw new ClaimsStoreError('claims lookup failed', { cause });
    }
    const decoded = decodeOnce(pages.flat(), new Set());
    if (decoded.some((d) => !sourceCache.has(d.sourceRef))) await this.loadSources();
    const { claims, unresolved } = joinSources(decoded);
    if (unresolved.length > 0) throw new ClaimsStoreError(`claims name sources the table does not hold (re-run the seed): ${unresolved.slice(0, 3).join(', ')}`);
    return claims;
  }

  /**
   * The claims under the keys within the budget: the first page of every key
   * (in parallel), then, while requests remain, the SOURCES partition if a
   * claim names an unknown source, then further pages of the keys that have
   * more, in key order. `truncated` says the budget left claims unread (or a
   * claim whose source could not be read within it out).
   */
  async readLookupKeys(keys: readonly string[], budget: ReadBudget = {}): Promise<LookupResult> {
    const unique = [...new Set(keys)];
    const maxRequests = budget.maxRequests ?? MAX_READ_REQUESTS;
    const pageSize = budget.pageSize ?? DEFAULT_PAGE_SIZE;
    if (!(Number.isInteger(maxRequests) && maxRequests > 0 && maxRequests <= MAX_READ_REQUESTS)) throw new ClaimsStoreError(`maxRequests must be 1…${MAX_READ_REQUESTS}, got ${maxRequests}`);
    if (unique.length > maxRequests) throw new ClaimsStoreError(`${unique.length} lookup keys do not fit a budget of ${maxRequests} requests`);
    if (!(Number.isInteger(pageSize) && pageSize > 0)) throw new ClaimsStoreError(`pageSize must be a positive integer, got ${pageSize}`);
    if (budget.knownSources !== undefined) rememberSources(budget.knownSources);

    const cursors: Cursor[] = unique.map((key) => ({ key, start: undefined, done: false }));
    const decoded: DecodedClaim[] = [];
    const seen = new Set<string>();
    let requests = 0;
    let sourcesRead = false;
    const readPages = async (batch: Cursor[]) => {
      requests += batch.length;
      let pages: Array<{ items: Record<string, unknown>[]; next: Record<string, unknown> | undefined }>;
      try {
        pages = await Promise.all(batch.map((c) => this.page(c.key, pageSize, c.start)));
      } catch (cause) {
        throw new ClaimsStoreError('claims lookup failed', { cause });
      }
      pages.forEach((page, i) => {
        const cursor = batch[i] as Cursor;
        cursor.start = page.next;
        cursor.done = page.next === undefined;
      });
      for (const page of pages) decodeOnce(page.items, seen, decoded);
    };

    if (unique.length > 0) await readPages(cursors);
    while (requests < maxRequests) {
      if (!sourcesRead && decoded.some((d) => !sourceCache.has(d.sourceRef))) {
        requests++;
        sourcesRead = true;
        await this.loadSources();
        continue;
      }
      const open = cursors.filter((c) => !c.done).slice(0, maxRequests - requests);
      if (open.length === 0) break;
      await readPages(open);
    }
    const { claims, unresolved } = joinSources(decoded);
    const cut = cursors.filter((c) => !c.done).map((c) => c.key);
    return { claims, truncated: unresolved.length > 0 || cut.length > 0, truncatedKeys: cut, requests };
  }

  async listSources(): Promise<Source[]> {
    const sources = await this.loadSources();
    // Newest first; undated sources last.
    return [...sources].sort((a, b) => (b.published ?? '0').localeCompare(a.published ?? '0') || a.id.localeCompare(b.id));
  }

  /** One page of a key's partition, newest first. */
  private async page(key: string, limit: number, start: Record<string, unknown> | undefined): Promise<{ items: Record<string, unknown>[]; next: Record<string, unknown> | undefined }> {
    const page: QueryCommandOutput = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': PK, '#sk': SK, '#d': INDEX_DOC_ATTRIBUTE },
        ExpressionAttributeValues: { ':pk': claimKeys.indexPartition(key) },
        ProjectionExpression: '#sk, #d',
        ScanIndexForward: false,
        Limit: limit,
        ...(start === undefined ? {} : { ExclusiveStartKey: start }),
      }),
    );
    return { items: page.Items ?? [], next: page.LastEvaluatedKey };
  }

  /** Reads every source (one Query for any realistic number) and remembers them. */
  private async loadSources(): Promise<Source[]> {
    let items: Record<string, unknown>[];
    try {
      items = await queryAll(this.client, this.tableName, claimKeys.sourcesPartition, ['doc']);
    } catch (cause) {
      throw new ClaimsStoreError('sources lookup failed', { cause });
    }
    const sources = items.map((item) => parseSource(item));
    rememberSources(sources);
    return sources;
  }
}

/** Decodes each claim once into `into`: a claim filed under two of the keys comes back twice, under the same sort key. */
function decodeOnce(items: readonly Record<string, unknown>[], seen: Set<string>, into: DecodedClaim[] = []): DecodedClaim[] {
  for (const item of items) {
    const sk = String(item[SK]);
    if (seen.has(sk)) continue;
    seen.add(sk);
    into.push(decodeClaimDoc(item));
  }
  return into;
}

/**
 * The same decoded claim with the same source is the same object from one
 * question to the next in a warm container, so what the answerer derives from
 * a claim (its stems, its keyword matches) is derived once.
 */
const joined = new WeakMap<DecodedClaim['claim'], { source: Source; sourced: SourcedClaim }>();
function withSource(claim: DecodedClaim['claim'], source: Source): SourcedClaim {
  const known = joined.get(claim);
  if (known !== undefined && known.source === source) return known.sourced;
  const sourced = { ...claim, source };
  joined.set(claim, { source, sourced });
  return sourced;
}

/** Claims with their sources, de-duplicated by id (first seen wins), and the source references nobody could resolve. */
function joinSources(decoded: readonly DecodedClaim[]): { claims: SourcedClaim[]; unresolved: string[] } {
  const byId = new Map<string, SourcedClaim>();
  const unresolved = new Set<string>();
  for (const { claim, sourceRef } of decoded) {
    if (byId.has(claim.id)) continue;
    const source = sourceCache.get(sourceRef);
    if (source === undefined) unresolved.add(sourceRef);
    else byId.set(claim.id, withSource(claim, source));
  }
  return { claims: [...byId.values()], unresolved: [...unresolved] };
}

function parseSource(item: Record<string, unknown>): Source {
  let value: unknown;
  try {
    value = JSON.parse(String(item.doc));
  } catch (cause) {
    throw new ClaimsStoreError('stored source is not valid JSON', { cause });
  }
  const parsed = SourceSchema.safeParse(value);
  if (!parsed.success) throw new ClaimsStoreError('stored source does not match the source schema (re-run the seed)', { cause: parsed.error });
  return parsed.data;
}
