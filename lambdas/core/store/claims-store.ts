import type { SourcedClaim, Source } from '../claims/claim-schema';

/**
 * What the answerer needs from storage. Lookup keys are opaque strings made by
 * claims/lookup-keys.ts; only the DynamoDB implementation knows how they map
 * onto partition and sort keys.
 */
export interface ClaimsStore {
  /** All claims indexed under any of the keys (at most 3), de-duplicated by claim id. One Query per key, never a Scan. */
  findByLookupKeys(keys: readonly string[]): Promise<SourcedClaim[]>;
  /** Every source, for /sources. One Query. */
  listSources(): Promise<Source[]>;
}

export class ClaimsStoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ClaimsStoreError';
  }
}
