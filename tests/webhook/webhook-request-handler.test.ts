import { describe, expect, it, vi } from 'vitest';
import { UpdateLedgerError, type UpdateLedger } from '../../lambdas/core/store/dynamodb-update-ledger';
import { createLogger } from '../../lambdas/bot/structured-log';
import { MAX_BODY_BYTES, cachedUntilFailure, createWebhookHandler, type UpdateSink, type WebhookRuntime } from '../../lambdas/webhook/webhook-request-handler';
import { loadUpdate } from '../bot/fixtures';
import { functionUrlEvent, lambdaContext } from './support/function-url-events';

const SECRET = 'Webhook_Secret-0123456789abcdefABCDEF';
/** Outside Telegram's address ranges (TEST-NET-3). */
const JUNK_IP = '203.0.113.7';

class MemoryLedger implements UpdateLedger {
  /** update id → the invocation that recorded it */
  readonly seen = new Map<number, string>();
  readonly invocationIds: Array<string | undefined> = [];
  failWith: Error | undefined;
  async recordFirstDelivery(updateId: number, invocationId?: string): Promise<boolean> {
    this.invocationIds.push(invocationId);
    if (this.failWith) throw this.failWith;
    const by = this.seen.get(updateId);
    if (by !== undefined) return by === invocationId;
    this.seen.set(updateId, invocationId ?? '');
    return true;
  }
}

function setup(options: { runtimeFails?: boolean; bot?: UpdateSink; now?: () => number } = {}) {
  const handled: number[] = [];
  const lines: string[] = [];
  const bot: UpdateSink = options.bot ?? { handleUpdate: async (u) => void handled.push(u.update_id) };
  const ledger = new MemoryLedger();
  const log = createLogger({ sink: (_l, line) => lines.push(line), secrets: () => [SECRET] });
  let loads = 0;
  const runtime = cachedUntilFailure(async (): Promise<WebhookRuntime> => {
    loads += 1;
    if (options.runtimeFails) throw new Error('extension down');
    return { webhookSecret: SECRET, bot };
  });
  const handler = createWebhookHandler({ runtime, ledger, log, ...(options.now ? { now: options.now } : {}) });
  return { handler, handled, ledger, lines, loads: () => loads };
}

const privateText = JSON.stringify(loadUpdate('private-text'));

