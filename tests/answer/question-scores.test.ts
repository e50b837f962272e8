/**
 * The engine on the question sets written as Telegram users type them
 * (tests/answer/questions): the development set, which the engine was tuned
 * on, and the held-out set, which it never was; the same for the Russian and
 * Chinese sets (ru-set.ts, zh-set.ts). Each set must stay above its
 * floor; the scores are printed so a run shows where the engine stands
 * (`npm run score -- --failures` lists what each miss got wrong).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionAnswerer } from '../../lambdas/core/answer/question-answerer';
import { createClaimsTableFixture, type ClaimsTableFixture } from '../support/claims-table-fixture';
import { KNOWLEDGE } from '../support/knowledge';
import type { QuestionCase } from './question-set';
import { checkAnswer } from './question-set-check';
import { DEV_SET } from './questions/dev-set';
import { HELD_OUT_SET } from './questions/held-out-set';
import { RU_DEV, RU_HELD_OUT } from './questions/ru-set';
import { ZH_DEV, ZH_HELD_OUT } from './questions/zh-set';

/**
 * Floors a little under the scores measured when they were set (dev 78.5%, held-out 68.9%, 70.3% since the
 * Russian and Chinese readers; dev 85.9%, held-out 74.7% with the English questions of issue 12 added;
 * Russian dev 92.2%, held-out 69.6%; Chinese dev 93.9%, held-out 81.8%; with the second Russian and Chinese
 * batches and the reading of comparatives, checks and numbers: Russian dev 95.6%, held-out 76.3%; Chinese dev
 * 97.0%, held-out 83.8%): a drop fails.
 */
const FLOORS = { dev: 0.84, heldOut: 0.72 } as const;
const LANGUAGE_SETS = [
  { name: 'Russian dev', set: RU_DEV, floor: 0.92 },
  { name: 'Russian held-out', set: RU_HELD_OUT, floor: 0.72 },
  { name: 'Chinese dev', set: ZH_DEV, floor: 0.93 },
  { name: 'Chinese held-out', set: ZH_HELD_OUT, floor: 0.8 },
] as const;

describe('question sets as users type them (DynamoDB Local)', () => {
  let fixture: ClaimsTableFixture;
  let answerer: QuestionAnswerer;

  beforeAll(async () => {
    fixture = await createClaimsTableFixture({ seed: true });
    answerer = new QuestionAnswerer(fixture.store, KNOWLEDGE);
  });
  afterAll(async () => {
    await fixture.drop();
  });

  async function score(set: readonly QuestionCase[]): Promise<number> {
    let passed = 0;
    for (const expected of set) if (checkAnswer(expected, await answerer.answer(expected.question)).length === 0) passed++;
    return passed / set.length;
  }

  it('keeps the sets large, distinct and mixed', () => {
    // Prepare
    const all = [...DEV_SET, ...HELD_OUT_SET];

    // Act
    const distinct = new Set(all.map((q) => q.question));

    // Assess
    expect(distinct.size).toBe(all.length);
    expect(HELD_OUT_SET.length).toBeGreaterThanOrEqual(60);
    expect(all.filter((q) => !q.answered).length).toBeGreaterThanOrEqual(50);
  });

  it('answers the development set above its floor', async () => {
    // Act
    const dev = await score(DEV_SET);

    // Assess
    console.log(`question set scores: dev ${(100 * dev).toFixed(1)}%`);
    expect(dev).toBeGreaterThanOrEqual(FLOORS.dev);
  });

  it('keeps the Russian and Chinese sets large, distinct, split about 2:1 and mixed', () => {
    // Prepare
    const ru = [...RU_DEV, ...RU_HELD_OUT];
    const zh = [...ZH_DEV, ...ZH_HELD_OUT];

    // Act
    const distinct = new Set([...DEV_SET, ...HELD_OUT_SET, ...ru, ...zh].map((q) => q.question));

    // Assess
    expect(distinct.size).toBe(DEV_SET.length + HELD_OUT_SET.length + ru.length + zh.length);
    for (const [all, heldOut] of [[ru, RU_HELD_OUT], [zh, ZH_HELD_OUT]] as const) {
      expect(all.length).toBeGreaterThanOrEqual(60);
      expect(heldOut.length / all.length).toBeGreaterThan(0.25);
      expect(all.filter((q) => !q.answered).length).toBeGreaterThanOrEqual(10);
      expect(all.filter((q) => (q.expectRelatedIds ?? []).length > 0).length).toBeGreaterThanOrEqual(5);
    }
  });

  it.each(LANGUAGE_SETS)('answers the $name set above its floor', async ({ name, set, floor }) => {
    // Act
    const scored = await score(set);

    // Assess
    console.log(`question set scores: ${name} ${(100 * scored).toFixed(1)}%`);
    expect(scored).toBeGreaterThanOrEqual(floor);
  });

  it('answers the held-out set above its floor', async () => {
    // Act
    const heldOut = await score(HELD_OUT_SET);

    // Assess
    console.log(`question set scores: held-out ${(100 * heldOut).toFixed(1)}%`);
    expect(heldOut).toBeGreaterThanOrEqual(FLOORS.heldOut);
  });
});
