/**
 * Scores the engine on the question sets (tests/answer): the original set,
 * the development set and the held-out set, and the Russian and Chinese sets
 * (each a development and a held-out part), against an embedded table seeded
 * from data/. `npm run score` prints a line per set; `-- --failures` lists
 * what each failing question got wrong; `-- --set held-out` runs one set (`ru-dev`, `zh-held-out`, …). The
 * fact-check sets score the verdict the reply's first line gives on the claim
 * the question states (`-- --set fact-check-dev`).
 */
import { QuestionAnswerer } from '../lambdas/core/answer/question-answerer';
import { QUESTION_SET } from '../tests/answer/question-set';
import { checkAnswer } from '../tests/answer/question-set-check';
import { DEV_SET } from '../tests/answer/questions/dev-set';
import { HELD_OUT_SET } from '../tests/answer/questions/held-out-set';
import { RU_DEV, RU_HELD_OUT } from '../tests/answer/questions/ru-set';
import { ZH_DEV, ZH_HELD_OUT } from '../tests/answer/questions/zh-set';
import { FACT_CHECK_DEV, FACT_CHECK_HELD_OUT } from '../tests/answer/questions/fact-check-set';
import { checkFactCheck } from '../tests/answer/fact-check-verdict';
import { openEmbeddedTable } from './lib/claims-table';

const SETS = { original: QUESTION_SET, dev: DEV_SET, 'held-out': HELD_OUT_SET, 'ru-dev': RU_DEV, 'ru-held-out': RU_HELD_OUT, 'zh-dev': ZH_DEV, 'zh-held-out': ZH_HELD_OUT } as const;
/** The user's own claims, judged in the reply's first line (tests/answer/questions/fact-check-set.ts). */
const FACT_CHECK_SETS = { 'fact-check-dev': FACT_CHECK_DEV, 'fact-check-held-out': FACT_CHECK_HELD_OUT } as const;

const args = process.argv.slice(2);
const showFailures = args.includes('--failures');
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;

/** A set of questions and how one answer is checked against its case (empty: it passes). */
interface ScoredSet<T extends { question: string }> {
  readonly cases: readonly T[];
  readonly check: (expected: T, answer: Awaited<ReturnType<QuestionAnswerer['answer']>>) => string[];
}

const table = await openEmbeddedTable();
try {
  const answerer = new QuestionAnswerer(table.store, table.knowledge);
  const score = async <T extends { question: string }>(name: string, { cases, check }: ScoredSet<T>) => {
    if (only !== undefined && only !== name) return;
    let passed = 0;
    const failures: string[] = [];
    for (const expected of cases) {
      const problems = check(expected, await answerer.answer(expected.question));
      if (problems.length === 0) passed++;
      else failures.push(`  ${JSON.stringify(expected.question)}: ${problems.join('; ')}`);
    }
    console.log(`${name}: ${passed}/${cases.length} (${((100 * passed) / cases.length).toFixed(1)}%)`);
    if (showFailures && failures.length > 0) console.log(failures.join('\n'));
  };
  for (const [name, cases] of Object.entries(SETS)) await score(name, { cases, check: checkAnswer });
  for (const [name, cases] of Object.entries(FACT_CHECK_SETS)) await score(name, { cases, check: checkFactCheck });
} finally {
  await table.close();
}
