/**
 * A minimal Lambda emulator for the benchmark, run as a fresh plain `node`
 * process (compiled to bench/out/lambda-runner.cjs, no tsx loader in the way):
 *
 *   node lambda-runner.cjs <mode> <bundle.cjs> <events.json> <result.json>
 *
 * - `empty`: exits at once (the cost of a bare node process plus this file);
 * - `cold`: loads the bundle (Lambda's init phase) and handles the first
 *   event, then exits: a cold start, end to end;
 * - `warm`: loads the bundle, handles the first event (cold, not counted),
 *   then every event in turn, recording per invocation the wall time and the
 *   event loop's active time. The loop is idle only while it waits for I/O
 *   (here: DynamoDB Local and the fake Bot API, both in other processes), so
 *   its active time is the handler's own work without the awaits.
 *
 * The environment (table, endpoints, secrets extension port) comes from the
 * parent. Results go to a file: the handler's logs own stdout, as in Lambda.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runQueueReader } from './instrument/run-queue';
import { performance, PerformanceObserver } from 'node:perf_hooks';

interface Invocation {
  readonly wallMs: number;
  readonly activeMs: number;
  /** CPU time of the whole process during the invocation (user + system), ms. */
  readonly cpuMs: number;
  readonly userCpuMs: number;
  /** Instrumented bundles only: time spent awaiting DynamoDB or Telegram (overlaps counted once). */
  readonly awaitMs: number | undefined;
  readonly awaitCalls: number | undefined;
  /** Garbage-collection pauses of the main thread during the invocation, ms (reported when the observer delivers them). */
  gcMs: number;
  readonly startMs: number;
  /** Linux: the main thread's time waiting for a core during the invocation (awaits included). */
  readonly runQueueMs?: number;
  /** Linux, instrumented bundles: the part of runQueueMs that fell inside the awaits. */
  readonly awaitRunQueueMs?: number;
  readonly statusCode: number | undefined;
}

type Handler = (event: unknown, context: unknown) => Promise<{ statusCode?: number } | undefined>;

function context(remainingMs = 30_000) {
  const deadline = Date.now() + remainingMs;
  return {
    functionName: 'factcheck-bench',
    awsRequestId: 'bench',
    getRemainingTimeInMillis: () => deadline - Date.now(),
  };
}

const clock = () => (globalThis as { __benchAwaitClock?: { totalMs: number; calls: number; queuedNs: number } }).__benchAwaitClock;

// GC pauses, summed: the observer delivers entries asynchronously, so an entry is counted by its start time.
const gcPauses: { start: number; duration: number; kind: number | undefined }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push({ start: e.startTime, duration: e.duration, kind: (e as { detail?: { kind?: number } }).detail?.kind });
}).observe({ entryTypes: ['gc'] });
const gcBetween = (from: number, to: number) => gcPauses.reduce((sum, g) => (g.start >= from && g.start < to ? sum + g.duration : sum), 0);

/**
 * Linux only: the main thread's time waiting in the run queue (ns, the second field of /proc/…/schedstat), read
 * around each invocation, to tell a slow invocation from one that waited for a core. The field is brought up to
 * date whenever the thread gets a core, so it is exact at these ends. NaN elsewhere.
 */
const runQueueNs = runQueueReader();
const runQueue = (before: number, after: number): { runQueueMs?: number } =>
  Number.isFinite(before) && Number.isFinite(after) ? { runQueueMs: (after - before) / 1e6 } : {};

async function invoke(handler: Handler, event: unknown): Promise<Invocation> {
  const awaited0 = clock()?.totalMs ?? 0;
  const calls0 = clock()?.calls ?? 0;
  const awaitQueued0 = clock()?.queuedNs ?? Number.NaN;
  const elu0 = performance.eventLoopUtilization();
  const cpu0 = process.cpuUsage();
  // The run queue is read right at the ends of the timed span, so that a wait it counts fell inside it.
  const queued0 = runQueueNs();
  const t0 = performance.now();
  const result = await handler(event, context());
  const wallMs = performance.now() - t0;
  const queued1 = runQueueNs();
  const cpu = process.cpuUsage(cpu0);
  const elu = performance.eventLoopUtilization(elu0);
  const c = clock();
  return {
    wallMs,
    activeMs: elu.active,
    cpuMs: (cpu.user + cpu.system) / 1000,
    userCpuMs: cpu.user / 1000,
    awaitMs: c ? c.totalMs - awaited0 : undefined,
    awaitCalls: c ? c.calls - calls0 : undefined,
    gcMs: 0,
    startMs: t0,
    ...runQueue(queued0, queued1),
    ...(c && Number.isFinite(c.queuedNs - awaitQueued0) ? { awaitRunQueueMs: (c.queuedNs - awaitQueued0) / 1e6 } : {}),
    statusCode: result?.statusCode,
  };
}

