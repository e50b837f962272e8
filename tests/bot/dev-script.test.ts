/**
 * `npm run dev` end to end: the script (the same `tsx scripts/dev.ts` npm runs)
 * long-polls the fake Bot API, answers a private question from the embedded
 * DynamoDB Local, and on SIGINT exits and leaves no Java process behind.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from '../support/fake-bot-api';
import { loadUpdate } from './fixtures';
import { sentHtmlProblems } from './support/sent-messages';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TSX = `${REPO}node_modules/.bin/tsx`;
const TOKEN = '7000000001:AAHdevScriptTestToken_0123456789abcd';

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** PIDs of every process below `root`, read from /proc (Linux). */
function descendants(root: number): Array<{ pid: number; comm: string }> {
  const parents = new Map<number, { ppid: number; comm: string }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid …"; comm may contain spaces, so split after the last ')'.
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      parents.set(Number(entry), { ppid, comm });
    } catch {
      // The process ended while we looked.
    }
  }
  const result: Array<{ pid: number; comm: string }> = [];
  const frontier = [root];
  while (frontier.length > 0) {
    const parent = frontier.pop();
    for (const [pid, info] of parents) {
      if (info.ppid === parent) {
        result.push({ pid, comm: info.comm });
        frontier.push(pid);
      }
    }
  }
  return result;
}

function isAlive(pid: number): boolean {
  try {
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
    return state !== 'Z';
  } catch {
    return false;
  }
}

describe('npm run dev', () => {
  let api: FakeBotApi;
  let child: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    api = await startFakeBotApi();
  });
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await api.close();
  });

  it('says clearly that BOT_TOKEN is missing and exits with code 2', () => {
    // Prepare
    const env = { ...process.env };
    delete env.BOT_TOKEN;

    // Act
    const run = spawnSync(TSX, ['scripts/dev.ts'], { cwd: REPO, env, encoding: 'utf8', timeout: 60_000 });

    // Assess
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('BOT_TOKEN');
  });

  it('polls, survives bad updates, answers a private question side by side, and stops cleanly on SIGINT', { timeout: 120_000 }, async () => {
    // Prepare
    const env: NodeJS.ProcessEnv = { ...process.env, BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot };
    delete env.CLAIMS_TABLE;
    const proc = spawn(TSX, ['scripts/dev.ts'], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    proc.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    proc.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    await waitFor('getUpdates', () => (api.callsTo('getUpdates').length > 0 ? true : undefined), 90_000).catch((err: unknown) => {
      throw new Error(`${String(err)}\n--- dev output ---\n${output}`);
    });
    const java = descendants(proc.pid ?? -1).filter((p) => p.comm === 'java');

    // Act
    // Bad updates first: the bot must survive all of them and still answer the question after them.
    api.pushUpdates(
      loadUpdate('callback-query-garbage'),
      loadUpdate('sticker-group'),
      loadUpdate('channel-post'),
      loadUpdate('my-chat-member'),
      loadUpdate('edited-message'),
      { update_id: 804512098 },
      { update_id: 804512099, message: 'not a message' },
    );
    await waitFor('answerCallbackQuery', () => api.callsTo('answerCallbackQuery')[0], 30_000);
    api.pushUpdates(loadUpdate('private-text'));
    const reply = await waitFor('sendMessage', () => api.callsTo('sendMessage')[0], 30_000);
    proc.kill('SIGINT');
    const code = await Promise.race([exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 20_000))]);

    // Assess
    expect(api.calls.slice(0, 3).map((c) => c.method)).toEqual(['getMe', 'deleteWebhook', 'getUpdates']);
    expect(api.calls.every((c) => c.token === TOKEN)).toBe(true);
    expect(reply.body).toMatchObject({ chat_id: 190311220, parse_mode: 'HTML' });
    expect(String(reply.body.text)).toContain('37 million');
    expect(String(reply.body.text)).toContain('15–20 million');
    expect(sentHtmlProblems(api)).toEqual([]);
    expect(code).toBe(0);
    expect(java.length).toBe(1);
    await waitFor('java to exit', () => (java.every((p) => !isAlive(p.pid)) ? true : undefined), 10_000);
    expect(output).not.toContain(TOKEN);
  });
});
