import { Telegram } from 'telegraf';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../lambdas/bot/structured-log';
import { installTokenRejectionWatch } from '../../lambdas/bot/telegram-token-watch';
import { badRequest, serverError, startFakeBotApi, type FakeBotApi, type FakeReply } from '../support/fake-bot-api';

const TOKEN = '123456789:AAEfakeTokenForTests_abcdefghijklmno';
const unauthorized: FakeReply = { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } };
const notFound: FakeReply = { status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } };

describe('installTokenRejectionWatch', () => {
  let api: FakeBotApi;
  const lines: Array<{ level: string; line: string }> = [];
  const log = createLogger({ sink: (level, line) => lines.push({ level, line }), secrets: () => [TOKEN] });
  let rejections = 0;

  beforeAll(async () => {
    api = await startFakeBotApi();
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(() => {
    api.reset();
    lines.length = 0;
    rejections = 0;
  });

  const client = () => {
    const telegram = new Telegram(TOKEN, { apiRoot: api.apiRoot, webhookReply: false });
    installTokenRejectionWatch(telegram, { log, onTokenRejected: () => void (rejections += 1) });
    return telegram;
  };

  it.each([
    ['401 Unauthorized (a revoked token)', unauthorized, 401],
    ['404 Not Found (no bot has this token)', notFound, 404],
  ])('reports %s, logs it at error level without the token, and rethrows', async (_name, reply, code) => {
    // Prepare
    api.queueReply('sendMessage', reply);

    // Act
    const error = await client().sendMessage(1, 'hello').catch((e: unknown) => e);

    // Assess
    expect(error).toMatchObject({ code });
    expect(rejections).toBe(1);
    const logged = lines.filter((l) => l.line.includes('telegram.token_rejected'));
    expect(logged).toHaveLength(1);
    expect(logged[0]?.level).toBe('error');
    expect(JSON.parse(logged[0]!.line)).toMatchObject({ level: 'error', method: 'sendMessage', code });
    expect(lines.map((l) => l.line).join('\n')).not.toContain(TOKEN);
  });

  it.each([
    ['400 Bad Request', badRequest("Bad Request: can't parse entities")],
    ['500', serverError()],
  ])('leaves the token alone on a %s', async (_name, reply) => {
    // Prepare
    api.queueReply('sendMessage', reply);

    // Act
    const error = await client().sendMessage(1, 'hello').catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(Error);
    expect(rejections).toBe(0);
    expect(lines.some((l) => l.line.includes('telegram.token_rejected'))).toBe(false);
  });

  it('passes successful calls through untouched', async () => {
    // Prepare / Act
    const sent = await client().sendMessage(1, 'hello');

    // Assess
    expect(sent.text).toBe('hello');
    expect(rejections).toBe(0);
  });
});
