/**
 * Passes of the question set through the real (bundled) handler, in a fresh
 * lambda-runner process:
 *
 * - latency: several rounds after a warm-up round, per invocation the wall
 *   time (whole handler) and the event loop's active time (own work);
 * - cost: one round with DynamoDB behind the recording proxy: requests,
 *   operations and consumed capacity per question, plus the reply text each
 *   question got (to check answers stay the same as the table grows).
 *
 * Every question is asked from its own private chat (chat id = base + index),
 * so replies recorded by the fake Bot API map back to questions exactly.
 */
import type { ProxiedRequest } from './dynamodb-proxy';
import { questionEvent } from './events';
import type { Fixtures } from './fixtures';
import { runLambda, type RunnerInvocation } from './runner';

const CHAT_BASE = 500_000_000;

export interface PassContext {
  readonly runner: string;
  readonly bundle: string;
  readonly workDir: string;
  readonly fixtures: Fixtures;
  /** Handler environment for a given DynamoDB endpoint. */
  readonly env: (dynamodbEndpoint: string) => Record<string, string>;
}

export interface LatencyPass {
  readonly rounds: number;
  readonly invocations: RunnerInvocation[];
  readonly non200: number;
  /** Linux: the share of CPU time the host took from this VM during the pass (warm-up round included). */
  readonly hostSteal?: number;
}

/** `warmupRounds` unmeasured rounds (the first event is the cold one), then `rounds` measured rounds. */
export async function latencyPass(ctx: PassContext, questions: readonly string[], dynamodbEndpoint: string, rounds: number, warmupRounds = 1, bundle = ctx.bundle): Promise<LatencyPass> {
  const events = [];
  for (let r = 0; r < warmupRounds + rounds; r++) for (const [i, q] of questions.entries()) events.push(questionEvent(q, CHAT_BASE + i).event);
  const result = await runLambda({ runner: ctx.runner, mode: 'warm', bundle, events, env: ctx.env(dynamodbEndpoint), workDir: ctx.workDir, timeoutMs: 600_000 });
  // The runner leaves out the first (cold) event; drop the rest of the warm-up rounds.
  const measured = (result.invocations ?? []).slice(warmupRounds * questions.length - 1);
  await ctx.fixtures.reset();
  return { rounds, invocations: measured, non200: measured.filter((i) => i.statusCode !== 200).length, ...(result.hostSteal === undefined ? {} : { hostSteal: result.hostSteal }) };
}

export interface QuestionCost {
  readonly question: string;
  /** Read requests (Query, GetItem, Scan...) on the answer path. */
  readonly reads: number;
  /** Write requests (the update ledger's conditional PutItem). */
  readonly writes: number;
  readonly operations: string[];
  readonly rcu: number;
  readonly wcu: number;
  readonly scans: number;
  /** Everything the bot sent to this question's chat, joined. */
  readonly reply: string;
}

export interface CostPass {
  readonly perQuestion: QuestionCost[];
  readonly unattributed: ProxiedRequest[];
  /** Every request as the proxy saw it (durations are DynamoDB Local's, plus a loopback hop). */
  readonly requests: ProxiedRequest[];
}

export async function costPass(ctx: PassContext, questions: readonly string[]): Promise<CostPass> {
  await ctx.fixtures.reset();
  const sent = questions.map((q, i) => questionEvent(q, CHAT_BASE + i));
  await runLambda({ runner: ctx.runner, mode: 'warm', bundle: ctx.bundle, events: sent.map((s) => s.event), env: ctx.env(ctx.fixtures.proxyEndpoint), workDir: ctx.workDir, timeoutMs: 600_000 });
  const [requests, calls] = await Promise.all([ctx.fixtures.dynamodbRequests(), ctx.fixtures.telegramCalls()]);
  await ctx.fixtures.reset();

  // Invocations run one after another; each starts with the ledger's PutItem on UPD#<bot>#<update_id>.
  const byUpdate = new Map<number, ProxiedRequest[]>();
  const unattributed: ProxiedRequest[] = [];
  let current: ProxiedRequest[] | undefined;
  for (const request of requests) {
    const m = request.operation === 'PutItem' ? /^UPD#\d+#(\d+)$/.exec(request.partition ?? '') : null;
    if (m) {
      current = [];
      byUpdate.set(Number(m[1]), current);
    }
    (current ?? unattributed).push(request);
  }
  const replies = new Map<number, string[]>();
  for (const call of calls) {
    if (!['sendMessage', 'editMessageText'].includes(call.method)) continue;
    const chat = Number(call.body.chat_id);
    replies.set(chat, [...(replies.get(chat) ?? []), String(call.body.text ?? '')]);
  }
  const perQuestion = sent.map(({ updateId }, i): QuestionCost => {
    const reqs = byUpdate.get(updateId) ?? [];
    const reads = reqs.filter((r) => /^(Query|GetItem|BatchGetItem|Scan|TransactGetItems)$/.test(r.operation));
    return {
      question: questions[i] as string,
      reads: reads.length,
      writes: reqs.length - reads.length,
      operations: reqs.map((r) => r.operation),
      rcu: reqs.reduce((a, r) => a + r.readCapacityUnits, 0),
      wcu: reqs.reduce((a, r) => a + r.writeCapacityUnits, 0),
      scans: reqs.filter((r) => r.operation === 'Scan').length,
      reply: (replies.get(CHAT_BASE + i) ?? []).join('\n'),
    };
  });
  return { perQuestion, unattributed, requests };
}
