/**
 * Linux only: a reader of the main thread's time in the run queue so far (ns, the second field of its schedstat),
 * one pread on a file opened once (3 µs; readFileSync takes 11). The kernel brings the field up to date whenever
 * the thread gets a core, so it is exact at the moments it is read. NaN where the file cannot be read.
 * Shared by lambda-runner (around each invocation) and the await clock (around each await).
 */
import { openSync, readSync } from 'node:fs';

export function runQueueReader(): () => number {
  try {
    const fd = openSync(`/proc/self/task/${process.pid}/schedstat`, 'r');
    const buffer = Buffer.alloc(96);
    return () => Number(buffer.toString('latin1', 0, readSync(fd, buffer, 0, buffer.length, 0)).split(' ')[1]);
  } catch {
    return () => Number.NaN;
  }
}
