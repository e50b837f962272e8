/**
 * A ClaimsStore over an in-memory index built with the same lookupKeysForClaim
 * the DynamoDB seeder uses, for fast parser unit tests. It also records every
 * lookup so tests can check the ≤ 3 keys rule.
 */
import type { Source, SourcedClaim } from '../../lambdas/core/claims/claim-schema';
import { lookupKeysForClaim, MAX_LOOKUP_KEYS } from '../../lambdas/core/claims/lookup-keys';
import type { ClaimsStore } from '../../lambdas/core/store/claims-store';
import { KNOWLEDGE } from '../support/knowledge';

export class InMemoryClaimsStore implements ClaimsStore {
  readonly lookups: string[][] = [];
  private readonly index = new Map<string, SourcedClaim[]>();

  constructor(
    claims: readonly SourcedClaim[],
    private readonly sources: readonly Source[] = [],
  ) {
    for (const claim of claims) {
      for (const key of lookupKeysForClaim(claim, KNOWLEDGE)) this.index.set(key, [...(this.index.get(key) ?? []), claim]);
    }
  }

  /** Partition sizes, for the worst-case report. */
  partitionSizes(): Map<string, number> {
    return new Map([...this.index.entries()].map(([k, v]) => [k, v.length]));
  }

  async findByLookupKeys(keys: readonly string[]): Promise<SourcedClaim[]> {
    if (keys.length > MAX_LOOKUP_KEYS) throw new Error(`too many keys: ${keys.join(', ')}`);
    this.lookups.push([...keys]);
    const byId = new Map<string, SourcedClaim>();
    for (const key of keys) for (const claim of this.index.get(key) ?? []) byId.set(claim.id, claim);
    return [...byId.values()];
  }

  async listSources(): Promise<Source[]> {
    return [...this.sources];
  }
}
