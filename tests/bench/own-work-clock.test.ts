/**
 * The bench's own-work clock: lambda-runner times each invocation, the
 * instrumented awaits (scripts/bench/instrument/await-clock.ts) time the waits
 * on DynamoDB and Telegram, and on Linux both read the main thread's run-queue
 * time, so that a wait for a core inside own work can be told from work.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRunner, ownWorkTimes, runLambda } from '../../scripts/bench/runner';

const AWAIT_CLOCK = fileURLToPath(new URL('../../scripts/bench/instrument/await-clock.ts', import.meta.url));

/**
 * A handler that computes for 6 ms, awaits a 10 ms timer through the await clock, and computes for 6 ms more.
 * With CONTEND=1 it first pins its main thread and a spinning child process to one core, so that it has to wait
 * for that core while it computes.
 */
const HANDLER = `
import { execFileSync, spawn } from 'node:child_process';
import { timedAwait } from ${JSON.stringify(AWAIT_CLOCK)};
let spinner;
if (process.env.CONTEND === '1') {
  execFileSync('taskset', ['-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
  spinner = spawn('taskset', ['-c', '0', process.execPath, '-e', 'for (;;) {}'], { stdio: 'ignore' });
  process.on('exit', () => spinner.kill('SIGKILL'));
}
const compute = (ms) => { const end = performance.now() + ms; while (performance.now() < end); };
export async function handler() {
  compute(6);
  await timedAwait(() => new Promise((resolve) => setTimeout(resolve, 10)));
  compute(6);
  return { statusCode: 200 };
}
`;

const linux = existsSync(`/proc/self/task/${process.pid}/schedstat`);
let hasTaskset = false;
try {
  execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
  hasTaskset = true;
} catch {
  hasTaskset = false;
}

describe('the own-work clock', () => {
  let dir: string;
  let runner: string;
  let bundle: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'own-work-clock-'));
    runner = await buildRunner(dir);
    writeFileSync(join(dir, 'handler.mjs'), HANDLER);
    bundle = join(dir, 'handler.cjs');
    await esbuild.build({ entryPoints: [join(dir, 'handler.mjs')], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (env: Record<string, string>) => runLambda({ runner, mode: 'warm', bundle, events: Array.from({ length: 6 }, () => ({})), env, workDir: dir, timeoutMs: 30_000 });

  it('takes the awaits out of own work and counts each await once', async () => {
    // Prepare / Act
    const result = await run({});
    const invocations = result.invocations ?? [];
    const { ownMs } = ownWorkTimes(invocations);

    // Assess
    expect(invocations).toHaveLength(5);
    for (const [k, i] of invocations.entries()) {
      expect(i.statusCode).toBe(200);
      expect(i.awaitCalls).toBe(1);
      expect(i.awaitMs).toBeGreaterThanOrEqual(9);
      expect(ownMs[k]).toBeGreaterThanOrEqual(12);
    }
  });

  it.runIf(linux)('reads the run queue around the update and around each await, the awaits\' share never more than the whole', async () => {
    // Prepare / Act
    const invocations = (await run({})).invocations ?? [];
    const { ownMs, queuedMs, onCoreMs } = ownWorkTimes(invocations);

    // Assess
    expect(queuedMs).toHaveLength(5);
    for (const [k, i] of invocations.entries()) {
      expect(i.awaitRunQueueMs).toBeGreaterThanOrEqual(0);
      expect(i.runQueueMs).toBeGreaterThanOrEqual(i.awaitRunQueueMs ?? Number.NaN);
      expect(onCoreMs?.[k]).toBeLessThanOrEqual(ownMs[k] ?? Number.NaN);
      expect(onCoreMs?.[k]).toBeGreaterThan(0);
    }
  });

  it.runIf(linux && hasTaskset)('takes a wait for a core out of own work: a handler sharing its core with a spinning process', async () => {
    // Prepare / Act
    const invocations = (await run({ CONTEND: '1' })).invocations ?? [];
    const { ownMs, queuedMs = [], onCoreMs = [] } = ownWorkTimes(invocations);
    const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

    // Assess: 12 ms of computing per update on a core shared with a spinner waits for it, and on-core time stays the work.
    expect(total(queuedMs)).toBeGreaterThan(10);
    expect(total(onCoreMs)).toBeLessThan(total(ownMs) - 10);
    expect(Math.min(...onCoreMs)).toBeGreaterThan(0);
  });
});
