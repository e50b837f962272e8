import { Telegram } from 'telegraf';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RETRY_HEADROOM_MS, installRateLimitRetry } from '../../lambdas/bot/telegram-retry';
import { createLogger } from '../../lambdas/bot/structured-log';
import { serverError, startFakeBotApi, tooManyRequests, type FakeBotApi } from '../support/fake-bot-api';

const TOKEN = '123456789:AAEfakeTokenForTests_abcdefghijklmno';

describe('installRateLimitRetry', () => {
  let api: FakeBotApi;
  const lines: string[] = [];
  const log = createLogger({ sink: (_level, line) => lines.push(line) });
  const sleeps: number[] = [];
  const sleep = async (ms: number) => {
    sleeps.push(ms);
  };

  beforeAll(async () => {
    api = await startFakeBotApi();
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(() => {
    api.reset();
    lines.length = 0;
    sleeps.length = 0;
  });

  const client = (remainingMs: number) => {
    const telegram = new Telegram(TOKEN, { apiRoot: api.apiRoot, webhookReply: false });
    installRateLimitRetry(telegram, { remainingTimeMs: () => remainingMs, log, sleep });
    return telegram;
  };

  it('retries once after retry_after when the invocation has time left', async () => {
    // Prepare
    api.queueReply('sendMessage', tooManyRequests(2));
    const telegram = client(30_000);

    // Act
    const sent = await telegram.sendMessage(1, 'hello');

    // Assess
    expect(sent.text).toBe('hello');
    expect(api.callsTo('sendMessage')).toHaveLength(2);
    expect(sleeps).toEqual([2000]);
    expect(lines.some((l) => l.includes('telegram.rate_limited.retrying'))).toBe(true);
  });

  it('gives up at once when the wait would outlast the invocation', async () => {
    // Prepare
    api.queueReply('sendMessage', tooManyRequests(10));
    const telegram = client(10_000 + RETRY_HEADROOM_MS - 1);

    // Act
    const error = await telegram.sendMessage(1, 'hello').catch((e: unknown) => e);

    // Assess
    expect(error).toMatchObject({ code: 429 });
    expect(api.callsTo('sendMessage')).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries only once', async () => {
    // Prepare
    api.queueReply('sendMessage', tooManyRequests(1), tooManyRequests(1));
    const telegram = client(60_000);

    // Act
    const error = await telegram.sendMessage(1, 'hello').catch((e: unknown) => e);

    // Assess
    expect(error).toMatchObject({ code: 429 });
    expect(api.callsTo('sendMessage')).toHaveLength(2);
  });

  it('does not retry other errors', async () => {
    // Prepare
    api.queueReply('sendMessage', serverError());
    const telegram = client(60_000);

    // Act
    const error = await telegram.sendMessage(1, 'hello').catch((e: unknown) => e);

    // Assess
    expect(error).toMatchObject({ code: 500 });
    expect(api.callsTo('sendMessage')).toHaveLength(1);
  });

  it('never logs the token', async () => {
    // Prepare
    api.queueReply('sendMessage', tooManyRequests(100));
    const telegram = client(1_000);

    // Act
    await telegram.sendMessage(1, 'hello').catch(() => undefined);

    // Assess
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });
});
