import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { planLookup } from '../../lambdas/core/answer/lookup-plan';
import { parseQuestion } from '../../lambdas/core/answer/parse-question';
import type { SourcedClaim } from '../../lambdas/core/claims/claim-schema';
import { claimYear, lookupKeysForClaim, MAX_LOOKUP_KEYS } from '../../lambdas/core/claims/lookup-keys';
import { loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { DATA_DIR } from '../../scripts/lib/claims-table';
import { testClaim } from './claim-fixtures';
import { InMemoryClaimsStore } from './in-memory-claims-store';
import { QUESTION_SET } from './question-set';
import { KNOWLEDGE, VOCABULARY } from '../support/knowledge';

describe('lookupKeysForClaim', () => {
  it('files a toll under unit and country, never under the war alone', () => {
    // Prepare
    const claim = testClaim({ kind: 'figure', subjects: ['wwii', 'china'], speaker: null, place: null, figure: { low: 1, high: 2, unit: 'lives', qualifiers: [] } });

    // Act
    const keys = lookupKeysForClaim(claim, KNOWLEDGE);

    // Assess
    expect(keys).toEqual(['fig:deaths:china', 'about:china', 'about:china@wwii', 'about:china@sino-japanese-war']);
  });

  it('files a remark under its speaker, the speaker at the place and in the year', () => {
    // Prepare
    const claim = testClaim({ subjects: ['wwii', 'russia', 'china'], speaker: 'putin', place: 'moscow', date: '2025-05-08' });

    // Act
    const keys = lookupKeysForClaim(claim, KNOWLEDGE);

    // Assess
    expect(keys).toEqual(['said:putin', 'said:putin@moscow', 'said:putin@2025', 'about:russia', 'about:russia@wwii', 'about:russia@sino-japanese-war', 'about:china', 'about:china@wwii', 'about:china@sino-japanese-war']);
  });

  it('takes the year from the event when the claim has no date', () => {
    // Prepare
    const claim = testClaim({ date: null, event: 'victory-day-2020' });

    // Act
    const year = claimYear(claim);

    // Assess
    expect(year).toBe(2020);
  });

  it('normalises units so synonyms share a partition', () => {
    // Prepare
    const units = ['deaths', 'Lives', 'casualties', 'military deaths', 'world leaders', 'Troops', 'soldiers'];

    // Act
    const normalised = units.map((u) => KNOWLEDGE.normaliseUnit(u));

    // Assess
    expect(normalised).toEqual(['deaths', 'deaths', 'deaths', 'deaths', 'leaders', 'troops', 'troops']);
  });

  it('keeps every key short ASCII and never names a war on its own', () => {
    // Prepare
    const wars = new Set<string>(KNOWLEDGE.entities.filter((e) => e.kind === 'war').map((e) => e.id));

    // Act / Assess
    fc.assert(
      fc.property(arbitraryClaim(KNOWLEDGE.entities.map((e) => e.id).filter((id) => !wars.has(id))), (claim) => {
        const keys = lookupKeysForClaim(claim, KNOWLEDGE);
        expect(keys.length).toBeGreaterThan(0);
        for (const key of keys) {
          expect(key).toMatch(/^[\x21-\x7e]{1,120}$/);
          expect([...wars].some((w) => key.endsWith(`:${w}`))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('partitions a question reads', () => {
  let claims: readonly SourcedClaim[];
  let questionKeys: Set<string>;

  beforeAll(async () => {
    claims = (await loadDataset(DATA_DIR)).claims;
    questionKeys = new Set(QUESTION_SET.flatMap((q) => planLookup(parseQuestion(q.question, VOCABULARY), VOCABULARY)?.keys ?? []));
  });

  it('are at most three per question in the question set', () => {
    // Prepare / Act
    const counts = QUESTION_SET.map((q) => planLookup(parseQuestion(q.question, VOCABULARY), VOCABULARY)?.keys.length ?? 0);

    // Assess
    expect(Math.max(...counts)).toBeLessThanOrEqual(MAX_LOOKUP_KEYS);
  });

  it('do not grow with claims about other countries, speakers, places and events', () => {
    // Prepare: entities no question in the set reads a partition of.
    const untouched = KNOWLEDGE.entities.filter((e) => e.kind !== 'war')
      .map((e) => e.id)
      .filter((id) => ![...questionKeys].some((k) => k.endsWith(`:${id}`) || k.includes(`:${id}@`)));
    const baseline = new InMemoryClaimsStore(claims).partitionSizes();

    fc.assert(
      fc.property(fc.array(arbitraryClaim(untouched), { minLength: 1, maxLength: 200 }), (others) => {
        // Act
        const grown = new InMemoryClaimsStore([...claims, ...others]).partitionSizes();

        // Assess
        for (const key of questionKeys) expect(grown.get(key) ?? 0).toBe(baseline.get(key) ?? 0);
      }),
      { numRuns: 50 },
    );
    expect(untouched).toEqual(expect.arrayContaining(['uk', 'france', 'poland', 'brazil']));
  });
});

/** Claims whose every entity comes from `pool` (wars excepted: they are never keys). */
function arbitraryClaim(pool: readonly string[]): fc.Arbitrary<SourcedClaim> {
  const entity = fc.constantFrom(...pool);
  const war = fc.constantFrom('wwii', 'wwi', 'korean-war');
  return fc
    .record({
      n: fc.nat(),
      subjects: fc.array(entity, { minLength: 1, maxLength: 4 }),
      war: fc.option(war, { nil: undefined }),
      speaker: fc.option(entity, { nil: null }),
      place: fc.option(entity, { nil: null }),
      year: fc.integer({ min: 1990, max: 2030 }),
      unit: fc.option(fc.constantFrom('deaths', 'lives', 'troops', 'hours', 'leaders'), { nil: null }),
    })
    .map(({ n, subjects, war: w, speaker, place, year, unit }) =>
      testClaim({
        id: `synthetic-${n}`,
        kind: unit === null ? 'statement' : 'figure',
        subjects: w === undefined ? subjects : [w, ...subjects],
        speaker,
        place,
        event: null,
        date: `${year}-01-01`,
        figure: unit === null ? null : { low: 1, high: 1, unit, qualifiers: [] },
      }),
    );
}