describe('webhook request handling', () => {
  it('hands an authenticated update to the bot and answers 200', async () => {
    // Prepare
    const { handler, handled } = setup();

    // Act
    const res = await handler(functionUrlEvent({ secret: SECRET, body: privateText }), lambdaContext());

    // Assess
    expect(res).toMatchObject({ statusCode: 200 });
    expect(handled).toEqual([804512001]);
  });

  it.each([
    ['missing', undefined],
    ['wrong', 'not-the-secret'],
    ['almost right', `${SECRET}x`],
    ['empty', ''],
  ])('answers 401 to a %s secret token and never reaches the bot', async (_name, secret) => {
    // Prepare
    const { handler, handled, lines } = setup();

    // Act
    const res = await handler(functionUrlEvent({ secret, body: privateText }), lambdaContext());

    // Assess
    expect(res).toMatchObject({ statusCode: 401 });
    expect(handled).toEqual([]);
    expect(lines.join('\n')).not.toContain(SECRET);
  });

  describe('a flood of junk on the public Function URL', () => {
    it('answers 401 without decoding the body, touching the ledger or the bot', async () => {
      // Prepare
      const { handler, handled, ledger } = setup();
      await handler(functionUrlEvent({ secret: SECRET, body: privateText }), lambdaContext()); // warm: secrets cached
      ledger.invocationIds.length = 0;
      const event = functionUrlEvent({ secret: 'guess', body: privateText, base64: true });
      const decodings: unknown[][] = [];
      const from = vi.spyOn(Buffer, 'from');

      // Act
      let res;
      try {
        res = await handler(event, lambdaContext());
      } finally {
        // mockRestore() also clears the recorded calls: keep them first.
        decodings.push(...from.mock.calls.filter((args: unknown[]) => args[1] === 'base64'));
        from.mockRestore();
      }

      // Assess
      expect(res).toMatchObject({ statusCode: 401 });
      expect(decodings).toEqual([]);
      expect(ledger.invocationIds).toEqual([]);
      expect(handled).toEqual([804512001]);
    });

    it('logs at most one line a minute per reason, with the number left out', async () => {
      // Prepare
      let now = 1_000_000;
      const { handler, lines } = setup({ now: () => now });
      const junk = functionUrlEvent({ secret: 'guess', body: '{"update_id":1}', sourceIp: JUNK_IP });
      const noSecret = functionUrlEvent({ body: '{"update_id":1}', sourceIp: JUNK_IP });

      // Act
      for (let i = 0; i < 500; i++) await handler(junk, lambdaContext());
      for (let i = 0; i < 500; i++) await handler(noSecret, lambdaContext());
      for (let i = 0; i < 100; i++) await handler(functionUrlEvent({ method: 'GET', sourceIp: JUNK_IP }), lambdaContext());
      now += 60_000;
      await handler(junk, lambdaContext());

      // Assess
      const rejected = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === 'webhook.rejected');
      expect(rejected.map((l) => [l.status, l.reason, l.suppressedSinceLastLine])).toEqual([
        [401, 'wrong secret token', undefined],
        [401, 'missing secret token', undefined],
        [405, 'method not allowed', undefined],
        [401, 'wrong secret token', 499],
      ]);
    });

    it('logs every 401 sent to Telegram itself (its published ranges), marked for the TelegramRejected alarm, and nothing of the secret', async () => {
      // Prepare
      const { handler, lines, handled } = setup();
      const stale = 'the-previous-webhook-secret-0123456789';

      // Act
      for (const ip of ['149.154.167.220', '91.108.6.66', '91.108.4.1']) await handler(functionUrlEvent({ secret: stale, body: privateText, sourceIp: ip }), lambdaContext());
      for (let i = 0; i < 5; i++) await handler(functionUrlEvent({ secret: stale, body: privateText, sourceIp: '149.154.176.1' }), lambdaContext());
      await handler(functionUrlEvent({ secret: stale, body: privateText, sourceIp: '91.108.8.1' }), lambdaContext());

      // Assess
      const rejected = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === 'webhook.rejected');
      expect(rejected.filter((l) => l.fromTelegram === true).map((l) => l.sourceIp)).toEqual(['149.154.167.220', '91.108.6.66', '91.108.4.1']);
      // 149.154.176.1 and 91.108.8.1 are just outside the ranges: junk, rate-limited, not counted.
      expect(rejected.filter((l) => l.fromTelegram !== true).map((l) => l.sourceIp)).toEqual(['149.154.176.1']);
      expect(lines.join('\n')).not.toContain(stale);
      expect(handled).toEqual([]);
    });

    it('returns the same prebuilt response to every rejected request', async () => {
      // Prepare
      const { handler } = setup();

      // Act
      const [a, b] = [await handler(functionUrlEvent({ secret: 'x', body: '{}' })), await handler(functionUrlEvent({ body: '{}' }))];

      // Assess
      expect(a).toBe(b);
      expect(Object.isFrozen(a)).toBe(true);
    });
  });

  it('checks the secret before parsing the body', async () => {
    // Prepare
    const { handler } = setup();

    // Act
    const res = await handler(functionUrlEvent({ secret: 'wrong', body: '{not json' }), lambdaContext());

    // Assess
    expect(res).toMatchObject({ statusCode: 401 });
  });

  it('answers a re-delivered update without handing it to the bot again', async () => {
    // Prepare
    const { handler, handled } = setup();
    const event = functionUrlEvent({ secret: SECRET, body: privateText });

    // Act
    const first = await handler(event, lambdaContext());
    const again = await handler(event, lambdaContext());

    // Assess
    expect([first, again]).toMatchObject([{ statusCode: 200 }, { statusCode: 200 }]);
    expect(handled).toEqual([804512001]);
  });

  it('records the update under this invocation\'s Lambda request id', async () => {
    // Prepare
    const { handler, ledger } = setup();

    // Act
    await handler(functionUrlEvent({ secret: SECRET, body: privateText }), lambdaContext(30_000, 'req-1234'));

    // Assess
    expect(ledger.invocationIds).toEqual(['req-1234']);
  });

  it('gives each invocation without a request id its own id, so a re-delivery is still refused', async () => {
    // Prepare
    const { handler, handled, ledger } = setup();
    const noRequestId = { getRemainingTimeInMillis: () => 30_000 };

    // Act
    await handler(functionUrlEvent({ secret: SECRET, body: privateText }), noRequestId);
    await handler(functionUrlEvent({ secret: SECRET, body: privateText }), noRequestId);

    // Assess
    expect(ledger.invocationIds).toHaveLength(2);
    expect(ledger.invocationIds[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ledger.invocationIds[0]).not.toBe(ledger.invocationIds[1]);
    expect(handled).toEqual([804512001]);
  });

  it.each(['GET', 'PUT', 'DELETE', 'OPTIONS', 'HEAD'])('answers 405 to %s', async (method) => {
    // Prepare
    const { handler, handled } = setup();

    // Act
    const res = await handler(functionUrlEvent({ method, secret: SECRET, body: privateText }), lambdaContext());

    // Assess
    expect(res).toMatchObject({ statusCode: 405, headers: { allow: 'POST' } });
    expect(handled).toEqual([]);
  });

  it('answers 413 to an oversize body, plain or base64', async () => {
    // Prepare
    const { handler, handled } = setup();
    const big = JSON.stringify({ update_id: 1, message: { text: 'x'.repeat(MAX_BODY_BYTES) } });

    // Act
    const plain = await handler(functionUrlEvent({ secret: SECRET, body: big }), lambdaContext());
    const base64 = await handler(functionUrlEvent({ secret: SECRET, body: big, base64: true }), lambdaContext());

    // Assess
    expect([plain, base64]).toMatchObject([{ statusCode: 413 }, { statusCode: 413 }]);
    expect(handled).toEqual([]);
  });

  it.each([
    ['no body', undefined],
    ['truncated JSON', privateText.slice(0, 40)],
    ['not JSON at all', 'update_id=1'],
    ['a lone brace', '{'],
  ])('answers 400 without a stack trace to %s', async (_name, body) => {
    // Prepare
    const { handler, handled } = setup();

    // Act
    const res = await handler(functionUrlEvent({ secret: SECRET, body }), lambdaContext());

    // Assess
    expect(res).toMatchObject({ statusCode: 400, body: 'bad request' });
    expect(handled).toEqual([]);
  });

  it.each([
    ['an empty object', '{}'],
    ['an array', '[1,2,3]'],
    ['a string', '"hello"'],
    ['null', 'null'],
    ['a string update_id', '{"update_id":"1"}'],
    ['a negative update_id', '{"update_id":-5}'],
    ['a message that is a string', '{"update_id":5,"message":"hi"}'],
    ['a message without a chat', '{"update_id":6,"message":{"message_id":1,"date":1,"text":"hi"}}'],
    ['an inline query without a query', '{"update_id":7,"inline_query":{"id":"1","from":{"id":1}}}'],
  ])('acknowledges and ignores valid JSON that is %s', async (_name, body) => {
    // Prepare
    const { handler, handled } = setup();

    // Act
    const res = await handler(functionUrlEvent({ secret: SECRET, body }), lambdaContext());

    // Assess
    expect(res).toMatchObject({ statusCode: 200 });
    expect(handled).toEqual([]);
  });

  it('decodes a base64 body', async () => {
    // Prepare
    const { handler, handled } = setup();

    // Act
    const res = await handler(functionUrlEvent({ secret: SECRET, body: privateText, base64: true }), lambdaContext());

    // Assess
    expect(res).toMatchObject({ statusCode: 200 });
    expect(handled).toEqual([804512001]);
  });

  it('answers 503 while the secrets cannot be read, and tries again on the next request', async () => {
    // Prepare
    const { handler, handled, loads } = setup({ runtimeFails: true });

    // Act
    const first = await handler(functionUrlEvent({ secret: SECRET, body: privateText }), lambdaContext());
    const second = await handler(functionUrlEvent({ secret: SECRET, body: privateText }), lambdaContext());

    // Assess
    expect([first, second]).toMatchObject([{ statusCode: 503 }, { statusCode: 503 }]);
    expect(loads()).toBe(2);
    expect(handled).toEqual([]);
  });

  it('loads the secrets once per cold start', async () => {
    // Prepare
    const { handler, loads } = setup();

    // Act
    for (let i = 0; i < 3; i++) await handler(functionUrlEvent({ secret: SECRET, body: JSON.stringify({ ...loadUpdate('private-text'), update_id: i + 1 }) }), lambdaContext());

    // Assess
    expect(loads()).toBe(1);
  });

  it('loads the secrets again after the cached runtime is reset (a refused bot token)', async () => {
    // Prepare
    let loads = 0;
    const tokens = ['old-token', 'new-token'];
    const runtime = cachedUntilFailure(async () => tokens[loads++]);

    // Act
    const before = [await runtime(), await runtime()];
    runtime.reset();
    const after = [await runtime(), await runtime()];

    // Assess
    expect(before).toEqual(['old-token', 'old-token']);
    expect(after).toEqual(['new-token', 'new-token']);
    expect(loads).toBe(2);
  });

  it('still answers the update when the ledger is unreachable (fail open), and logs it', async () => {
    // Prepare
    const { handler, handled, ledger, lines } = setup();
    ledger.failWith = new UpdateLedgerError('throttled', { cause: new Error('ProvisionedThroughputExceededException') });

    // Act
    const res = await handler(functionUrlEvent({ secret: SECRET, body: privateText }), lambdaContext());

    // Assess
    expect(res).toMatchObject({ statusCode: 200 });
    expect(handled).toEqual([804512001]);
    expect(lines.some((l) => l.includes('update.ledger_unavailable'))).toBe(true);
  });

  it('answers 200 even when the bot throws', async () => {
    // Prepare
    const { handler, lines } = setup({ bot: { handleUpdate: async () => Promise.reject(new Error('bug')) } });

    // Act
    const res = await handler(functionUrlEvent({ secret: SECRET, body: privateText }), lambdaContext());

    // Assess
    expect(res).toMatchObject({ statusCode: 200 });
    expect(lines.some((l) => l.includes('update.failed'))).toBe(true);
  });

  it('answers 200 before the Lambda times out when the bot hangs', async () => {
    // Prepare
    const { handler, lines } = setup({ bot: { handleUpdate: () => new Promise(() => undefined) } });

    // Act
    const started = Date.now();
    const res = await handler(functionUrlEvent({ secret: SECRET, body: privateText }), lambdaContext(1_300));

    // Assess
    expect(res).toMatchObject({ statusCode: 200 });
    expect(Date.now() - started).toBeLessThan(1_300);
    expect(lines.some((l) => l.includes('update.deadline_exceeded'))).toBe(true);
  });
});
