/**
 * The local command-line tools, run the way a user runs them: through npm,
 * as child processes, each with its own embedded DynamoDB Local.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string, onStdout?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a test can send SIGINT to all of it, as Ctrl-C in a terminal does.
    const child = spawn('npm', ['run', ...args], { cwd: ROOT, env: { ...process.env, CLAIMS_TABLE: '', FORCE_COLOR: '0' }, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      onStdout?.(stdout, child);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
    if (input !== undefined) child.stdin.end(input);
  });
}

/** Java processes still listening on the given DynamoDB Local port. */
function javaOnPort(port: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0');
        return cmd.some((a) => a.endsWith('DynamoDBLocal.jar')) && cmd.includes(port);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** npm returns as soon as it is signalled; its child may still be shutting the database down. */
async function javaGoneFromPort(port: string, timeoutMs = 10_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let left = javaOnPort(port);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    left = javaOnPort(port);
  }
  return left;
}

describe('npm run ask', () => {
  it('answers one question as the bot would, with every source side by side', async () => {
    // Act
    const result = await run(['ask', '--', 'How many Chinese died in WWII?']);

    // Assess
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('37 million');
    expect(result.stdout).toContain('15–20 million');
    expect(result.stdout).toContain('MENAFN');
    expect(result.stdout).toContain('PUREWILAYAH.COM');
    expect(result.stdout).toMatch(/Sources differ/);
  });

  it('--json with questions on stdin prints one JSON object per line, in order, and nothing else', async () => {
    // Prepare
    const questions = ['How many Chinese died in WWII?', 'What is the weather like?', '', 'What did Xi say in Moscow?'];

    // Act
    const result = await run(['ask', '--', '--json'], `${questions.join('\n')}\n`);

    // Assess
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const objects = lines.map((l) => JSON.parse(l) as { question: string; answered: boolean; claims: Array<{ source: { document: string } }>; reply: string });
    expect(objects.map((o) => o.question)).toEqual(questions);
    expect(objects.map((o) => o.answered)).toEqual([true, false, false, true]);
    expect(objects[1]!.claims).toEqual([]);
    expect(objects[1]!.reply).toMatch(/no sourced claims/i);
    expect(objects[0]!.claims.map((c) => c.source.document).sort()).toEqual(['000_65d1a1d4bbc254d7.txt', '001_201afc8b97c7a6c7.txt']);
  });

  it('--json with one question prints exactly one object with the public shape', async () => {
    // Act
    const result = await run(['ask', '--', '--json', 'How many Soviets died in WW2?']);

    // Assess
    const parsed = JSON.parse(result.stdout) as Record<string, unknown> & { claims: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(['question', 'answered', 'claims', 'related', 'reply', 'language', 'context']);
    expect(Object.keys(parsed.claims[0]!)).toEqual(['id', 'kind', 'topic', 'speaker', 'place', 'date', 'figure', 'text', 'excerpt', 'source']);
    expect(Object.keys(parsed.claims[0]!.source as object)).toEqual(['id', 'outlet', 'origin', 'url', 'published', 'document']);
  });

  it('--explain shows how a message was read and why each candidate was kept or dropped', async () => {
    // Act
    const result = await run(['ask', '--', '--explain', 'hey bot, what did Xi say in Moscow? thanks!!']);

    // Assess
    expect(result.stdout).toContain('questions: "what did Xi say in Moscow"');
    expect(result.stdout).toMatch(/speakers: Xi Jinping/);
    expect(result.stdout).toMatch(/places: Moscow/);
    expect(result.stdout).toMatch(/lookup keys \(\d\): said:xi@moscow/);
    expect(result.stdout).toMatch(/menafn-xi-strategic-bond — KEPT/);
    expect(result.stdout).toMatch(/— dropped: /);
    expect(result.stdout).toMatch(/outcome: answered with 3 claim\(s\)/);
  });
});

describe('npm start', () => {
  it('chats until end of input, then stops the database and leaves no Java process', async () => {
    // Act
    const result = await run(['start'], 'What did Xi say in Beijing?\n/sources\n');

    // Assess
    expect(result.code).toBe(0);
    const port = /127\.0\.0\.1:(\d+)/.exec(result.stdout)?.[1];
    expect(port).toBeDefined();
    expect(result.stdout).toContain('Xi Jinping');
    expect(result.stdout).toContain('Beijing');
    expect(result.stdout).toContain('MENAFN');
    expect(result.stdout).toMatch(/Bye\./);
    expect(javaOnPort(port!)).toEqual([]);
  });

  it('stops cleanly on Ctrl-C', async () => {
    // Act: send SIGINT once the chat is ready.
    let port: string | undefined;
    const result = await run(['start'], undefined, (stdout, child) => {
      const match = /127\.0\.0\.1:(\d+)/.exec(stdout);
      if (match && port === undefined) {
        port = match[1];
        setTimeout(() => process.kill(-child.pid!, 'SIGINT'), 200);
      }
    });

    // Assess
    expect(port).toBeDefined();
    expect(await javaGoneFromPort(port!)).toEqual([]);
    expect(result.stderr).not.toMatch(/Error/);
  });
});
