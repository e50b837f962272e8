/**
 * A small recording fake of the Telegram Bot API on 127.0.0.1, for telegraf's
 * `apiRoot` option. It records every call (method + JSON/form body) and answers
 * with plausible results; tests can queue error responses (429, 500, 400) for a
 * method to exercise retries and error handling.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  readonly token: string;
  readonly method: string;
  readonly body: Record<string, unknown>;
}

export interface FakeReply {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

export interface FakeBotApi {
  readonly apiRoot: string;
  readonly calls: RecordedCall[];
  /** Calls to one method, in order. */
  callsTo(method: string): RecordedCall[];
  /** The next call(s) to `method` get these replies instead of success, in order. */
  queueReply(method: string, ...replies: FakeReply[]): void;
  /** Every call to `method` ('*' for all) waits this long before it answers (a slow Bot API); 0 to stop. */
  delay(method: string, ms: number): void;
  /** Updates served to getUpdates (long polling), each once. */
  pushUpdates(...updates: Array<Record<string, unknown>>): void;
  reset(): void;
  close(): Promise<void>;
}

export const BOT_USER = { id: 7000000001, is_bot: true, first_name: 'Fact Check', username: 'factcheck_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true };

export const tooManyRequests = (retryAfter: number): FakeReply => ({
  status: 429,
  body: { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } },
});
export const serverError = (): FakeReply => ({ status: 500, body: { ok: false, error_code: 500, description: 'Internal Server Error' } });
export const badRequest = (description: string): FakeReply => ({ status: 400, body: { ok: false, error_code: 400, description } });

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (!raw) return {};
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  return { raw };
}

let messageId = 1000;

function successResult(method: string, body: Record<string, unknown>): unknown {
  switch (method) {
    case 'getMe':
      return BOT_USER;
    case 'sendMessage':
    case 'editMessageText':
      return {
        message_id: ++messageId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: Number(body.chat_id ?? 0), type: 'private' },
        from: BOT_USER,
        text: String(body.text ?? ''),
      };
    case 'getWebhookInfo':
      return { url: '', has_custom_certificate: false, pending_update_count: 0 };
    default:
      return true;
  }
}

export async function startFakeBotApi(): Promise<FakeBotApi> {
  const calls: RecordedCall[] = [];
  const queued = new Map<string, FakeReply[]>();
  const delays = new Map<string, number>();
  let pendingUpdates: Array<Record<string, unknown>> = [];

  const server: Server = createServer((req, res) => {
    void (async () => {
      const match = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? '');
      if (!match) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
        return;
      }
      const [, token = '', method = ''] = match;
      const body = await readBody(req);
      calls.push({ token, method, body });
      const wait = delays.get(method) ?? delays.get('*') ?? 0;
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (res.destroyed || req.socket.destroyed) return;
      const next = queued.get(method)?.shift();
      if (next) {
        res.writeHead(next.status, { 'content-type': 'application/json' }).end(JSON.stringify(next.body));
        return;
      }
      let result: unknown;
      if (method === 'getUpdates') {
        result = pendingUpdates;
        pendingUpdates = [];
        if ((result as unknown[]).length === 0) await new Promise((r) => setTimeout(r, 50));
      } else {
        result = successResult(method, body);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
    })().catch((err: unknown) => {
      res.writeHead(500).end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    queueReply: (method, ...replies) => queued.set(method, [...(queued.get(method) ?? []), ...replies]),
    pushUpdates: (...updates) => pendingUpdates.push(...updates),
    delay: (method, ms) => void delays.set(method, ms),
    reset: () => {
      calls.length = 0;
      queued.clear();
      delays.clear();
      pendingUpdates = [];
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
