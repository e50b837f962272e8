/**
 * The benchmark's synthetic claims: valid claims, deterministic, in skewed
 * proportions, growing the real speakers and countries too, but filed under a
 * lookup key a real claim uses only where that key is the speaker's or the
 * country's broad one (and older than every real claim there), so the real
 * questions' answers cannot change as the table grows.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { SourcedClaimSchema } from '../../lambdas/core/claims/claim-schema';
import { aboutKey, claimYear, lookupKeysForClaim, saidKey } from '../../lambdas/core/claims/lookup-keys';
import { loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { claimOrderDate, DynamoDbClaimsStore } from '../../lambdas/core/store/dynamodb-claims-store';
import { percentile, summarize } from '../../scripts/bench/stats';
import { realEntityTargets, syntheticClaimStream, zipf, prng } from '../../scripts/bench/synthetic-claims';
import { putRequestsFor } from '../../scripts/bench/bulk-load';
import { QUESTION_SET } from '../answer/question-set';
import { DEV_SET } from '../answer/questions/dev-set';
import { HELD_OUT_SET } from '../answer/questions/held-out-set';
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

  it('grow the real speakers and countries, sharing only their broad keys with real claims, and always have a key', async () => {
    const dataset = await loadDataset(DATA_DIR);
    const targets = realEntityTargets();
    const broad = new Set([...targets.speakers.map((t) => saidKey(t.id)), ...targets.countries.map((t) => aboutKey(t.id))]);
    const realKeys = new Set(dataset.claims.flatMap((c) => lookupKeysForClaim(c, KNOWLEDGE)));
    const shared = new Set<string>();
    for (const claim of claims) {
      const keys = lookupKeysForClaim(claim, KNOWLEDGE);
      expect(keys.length, claim.id).toBeGreaterThan(0);
      for (const key of keys) if (realKeys.has(key)) shared.add(key);
    }
    expect([...shared].sort()).toEqual([...broad].sort());
    expect(targets.speakers.map((t) => t.id)).toEqual(['putin', 'xi', 'kremlin']);
    expect(claims.filter((c) => c.speaker === 'putin').length / claims.length).toBeGreaterThan(0.09);
  });

  it('are, where they share a key with real claims, older than every real claim and from years no question names', async () => {
    const dataset = await loadDataset(DATA_DIR);
    const targets = realEntityTargets();
    const real = new Set([...targets.speakers, ...targets.countries].map((t) => t.id));
    const grown = claims.filter((c) => (c.speaker !== null && real.has(c.speaker)) || c.subjects.some((id) => real.has(id)));
    const newestGrown = grown.map((c) => claimOrderDate(c)).sort().at(-1)!;
    const oldestReal = dataset.claims.map((c) => claimOrderDate(c, '99999999')).sort()[0]!;
    const askedYears = new Set([...QUESTION_SET, ...DEV_SET, ...HELD_OUT_SET].flatMap((q) => q.question.match(/\b\d{4}\b/g) ?? []).map(Number));
    expect(grown.length).toBeGreaterThan(600);
    expect(newestGrown < oldestReal).toBe(true);
    for (const claim of grown) expect(askedYears.has(claimYear(claim)!), claim.id).toBe(false);
  });

  it('are written as one index item per lookup key, in DynamoDB JSON, that the store reads back as the claim', async () => {
    const claim = claims.find((c) => c.figure !== null && c.speaker !== null)!;
    const items = putRequestsFor(claim).map((r) => JSON.parse(r) as { PutRequest: { Item: Record<string, { S?: string; B?: string }> } });
    expect(items.map((i) => i.PutRequest.Item.pk?.S)).toEqual(lookupKeysForClaim(claim, KNOWLEDGE).map((k) => `K#${k}`));
    const first = items[0]!.PutRequest.Item;
    // The store, handed the item as the SDK unmarshals it (a Binary becomes a Uint8Array).
    const client = { send: async () => ({ Items: [{ sk: first.sk!.S, d: new Uint8Array(Buffer.from(first.d!.B!, 'base64')) }] }) } as unknown as DynamoDBDocumentClient;
    const read = await new DynamoDbClaimsStore(client, 'claims').readLookupKeys(['any'], { knownSources: [claim.source] });
    expect(read.claims).toEqual([claim]);
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
