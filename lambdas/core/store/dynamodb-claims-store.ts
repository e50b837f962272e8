/**
 * The only module that knows how claims are laid out in the table.
 *
 *   pk = "K#<lookup key>"  sk = "C#<claim id>"   doc = SourcedClaim JSON   index item, one per (key, claim)
 *   pk = "SOURCES"         sk = "S#<source id>"  doc = Source JSON         one per source
 *   pk = "REGISTRY"        sk = "C#<claim id>"   hash, keys                what the seeder wrote, for diffs
 *
 * An answer is one Query per lookup key (at most 3), each reading only the
 * claims filed under that key, so its cost does not depend on table size.
 * Claims are stored as one JSON string attribute: cheaper to read back than a
 * nested map (no per-attribute unmarshalling) and validated with zod/mini.
 */
import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { SourceSchema, SourcedClaimSchema, type Source, type SourcedClaim } from '../claims/claim-schema';
import { MAX_LOOKUP_KEYS } from '../claims/lookup-keys';
import { ClaimsStoreError, type ClaimsStore } from './claims-store';
import { TABLE_DESIGN } from './table-design';

const { partitionKey: PK, sortKey: SK } = TABLE_DESIGN;

/** Key shapes, shared with the seeder in this folder only. */
export const claimKeys = {
  index: (lookupKey: string, claimId: string) => ({ [PK]: `K#${lookupKey}`, [SK]: `C#${claimId}` }),
  indexPartition: (lookupKey: string) => `K#${lookupKey}`,
  source: (sourceId: string) => ({ [PK]: 'SOURCES', [SK]: `S#${sourceId}` }),
  sourcesPartition: 'SOURCES',
  registry: (claimId: string) => ({ [PK]: 'REGISTRY', [SK]: `C#${claimId}` }),
  registryPartition: 'REGISTRY',
  claimIdFromSortKey: (sk: string) => sk.slice(2),
} as const;

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

export class DynamoDbClaimsStore implements ClaimsStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * With `limitPerKey`, each key is one Query of at most that many items (one
   * page, never followed), so the answer path stays at ≤ 3 Queries however
   * large a partition grows; without it, whole partitions are read.
   */
  async findByLookupKeys(keys: readonly string[], options: { limitPerKey?: number } = {}): Promise<SourcedClaim[]> {
    if (keys.length > MAX_LOOKUP_KEYS) throw new ClaimsStoreError(`at most ${MAX_LOOKUP_KEYS} lookup keys per question, got ${keys.length}`);
    const unique = [...new Set(keys)];
    const limit = options.limitPerKey;
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new ClaimsStoreError(`limitPerKey must be a positive integer, got ${limit}`);
    const queryKey = async (key: string): Promise<Record<string, unknown>[]> => {
      if (limit === undefined) return queryAll(this.client, this.tableName, claimKeys.indexPartition(key), ['doc']);
      const page: QueryCommandOutput = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': PK, '#a0': 'doc' },
          ExpressionAttributeValues: { ':pk': claimKeys.indexPartition(key) },
          ProjectionExpression: '#a0',
          Limit: limit,
        }),
      );
      return page.Items ?? [];
    };
    let pages: Record<string, unknown>[][];
    try {
      pages = await Promise.all(unique.map(queryKey));
    } catch (cause) {
      throw new ClaimsStoreError('claims lookup failed', { cause });
    }
    const byId = new Map<string, SourcedClaim>();
    for (const item of pages.flat()) {
      const claim = parseDoc(item, SourcedClaimSchema);
      byId.set(claim.id, claim);
    }
    return [...byId.values()];
  }

  async listSources(): Promise<Source[]> {
    let items: Record<string, unknown>[];
    try {
      items = await queryAll(this.client, this.tableName, claimKeys.sourcesPartition, ['doc']);
    } catch (cause) {
      throw new ClaimsStoreError('sources lookup failed', { cause });
    }
    // Newest first; undated sources last.
    return items.map((item) => parseDoc(item, SourceSchema)).sort((a, b) => (b.published ?? '0').localeCompare(a.published ?? '0') || a.id.localeCompare(b.id));
  }
}

function parseDoc<T>(item: Record<string, unknown>, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: unknown } }): T {
  let value: unknown;
  try {
    value = JSON.parse(String(item.doc));
  } catch (cause) {
    throw new ClaimsStoreError('stored item is not valid JSON', { cause });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ClaimsStoreError('stored item does not match the claim schema (re-run the seed)', { cause: parsed.error });
  return parsed.data;
}
