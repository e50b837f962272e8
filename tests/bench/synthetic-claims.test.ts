/**
 * The benchmark's synthetic claims: valid claims, deterministic, in skewed
 * proportions, and never filed under a lookup key a real claim uses (so the
 * real questions' answers cannot change as the table grows).
 */
import { describe, expect, it } from 'vitest';
import { SourcedClaimSchema } from '../../lambdas/core/claims/claim-schema';
import { lookupKeysForClaim } from '../../lambdas/core/claims/lookup-keys';
import { loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { percentile, summarize } from '../../scripts/bench/stats';
import { syntheticClaimStream, zipf, prng } from '../../scripts/bench/synthetic-claims';
import { putRequestsFor } from '../../scripts/bench/bulk-load';
import { KNOWLEDGE } from '../support/knowledge';

const DATA_DIR = new URL('../../data', import.meta.url).pathname;

describe('synthetic claims', () => {
  const claims = (() => {
    const stream = syntheticClaimStream({ seed: 7 });
    return Array.from({ length: 3_000 }, () => stream.next());
  })();

  it('are valid sourced claims with unique ids', () => {
    for (const claim of claims) expect(SourcedClaimSchema.safeParse(claim).success, claim.id).toBe(true);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it('are the same for the same seed', () => {
    const again = syntheticClaimStream({ seed: 7 });
    expect(Array.from({ length: 50 }, () => again.next())).toEqual(claims.slice(0, 50));
  });

  it('mix kinds, speakers, places and units in realistic proportions', () => {
    const share = (f: (c: (typeof claims)[number]) => boolean) => claims.filter(f).length / claims.length;
    expect(share((c) => c.kind === 'figure')).toBeGreaterThan(0.25);
    expect(share((c) => c.kind === 'quote')).toBeGreaterThan(0.1);
    expect(share((c) => c.speaker === null)).toBeGreaterThan(0.2);
    expect(share((c) => c.place !== null)).toBeGreaterThan(0.5);
    expect(new Set(claims.flatMap((c) => (c.figure ? [c.figure.unit] : []))).size).toBeGreaterThan(8);
    // Popularity is skewed: the busiest speaker has far more claims than the median one.
    const bySpeaker = new Map<string, number>();
    for (const c of claims) if (c.speaker) bySpeaker.set(c.speaker, (bySpeaker.get(c.speaker) ?? 0) + 1);
    const counts = [...bySpeaker.values()];
    expect(Math.max(...counts)).toBeGreaterThan(10 * percentile(counts, 50));
  });

  it('never share a lookup key with a real claim, and always have one', async () => {
    const dataset = await loadDataset(DATA_DIR);
    const realKeys = new Set(dataset.claims.flatMap((c) => lookupKeysForClaim(c, KNOWLEDGE)));
    for (const claim of claims) {
      const keys = lookupKeysForClaim(claim, KNOWLEDGE);
      expect(keys.length, claim.id).toBeGreaterThan(0);
      expect(keys.filter((k) => realKeys.has(k)), claim.id).toEqual([]);
    }
  });

  it('are written as one index item per lookup key, in DynamoDB JSON', () => {
    const claim = claims[0]!;
    const items = putRequestsFor(claim).map((r) => JSON.parse(r) as { PutRequest: { Item: Record<string, { S: string }> } });
    expect(items.map((i) => i.PutRequest.Item.pk?.S)).toEqual(lookupKeysForClaim(claim, KNOWLEDGE).map((k) => `K#${k}`));
    expect(JSON.parse(items[0]!.PutRequest.Item.doc!.S)).toEqual(claim);
  });
});

describe('bench statistics', () => {
  it('takes nearest-rank percentiles and summaries', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(values, 50), percentile(values, 99), percentile(values, 100)]).toEqual([50, 99, 100]);
    expect(summarize([3, 1, 2])).toMatchObject({ n: 3, median: 2, min: 1, max: 3 });
  });

  it('samples a Zipf distribution with the most weight on the first ranks', () => {
    const sample = zipf(100, 1, prng(1));
    const hits = new Array<number>(100).fill(0);
    for (let i = 0; i < 20_000; i++) hits[sample()]! += 1;
    expect(hits[0]!).toBeGreaterThan(hits[9]! * 5);
  });
});
