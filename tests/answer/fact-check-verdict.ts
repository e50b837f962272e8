/**
 * Reads a reply's first line the way a user does, for the fact-check set:
 * which verdict it gives on the user's claim, and which figures it names.
 * Content, not wording: any of the reply's verdict openers counts.
 */
import type { Answer } from '../../lambdas/core/answer/answer-types';
import { renderReplyText } from '../../lambdas/core/answer/render-answer';
import type { FactCheckCase, FactCheckVerdict } from './questions/fact-check-set';

export function verdictOfFirstLine(line: string): FactCheckVerdict | 'none' {
  if (/^(?:Yes\b|Supported\b|The sources? supports?\b)/.test(line)) return 'yes';
  // "No source gives anything for 2020" (a near miss) leaves the claim open; "No: …" and "No, …" contradict it.
  if (/^(?:Not confirmed\b|The sources don.t say\b|No source gives\b)/.test(line)) return 'open';
  if (/^(?:No[:,]|Contradicted\b|The sources contradict\b)/.test(line)) return 'no';
  if (/^(?:It depends on the source\b|\S+.s figures differ\b)/.test(line)) return 'depends';
  // A comparison every source answers alike ("By Putin's figures, higher for …; by RT's figures, higher for …").
  if (/^By .+ figures, (?:higher|lower|about the same)/.test(line)) return 'yes';
  return 'none';
}

/** Every number the line names, ranges and multipliers read: "15–20 million" names 15,000,000 and 20,000,000. */
export function figuresIn(line: string): number[] {
  const found: number[] = [];
  const re = /(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*[–-]\s*(\d+(?:,\d{3})*(?:\.\d+)?))?\s*(million|thousand|billion)?/g;
  const scale = { million: 1e6, thousand: 1e3, billion: 1e9 } as const;
  for (const m of line.matchAll(re)) {
    const k = m[3] === undefined ? 1 : scale[m[3] as keyof typeof scale];
    for (const n of [m[1], m[2]]) if (n !== undefined) found.push(Math.round(Number(n.replace(/,/g, '')) * k));
  }
  return found;
}

export function mentionsFigure(line: string, n: number): boolean {
  return figuresIn(line).includes(n);
}

/** What is wrong with an answer to a fact-check case (empty when it passes): the first line's verdict and figures. */
export function checkFactCheck(expected: FactCheckCase, answer: Answer): string[] {
  const first = renderReplyText(answer, 'terminal').split('\n')[0] ?? '';
  const problems: string[] = [];
  const verdict = verdictOfFirstLine(first);
  if (verdict !== expected.verdict) problems.push(`verdict ${verdict}, expected ${expected.verdict}`);
  for (const n of expected.mentions ?? []) if (!mentionsFigure(first, n)) problems.push(`${n} not in the first line`);
  if (problems.length > 0) problems.push(`first line: ${first}`);
  return problems;
}
