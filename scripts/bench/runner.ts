/**
 * Spawns lambda-runner (compiled to plain CommonJS) in fresh node processes.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export interface RunnerInvocation {
  readonly wallMs: number;
  readonly activeMs: number;
  readonly cpuMs: number;
  readonly userCpuMs: number;
  readonly awaitMs: number | undefined;
  readonly awaitCalls: number | undefined;
  readonly gcMs?: number;
  readonly runQueueMs?: number;
  readonly awaitRunQueueMs?: number;

  readonly statusCode: number | undefined;
}

/**
 * Own work per invocation (wall time less the awaits), and where Linux told the run-queue time: the part of it
 * inside own work (the whole invocation's less the awaits') and own work less that, the time the thread held a core.
 */
export function ownWorkTimes(invocations: readonly RunnerInvocation[]): { ownMs: number[]; queuedMs?: number[]; onCoreMs?: number[] } {
  const ownMs = invocations.map((i) => i.wallMs - (i.awaitMs ?? 0));
  if (invocations.length === 0 || !invocations.every((i) => i.runQueueMs !== undefined && i.awaitRunQueueMs !== undefined)) return { ownMs };
  const queuedMs = invocations.map((i) => Math.max(0, (i.runQueueMs ?? 0) - (i.awaitRunQueueMs ?? 0)));
  return { ownMs, queuedMs, onCoreMs: ownMs.map((m, k) => m - (queuedMs[k] ?? 0)) };
}

export interface RunnerResult {
  /** ms from process start until the runner's first line ran. */
  readonly startedAt: number;
  readonly loadMs?: number;
  readonly first?: RunnerInvocation;
  readonly invocations?: RunnerInvocation[];
  /** Linux: the share of the machine's CPU time the host took (steal) while the warm events ran. */
  readonly hostSteal?: number;
  /** Whole process wall time, measured by the parent (spawn → exit). */
  readonly processMs: number;
}

/** Compiles lambda-runner.ts once per run. Returns the path of the .cjs file. */
export async function buildRunner(outDir: string): Promise<string> {
  const file = join(outDir, 'lambda-runner.cjs');
  mkdirSync(outDir, { recursive: true });
  await esbuild.build({
    entryPoints: [fileURLToPath(new URL('./lambda-runner.ts', import.meta.url))],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  });
  return file;
}

let sequence = 0;

export async function runLambda(options: {
  runner: string;
  mode: 'empty' | 'cold' | 'warm';
  bundle?: string;
  events?: unknown[];
  env: Record<string, string>;
  workDir: string;
  timeoutMs?: number;
}): Promise<RunnerResult> {
  const id = `${process.pid}-${sequence++}`;
  const eventsFile = join(options.workDir, `events-${id}.json`);
  const resultFile = join(options.workDir, `result-${id}.json`);
  writeFileSync(eventsFile, JSON.stringify(options.events ?? []));
  const started = performance.now();
  // BENCH_CPU_PROF=<dir>: a CPU profile of each warm process, to see where the handler's own work goes.
  // With it, the runner also writes when each invocation and await ran (scripts/bench/own-work-profile.ts reads both).
  // BENCH_WINDOWS=<dir>: the windows (and GC pauses) alone, without a profiler's overhead.
  const profDir = options.mode === 'warm' ? process.env.BENCH_CPU_PROF : undefined;
  const windowsDir = options.mode === 'warm' ? (profDir ?? process.env.BENCH_WINDOWS) : undefined;
  const profiling = profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-interval=100', `--cpu-prof-name=warm-${id}.cpuprofile`] : [];
  // BENCH_NODE_FLAGS="--trace-gc …": V8 or Node flags for the runner, to try a setting (the handler's stdout is not kept).
  const flags = process.env.BENCH_NODE_FLAGS?.split(/\s+/).filter((f) => f.length > 0) ?? [];
  const child = spawn(process.execPath, [...flags, ...profiling, options.runner, options.mode, options.bundle ?? '', eventsFile, resultFile], {
    // A clean environment, like Lambda's: no NODE_OPTIONS from tsx or npm.
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...options.env, ...(windowsDir ? { BENCH_OWN_WINDOWS: join(windowsDir, `warm-${id}.windows.json`) } : {}) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  const code = await new Promise<number>((resolve) => child.once('exit', (c) => resolve(c ?? 1)));
  const processMs = performance.now() - started;
  clearTimeout(timer);
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(readFileSync(resultFile, 'utf8')) as Record<string, unknown>;
  } catch {
    // No result file: reported below.
  }
  rmSync(eventsFile, { force: true });
  rmSync(resultFile, { force: true });
  if (code !== 0 || parsed.error) {
    throw new Error(`lambda-runner ${options.mode} failed (exit ${code}): ${String(parsed.error ?? '')}\n${stderr.slice(-3000)}`);
  }
  return { ...(parsed as Omit<RunnerResult, 'processMs'>), processMs };
}
