/**
 * The benchmark times the handler in one process while DynamoDB Local and the
 * loopback fixtures run on the same few cores. In Lambda the database is not
 * on the handler's CPU, so here those helpers run at the lowest priority: a
 * helper finishing its own work (JIT, GC, a write) must never make the handler
 * wait for a core, or that wait would be counted as the handler's own work.
 *
 * SCHED_IDLE (`chrt --idle 0`) yields the core the moment the handler wants
 * it; where chrt is missing, `nice -n 19` comes close. Lowering one's own
 * priority needs no privileges.
 */
import { spawnSync } from 'node:child_process';

let prefix: readonly string[] | undefined;

/** The command words to put before a program to run it at background priority. */
export function backgroundPriorityPrefix(): readonly string[] {
  prefix ??= spawnSync('chrt', ['--idle', '0', 'true'], { stdio: 'ignore' }).status === 0 ? ['chrt', '--idle', '0'] : ['nice', '-n', '19'];
  return prefix;
}
