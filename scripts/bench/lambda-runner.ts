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
import { writeFileSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

interface Invocation {
  readonly wallMs: number;
  readonly activeMs: number;
  /** CPU time of the whole process during the invocation (user + system), ms. */
  readonly cpuMs: number;
  readonly userCpuMs: number;
  /** Instrumented bundles only: time spent awaiting DynamoDB or Telegram (overlaps counted once). */
  readonly awaitMs: number | undefined;
  readonly awaitCalls: number | undefined;
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

const clock = () => (globalThis as { __benchAwaitClock?: { totalMs: number; calls: number } }).__benchAwaitClock;

async function invoke(handler: Handler, event: unknown): Promise<Invocation> {
  const awaited0 = clock()?.totalMs ?? 0;
  const calls0 = clock()?.calls ?? 0;
  const elu0 = performance.eventLoopUtilization();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await handler(event, context());
  const wallMs = performance.now() - t0;
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
    statusCode: result?.statusCode,
  };
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
  for (const event of events.slice(1)) invocations.push(await invoke(mod.handler, event));
  writeFileSync(resultFile, JSON.stringify({ startedAt, loadMs, first, invocations }));
  process.exit(0);
}

main().catch((error: unknown) => {
  const resultFile = process.argv[5];
  const message = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error);
  if (resultFile) writeFileSync(resultFile, JSON.stringify({ error: message }));
  console.error(message);
  process.exit(1);
});
