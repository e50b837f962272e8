import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { impliedEntities, selectClaims } from '../../lambdas/core/answer/claim-matching';
import { planLookup } from '../../lambdas/core/answer/lookup-plan';
import { parseQuestion } from '../../lambdas/core/answer/parse-question';
import type { SourcedClaim } from '../../lambdas/core/claims/claim-schema';
import { claimYear, figureKey, lookupKeysForClaim, MAX_LOOKUP_KEYS, saidAboutKey } from '../../lambdas/core/claims/lookup-keys';
import { loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { DATA_DIR } from '../../scripts/lib/claims-table';
import { testClaim } from './claim-fixtures';
import { InMemoryClaimsStore } from './in-memory-claims-store';
import { QUESTION_SET } from './question-set';
import { DEV_SET } from './questions/dev-set';
import { HELD_OUT_SET } from './questions/held-out-set';
import { KNOWLEDGE, VOCABULARY } from '../support/knowledge';

describe('lookupKeysForClaim', () => {
  it('files a toll under unit and country, never under the war alone', () => {
    // Prepare
    const claim = testClaim({ kind: 'figure', subjects: ['wwii', 'china'], speaker: null, place: null, figure: { low: 1, high: 2, unit: 'lives', qualifiers: [] } });

    // Act
    const keys = lookupKeysForClaim(claim, KNOWLEDGE);

    // Assess
    expect(keys).toEqual(['fig:deaths:china', 'fig:deaths:china@wwii', 'fig:deaths:china@sino-japanese-war', 'about:china', 'about:china@wwii', 'about:china@sino-japanese-war']);
  });

  it('files a remark under its speaker, the speaker at the place and in the year, the speaker with each entity it carries, and its place', () => {
    // Prepare
    const claim = testClaim({ subjects: ['wwii', 'russia', 'china'], speaker: 'putin', place: 'moscow', date: '2025-05-08' });

    // Act
    const keys = lookupKeysForClaim(claim, KNOWLEDGE);

    // Assess
    expect(keys).toEqual([
      'said:putin', 'said:putin@moscow', 'said:putin@2025', 'said:putin~russia', 'said:putin~china', 'said:putin~moscow',
      'about:russia', 'about:russia@wwii', 'about:russia@sino-japanese-war', 'about:china', 'about:china@wwii', 'about:china@sino-japanese-war',
      'about:moscow',
    ]);
  });

  it('files every claim of a speaker under each entity a subject or occasion filter can match it by, and every figure under each of its wars', async () => {
    // Prepare
    const claims = (await loadDataset(DATA_DIR)).claims;
    const isWar = (id: string) => KNOWLEDGE.kind(id) === 'war';

    for (const claim of claims) {
      // Act
      const keys = lookupKeysForClaim(claim, KNOWLEDGE);

      // Assess
      if (claim.speaker !== null) {
        for (const id of impliedEntities(claim, VOCABULARY)) if (!isWar(id) && id !== claim.speaker) expect(keys).toContain(saidAboutKey(claim.speaker, id));
      }
      if (claim.figure !== null) {
        const unit = KNOWLEDGE.normaliseUnit(claim.figure.unit);
        for (const key of keys.filter((k) => k.startsWith(`fig:${unit}:`) && !k.includes('@'))) {
          for (const war of KNOWLEDGE.claimWars(claim)) expect(keys).toContain(`${key}@${war}`);
        }
      }
    }
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

  it.each([
    ['What did Putin say about the UN Security Council?', ['said:putin~unsc']],
    ['What did Xi say about the UN Security Council?', ['said:xi~unsc']],
    ['What did Xi say in Moscow?', ['said:xi@moscow']],
    ['What did Xi say on the 75th anniversary of the victory?', ['said:xi~victory-day-2020']],
    ['What did Russia say about Taiwan?', ['said:russia~taiwan', 'said:putin~taiwan', 'said:kremlin~taiwan']],
    ['What does Xi think about Russia?', ['about:xi', 'said:xi~russia']],
    ['How many Chinese died in WWII?', [figureKey('deaths', 'china', 'wwii')]],
    ['How long was the ceasefire Putin proposed?', ['fig:days:putin']],
    // Subject and speaker both Russia: no narrowing; three speakers times two places would be six keys.
    ['What did Russia say about Moscow?', ['said:russia', 'said:putin', 'said:kremlin']],
  ])('%j reads the narrowest partitions the question allows: %j', (question, keys) => {
    // Prepare
    const parsed = parseQuestion(question, VOCABULARY);

    // Act
    const plan = planLookup(parsed, VOCABULARY);

    // Assess
    expect(plan?.keys).toEqual(keys);
  });

  it('select from the narrow partitions exactly what the broad ones they narrow would give (all three question sets)', async () => {
    // Prepare: each key widened to the partition it narrows (said:putin~unsc → said:putin, fig:deaths:china@wwii → fig:deaths:china).
    const store = new InMemoryClaimsStore(claims);
    const widen = (key: string) => key.replace(/^(said:[^@~]+)[@~].*$/, '$1').replace(/^((?:fig|about):[^@]+)@.*$/, '$1');
    const read = async (keys: readonly string[]) => {
      const byId = new Map<string, SourcedClaim>();
      for (const key of keys) for (const claim of await store.findByLookupKeys([key])) byId.set(claim.id, claim);
      return [...byId.values()];
    };
    let narrowed = 0;

    for (const { question } of [...QUESTION_SET, ...DEV_SET, ...HELD_OUT_SET]) {
      const parsed = parseQuestion(question, VOCABULARY);
      const plan = planLookup(parsed, VOCABULARY);
      if (plan === null) continue;
      const broad = [...new Set(plan.keys.map(widen))];
      if (broad.join() !== plan.keys.join()) narrowed++;

      // Act
      const fromNarrow = selectClaims(await read(plan.keys), parsed, plan, VOCABULARY).map((c) => c.id).sort();
      const fromBroad = selectClaims(await read(broad), parsed, plan, VOCABULARY).map((c) => c.id).sort();

      // Assess
      expect(fromNarrow, question).toEqual(fromBroad);
    }
    expect(narrowed).toBeGreaterThan(50);
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
      .filter((id) => ![...questionKeys].some((k) => k.endsWith(`:${id}`) || k.endsWith(`~${id}`) || k.includes(`:${id}@`) || k.includes(`:${id}~`)));
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
