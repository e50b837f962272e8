/**
 * Instrumented bench bundles only: a process-wide clock of the time the
 * handler spends awaiting DynamoDB or Telegram. Overlapping awaits (parallel
 * Queries) count once: the clock runs while at least one is in flight.
 * lambda-runner reads and resets `globalThis.__benchAwaitClock` per invocation.
 */
export interface AwaitClock {
  inFlight: number;
  since: number;
  totalMs: number;
  calls: number;
}

const g = globalThis as { __benchAwaitClock?: AwaitClock };
const clock: AwaitClock = (g.__benchAwaitClock ??= { inFlight: 0, since: 0, totalMs: 0, calls: 0 });

export async function timedAwait<T>(run: () => Promise<T>): Promise<T> {
  if (clock.inFlight++ === 0) clock.since = performance.now();
  clock.calls++;
  try {
    return await run();
  } finally {
    if (--clock.inFlight === 0) clock.totalMs += performance.now() - clock.since;
  }
}
