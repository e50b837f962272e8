/**
 * Checks one answer against its question-set case; returns what is wrong
 * (empty when it passes). Shared by the answerer test and the benchmark.
 */
import type { Answer } from '../../lambdas/core/answer/answer-types';
import type { QuestionCase } from './question-set';

export function checkAnswer(expected: QuestionCase, answer: Answer): string[] {
  const problems: string[] = [];
  const claims = answer.topics.flatMap((t) => t.claims);
  const ids = new Set(claims.map((c) => c.id));
  if (answer.answered !== expected.answered) problems.push(`answered ${String(answer.answered)}, expected ${String(expected.answered)}`);
  if (answer.answered !== answer.topics.length > 0) problems.push('answered does not match topics');
  for (const id of expected.expectClaimIds ?? []) if (!ids.has(id)) problems.push(`missing ${id}`);
  if (expected.exactClaimIds) {
    for (const id of expected.exactClaimIds) if (!ids.has(id)) problems.push(`missing ${id}`);
    for (const id of ids) if (!expected.exactClaimIds.includes(id)) problems.push(`unexpected ${id}`);
  }
  for (const id of expected.forbidClaimIds ?? []) if (ids.has(id)) problems.push(`forbidden ${id}`);
  const sources = new Set(claims.map((c) => c.source.id));
  for (const id of expected.expectSources ?? []) if (!sources.has(id)) problems.push(`source ${id} not cited`);
  const figures = new Set(claims.flatMap((c) => (c.figure ? [c.figure.low, c.figure.high] : [])));
  for (const n of expected.expectFigures ?? []) if (!figures.has(n)) problems.push(`figure ${n} not shown`);
  const related = new Set((answer.related ?? []).flatMap((t) => t.claims).map((c) => c.id));
  for (const id of expected.expectRelatedIds ?? []) if (!related.has(id)) problems.push(`related ${id} not offered`);
  if (expected.expectComparison !== undefined && answer.comparison?.comparative !== expected.expectComparison) problems.push(`comparison ${answer.comparison?.comparative ?? 'none'}, expected ${expected.expectComparison}`);
  if (expected.expectCheck !== undefined) {
    const checks = answer.topics.flatMap((t) => (t.check === undefined ? [] : [t.check.kind === 'figure' ? t.check.verdict : t.check.outcome]));
    if (!checks.includes(expected.expectCheck)) problems.push(`check ${checks.join('/') || 'none'}, expected ${expected.expectCheck}`);
  }
  return [...new Set(problems)];
}
