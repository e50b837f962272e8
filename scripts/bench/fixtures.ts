/**
 * Parent side of fixture-server.ts: forks it (under tsx), and talks to it over IPC.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { backgroundPriorityPrefix } from '../lib/background-priority';
import type { ProxiedRequest } from './dynamodb-proxy';

export interface TelegramCall {
  readonly method: string;
  readonly body: Record<string, unknown>;
}

export interface Fixtures {
  readonly apiRoot: string;
  readonly extensionPort: number;
  /** DynamoDB proxy endpoint (counts requests and capacity). */
  proxyEndpoint: string;
  /** Points the proxy at another DynamoDB Local (after a restart). */
  retarget(dynamodbEndpoint: string): Promise<void>;
  telegramCalls(): Promise<TelegramCall[]>;
  dynamodbRequests(): Promise<ProxiedRequest[]>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export async function startFixtures(options: { sessionToken: string; secrets: Record<string, string>; dynamodbEndpoint: string }): Promise<Fixtures> {
  const entry = fileURLToPath(new URL('./fixture-server.ts', import.meta.url));
  // At background priority, as DynamoDB Local is (scripts/lib/background-priority.ts).
  const [command = process.execPath, ...prefixArgs] = [...backgroundPriorityPrefix(), process.execPath];
  const child: ChildProcess = fork(entry, [], { execPath: command, execArgv: [...prefixArgs, '--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const ready = new Promise<void>((resolve, reject) => {
    pending.set(0, { resolve: () => resolve(), reject });
    child.once('exit', (code) => reject(new Error(`fixture server exited (${code})`)));
  });
  child.on('message', (message: { id: number; value?: unknown; error?: string }) => {
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.error !== undefined) waiter?.reject(new Error(message.error));
    else waiter?.resolve(message.value);
  });
  const send = <T>(command: Record<string, unknown>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ ...command, id });
    });
  await ready;
  const started = await send<{ apiRoot: string; extensionPort: number; proxyEndpoint: string }>({ type: 'start', ...options });
  const fixtures: Fixtures = {
    apiRoot: started.apiRoot,
    extensionPort: started.extensionPort,
    proxyEndpoint: started.proxyEndpoint,
    async retarget(dynamodbEndpoint) {
      const { proxyEndpoint } = await send<{ proxyEndpoint: string }>({ type: 'retarget', dynamodbEndpoint });
      fixtures.proxyEndpoint = proxyEndpoint;
    },
    telegramCalls: () => send<TelegramCall[]>({ type: 'telegram-calls' }),
    dynamodbRequests: () => send<ProxiedRequest[]>({ type: 'dynamodb-requests' }),
    reset: () => send<void>({ type: 'reset' }),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await send<void>({ type: 'stop' }).catch(() => undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
    },
  };
  return fixtures;
}
