import type { SourcedClaim, Source } from '../claims/claim-schema';

/** DynamoDB read requests one question may cost, SOURCES included: never more, however large a partition grows. */
export const MAX_READ_REQUESTS = 3;

/** What one question may read. */
export interface ReadBudget {
  /** Read requests in all, at most MAX_READ_REQUESTS (the default). */
  readonly maxRequests?: number;
  /** Claims per request (a Query page); the first page of every key comes first, then further pages while requests remain. */
  readonly pageSize?: number;
  /**
   * Sources the caller already holds (the Knowledge's, loaded from the bundled
   * data/). Index items name their source by id and content hash, so a source
   * is taken from here only when it is the very one the claim was filed with;
   * otherwise the store reads the SOURCES partition, and counts that read.
   */
  readonly knownSources?: readonly Source[];
}

/** What a budgeted lookup found, and whether the budget cut it short. */
export interface LookupResult {
  /** De-duplicated by claim id; each key's claims newest first (claim date, else its article's), then by id. */
  readonly claims: SourcedClaim[];
  /**
   * True when some key holds more claims than the budget let the store read:
   * the claims are that key's newest, and older ones may answer too. The
   * reply should say so.
   */
  readonly truncated: boolean;
  /** The keys whose partitions were not read to the end (a subset of the keys asked). */
  readonly truncatedKeys?: readonly string[];
  /** Read requests sent (Queries, SOURCES included). */
  readonly requests: number;
}

/**
 * What the answerer needs from storage. Lookup keys are opaque strings made by
 * claims/lookup-keys.ts; only the DynamoDB implementation knows how they map
 * onto partition and sort keys.
 */
export interface ClaimsStore {
  /** All claims indexed under any of the keys (at most 3), de-duplicated by claim id. One Query per key and page, never a Scan. */
  findByLookupKeys(keys: readonly string[]): Promise<SourcedClaim[]>;
  /**
   * The claims under the keys (at most 3), newest first per key, within a
   * read budget: no answer depends on a fixed first page, and no question
   * costs more than `budget.maxRequests` requests. Optional so that simple
   * stores (test doubles) need only findByLookupKeys.
   */
  readLookupKeys?(keys: readonly string[], budget?: ReadBudget): Promise<LookupResult>;
  /** Every source, for /sources. One Query. */
  listSources(): Promise<Source[]>;
}

export class ClaimsStoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ClaimsStoreError';
  }
}
