/**
 * Instrumented bench bundles only: a process-wide clock of the time the
 * handler spends awaiting DynamoDB or Telegram. Overlapping awaits (parallel
 * Queries) count once: the clock runs while at least one is in flight.
 * lambda-runner reads and resets `globalThis.__benchAwaitClock` per invocation.
 */
import { runQueueReader } from './run-queue';

export interface AwaitClock {
  inFlight: number;
  since: number;
  totalMs: number;
  calls: number;
  /** Linux: the main thread's time in the run queue while an await was in flight, ns (NaN elsewhere). */
  queuedNs: number;
  queuedSince: number;
}

const g = globalThis as { __benchAwaitClock?: AwaitClock; __benchAwaitWindows?: number[] };
const clock: AwaitClock = (g.__benchAwaitClock ??= { inFlight: 0, since: 0, totalMs: 0, calls: 0, queuedNs: 0, queuedSince: 0 });

/** Read inside the await windows, so its cost is never counted as own work. */
const schedstat = runQueueReader();

/** µs on the monotonic clock V8's CPU profiles use, so that samples can be told in or out of an await. */
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

export async function timedAwait<T>(run: () => Promise<T>): Promise<T> {
  if (clock.inFlight++ === 0) {
    clock.since = performance.now();
    g.__benchAwaitWindows?.push(monotonicUs());
    clock.queuedSince = schedstat();
  }
  clock.calls++;
  try {
    return await run();
  } finally {
    if (--clock.inFlight === 0) {
      clock.queuedNs += schedstat() - clock.queuedSince;
      clock.totalMs += performance.now() - clock.since;
      g.__benchAwaitWindows?.push(monotonicUs());
    }
  }
}