/**
 * Linux only: the machine's CPU time so far, and the part of it the hypervisor gave to others while this VM had work
 * (steal), in clock ticks (first line of /proc/stat). Steal is invisible to the run queue; it says how noisy the host was.
 */
function hostCpuTicks(): { steal: number; total: number } | undefined {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '').trim().split(/\s+/).slice(1, 9).map(Number);
    if (fields.length < 8 || !fields.every(Number.isFinite)) return undefined;
    return { steal: fields[7] ?? 0, total: fields.reduce((a, b) => a + b, 0) };
  } catch {
    return undefined;
  }
}

/** The question an API Gateway event carries, to label profile windows. */
function updateText(event: unknown): string {
  try {
    const update = JSON.parse((event as { body?: string }).body ?? '{}') as { message?: { text?: string }; inline_query?: { query?: string }; callback_query?: { data?: string } };
    return update.message?.text ?? update.inline_query?.query ?? update.callback_query?.data ?? '';
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  const [mode, bundle, eventsFile, resultFile] = process.argv.slice(2);
  if (!mode || !resultFile) throw new Error('usage: lambda-runner <empty|cold|warm> <bundle> <events.json> <result.json>');
  // Milliseconds since the process started (performance.timeOrigin is process start).
  const startedAt = performance.now();
  if (mode === 'empty') {
    writeFileSync(resultFile, JSON.stringify({ startedAt }));
    process.exit(0);
  }
  const events = JSON.parse(readFileSync(eventsFile as string, 'utf8')) as unknown[];
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(bundle as string) as { handler: Handler };
  const loadMs = performance.now() - t0;
  const first = await invoke(mod.handler, events[0]);
  if (mode === 'cold') {
    writeFileSync(resultFile, JSON.stringify({ startedAt, loadMs, first, totalMs: performance.now() }));
    process.exit(0);
  }
  const invocations: Invocation[] = [];
  // BENCH_OWN_WINDOWS=<file> (set with BENCH_CPU_PROF): when each invocation and each await ran, for scripts/bench/own-work-profile.ts.
  const windowsFile = process.env.BENCH_OWN_WINDOWS;
  const awaits: number[] | undefined = windowsFile ? ((globalThis as { __benchAwaitWindows?: number[] }).__benchAwaitWindows = []) : undefined;
  const spans: { start: number; end: number; event: number }[] = [];
  const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);
  const ticks0 = hostCpuTicks();
  for (const [k, event] of events.slice(1).entries()) {
    const start = monotonicUs();
    invocations.push(await invoke(mod.handler, event));
    if (awaits) spans.push({ start, end: monotonicUs(), event: k });
  }
  const ticks1 = hostCpuTicks();
  const hostSteal = ticks0 && ticks1 && ticks1.total > ticks0.total ? (ticks1.steal - ticks0.steal) / (ticks1.total - ticks0.total) : undefined;
  // Let the observer deliver the last entries, then give each invocation the pauses that began inside it.
  await new Promise((resolve) => setTimeout(resolve, 20));
  for (const i of invocations) i.gcMs = gcBetween(i.startMs, i.startMs + i.wallMs);
  if (windowsFile) writeFileSync(windowsFile, JSON.stringify({ bundle, invocations: spans, awaits, texts: events.slice(1).map(updateText), gc: gcPauses, timing: invocations }));
  writeFileSync(resultFile, JSON.stringify({ startedAt, loadMs, first, invocations, hostSteal }));
  process.exit(0);
}

main().catch((error: unknown) => {
  const resultFile = process.argv[5];
  const message = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error);
  if (resultFile) writeFileSync(resultFile, JSON.stringify({ error: message }));
  console.error(message);
  process.exit(1);
});
