/**
 * A ClaimsStore over an in-memory index built with the same lookupKeysForClaim
 * the DynamoDB seeder uses, for fast parser unit tests. Partitions are in the
 * DynamoDB store's order (newest first, by the same sort keys), and
 * readLookupKeys spends the same budget of pages. It also records every lookup
 * so tests can check the ≤ 3 keys rule.
 */
import type { Source, SourcedClaim } from '../../lambdas/core/claims/claim-schema';
import { lookupKeysForClaim, MAX_LOOKUP_KEYS } from '../../lambdas/core/claims/lookup-keys';
import { MAX_READ_REQUESTS, type ClaimsStore, type LookupResult, type ReadBudget } from '../../lambdas/core/store/claims-store';
import { claimKeys, claimOrderDate, DEFAULT_PAGE_SIZE } from '../../lambdas/core/store/dynamodb-claims-store';
import { KNOWLEDGE } from '../support/knowledge';

export class InMemoryClaimsStore implements ClaimsStore {
  readonly lookups: string[][] = [];
  private readonly index = new Map<string, SourcedClaim[]>();

  constructor(
    claims: readonly SourcedClaim[],
    private readonly sources: readonly Source[] = [],
  ) {
    const articleDates = new Map<string, string>();
    for (const claim of claims) {
      const current = articleDates.get(claim.source.id);
      if (claim.date !== null && (current === undefined || claim.date > current)) articleDates.set(claim.source.id, claim.date);
    }
    const sortKey = new Map(claims.map((c) => [c.id, claimKeys.indexSortKey(c.id, claimOrderDate(c, articleDates.get(c.source.id)))]));
    for (const claim of claims) {
      for (const key of lookupKeysForClaim(claim, KNOWLEDGE)) this.index.set(key, [...(this.index.get(key) ?? []), claim]);
    }
    // Descending, as the DynamoDB store reads its partitions.
    const order = (c: SourcedClaim) => sortKey.get(c.id) ?? '';
    for (const list of this.index.values()) list.sort((a, b) => (order(a) < order(b) ? 1 : order(a) > order(b) ? -1 : 0));
  }

  /** Partition sizes, for the worst-case report. */
  partitionSizes(): Map<string, number> {
    return new Map([...this.index.entries()].map(([k, v]) => [k, v.length]));
  }

  async findByLookupKeys(keys: readonly string[]): Promise<SourcedClaim[]> {
    if (keys.length > MAX_LOOKUP_KEYS) throw new Error(`too many keys: ${keys.join(', ')}`);
    this.lookups.push([...keys]);
    const byId = new Map<string, SourcedClaim>();
    for (const key of keys) for (const claim of this.index.get(key) ?? []) if (!byId.has(claim.id)) byId.set(claim.id, claim);
    return [...byId.values()];
  }

  /** The DynamoDB store's paging: first pages of every key, then further pages while requests remain (a page that fills up may have more). */
  async readLookupKeys(keys: readonly string[], budget: ReadBudget = {}): Promise<LookupResult> {
    if (keys.length > MAX_LOOKUP_KEYS) throw new Error(`too many keys: ${keys.join(', ')}`);
    this.lookups.push([...keys]);
    const pageSize = budget.pageSize ?? DEFAULT_PAGE_SIZE;
    const maxRequests = budget.maxRequests ?? MAX_READ_REQUESTS;
    const cursors = [...new Set(keys)].map((key) => ({ key, list: this.index.get(key) ?? [], offset: 0, done: false }));
    const byId = new Map<string, SourcedClaim>();
    let requests = 0;
    const read = (batch: typeof cursors) => {
      for (const cursor of batch) {
        requests++;
        const page = cursor.list.slice(cursor.offset, cursor.offset + pageSize);
        cursor.offset += page.length;
        cursor.done = page.length < pageSize;
        for (const claim of page) if (!byId.has(claim.id)) byId.set(claim.id, claim);
      }
    };
    read(cursors);
    for (let open = cursors.filter((c) => !c.done); open.length > 0 && requests < maxRequests; open = cursors.filter((c) => !c.done)) read(open.slice(0, maxRequests - requests));
    const cut = cursors.filter((c) => !c.done).map((c) => c.key);
    return { claims: [...byId.values()], truncated: cut.length > 0, truncatedKeys: cut, requests };
  }

  async listSources(): Promise<Source[]> {
    return [...this.sources];
  }
}
