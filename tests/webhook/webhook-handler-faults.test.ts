/**
 * The real Lambda module with DynamoDB faults injected by aws-sdk-client-mock
 * and Telegram faults injected by the fake Bot API. Whatever fails, Telegram
 * gets 200 and the user hears "I can't reach my sources…" where possible.
 */
import { ProvisionedThroughputExceededException, InternalServerError } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebhookHandler } from '../../lambdas/webhook/webhook-request-handler';
import { SOURCES_UNAVAILABLE } from '../../lambdas/bot/bot-replies';
import { loadUpdate, withFreshId } from '../bot/fixtures';
import { sentHtml, sentHtmlProblems } from '../bot/support/sent-messages';
import { serverError, startFakeBotApi, tooManyRequests, type FakeBotApi } from '../support/fake-bot-api';
import { startFakeSecretsExtension, type FakeSecretsExtension } from './support/fake-secrets-extension';
import { captureLambdaLogs } from './support/captured-logs';
import { functionUrlEvent, lambdaContext } from './support/function-url-events';
import { MODULE_SECRET, MODULE_TOKEN, SESSION_TOKEN, TOKEN_SECRET_ID, WEBHOOK_SECRET_ID, stubWebhookEnv } from './support/webhook-module-env';

const ddb = mockClient(DynamoDBDocumentClient);

const throttled = () => new ProvisionedThroughputExceededException({ message: 'Rate of requests exceeds the allowed throughput.', $metadata: { httpStatusCode: 400 } });
const timedOut = () => Object.assign(new Error('Connection timed out after 3000 ms'), { name: 'TimeoutError' });

describe('webhook faults', () => {
  let api: FakeBotApi;
  let extension: FakeSecretsExtension;
  let handler: WebhookHandler;
  let logged: string[] = [];

  beforeAll(async () => {
    [api, extension] = await Promise.all([startFakeBotApi(), startFakeSecretsExtension(SESSION_TOKEN, { [TOKEN_SECRET_ID]: MODULE_TOKEN, [WEBHOOK_SECRET_ID]: MODULE_SECRET })]);
    stubWebhookEnv({ tableName: 'claims-mocked', apiRoot: api.apiRoot, extensionPort: extension.port });
    logged = captureLambdaLogs();
    ({ handler } = await import('../../lambdas/webhook/webhook-handler'));
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    ddb.restore();
    await Promise.all([api.close(), extension.close()]);
  });
  beforeEach(() => {
    ddb.reset();
    api.reset();
    logged.length = 0;
  });
  const post = (fixture: string, remainingMs = 30_000) =>
    handler(functionUrlEvent({ secret: MODULE_SECRET, body: JSON.stringify(withFreshId(loadUpdate(fixture))) }), lambdaContext(remainingMs));
  const events = () => logged.map((l) => (JSON.parse(l) as { event: string }).event);

  it.each([
    ['a ProvisionedThroughputExceededException', throttled],
    ['a timeout', timedOut],
    ['an internal server error', () => new InternalServerError({ message: 'Internal server error', $metadata: {} })],
  ])('answers 200 and apologises when the claims Query fails with %s', async (_name, fault) => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    ddb.on(QueryCommand).rejects(fault());

    // Act
    const res = await post('private-text');

    // Assess
    expect(res).toMatchObject({ statusCode: 200 });
    expect(sentHtml(api.calls).map((m) => m.text)).toEqual([SOURCES_UNAVAILABLE]);
    expect(events()).toContain('answer.failed');
  });

  it('still answers when the de-duplication write is throttled (fail open)', async () => {
    // Prepare
    ddb.on(PutCommand).rejects(throttled());
    ddb.on(QueryCommand).resolves({ Items: [] });

    // Act
    const res = await post('private-text');

    // Assess
    expect(res).toMatchObject({ statusCode: 200 });
    expect(api.callsTo('sendMessage')).toHaveLength(1);
    expect(events()).toContain('update.ledger_unavailable');
  });

  it('apologises in the inline results when the store is down', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    ddb.on(QueryCommand).rejects(throttled());

    // Act
    const res = await post('inline-query');

    // Assess
    expect(res).toMatchObject({ statusCode: 200 });
    expect(JSON.stringify(api.callsTo('answerInlineQuery')[0]?.body)).toContain("I can't reach my sources");
  });

  it('retries a Telegram 429 once when the invocation has time for it', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    ddb.on(QueryCommand).resolves({ Items: [] });
    api.queueReply('sendMessage', tooManyRequests(1));

    // Act
    const res = await post('private-text', 30_000);

    // Assess
    expect(res).toMatchObject({ statusCode: 200 });
    expect(api.callsTo('sendMessage')).toHaveLength(2);
    expect(events()).toContain('telegram.rate_limited.retrying');
  });

  it('does not wait out a 429 longer than the invocation has left', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    ddb.on(QueryCommand).resolves({ Items: [] });
    api.queueReply('sendMessage', tooManyRequests(20));

    // Act
    const started = Date.now();
    const res = await post('private-text', 10_000);

    // Assess
    expect(res).toMatchObject({ statusCode: 200 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(api.callsTo('sendMessage')).toHaveLength(1);
    expect(events()).toContain('telegram.rate_limited.giving_up');
  });

  it('answers 200 to a Telegram 500 and logs method, code and description only', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    ddb.on(QueryCommand).resolves({ Items: [] });
    api.queueReply('sendMessage', serverError());

    // Act
    const res = await post('private-text');

    // Assess
    expect(res).toMatchObject({ statusCode: 200 });
    const failure = logged.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event === 'bot.handler_failed');
    expect(failure?.error).toEqual({ kind: 'telegram', method: 'sendMessage', code: 500, description: 'Internal Server Error' });
  });

  describe('what the error-log alarm counts (BotErrorLogsAlarm: whole-JSON lines with level "error")', () => {
    const entries = () => logged.map((l) => JSON.parse(l) as { level: string; event: string; code?: number; error?: { code?: number } });
    const errorEvents = () => entries().filter((l) => l.level === 'error').map((l) => l.event);
    const reply = (status: number, description: string) => ({ status, body: { ok: false, error_code: status, description } });

    it('logs every line as one whole JSON object on stdout, with no runtime prefix', async () => {
      // Prepare
      ddb.on(PutCommand).resolves({});
      ddb.on(QueryCommand).rejects(throttled());

      // Act
      await post('private-text');

      // Assess
      expect(logged.length).toBeGreaterThan(0);
      for (const line of logged) expect(line).toMatch(/^\{"level":"(debug|info|warn|error)","event":/);
    });

    it('sees a DynamoDB outage on the answer path', async () => {
      // Prepare
      ddb.on(PutCommand).resolves({});
      ddb.on(QueryCommand).rejects(new InternalServerError({ message: 'Internal server error', $metadata: {} }));

      // Act
      const res = await post('private-text');

      // Assess
      expect(res).toMatchObject({ statusCode: 200 });
      expect(errorEvents()).toContain('answer.failed');
    });

    it.each([
      [400, "Bad Request: can't parse entities: unsupported start tag", 'bot.handler_failed'],
      [401, 'Unauthorized', 'telegram.token_rejected'],
      [404, 'Not Found', 'telegram.token_rejected'],
    ])('sees Telegram refusing a reply with %i', async (status, description, event) => {
      // Prepare
      ddb.on(PutCommand).resolves({});
      ddb.on(QueryCommand).resolves({ Items: [] });
      api.queueReply('sendMessage', reply(status, description));

      // Act
      const res = await post('private-text');

      // Assess
      expect(res).toMatchObject({ statusCode: 200 });
      expect(errorEvents()).toContain(event);
    });

    it('sees an update that outlived its deadline', async () => {
      // Prepare
      ddb.on(PutCommand).resolves({});
      ddb.on(QueryCommand).callsFake(() => new Promise(() => undefined));

      // Act
      const res = await post('private-text', 1_300);

      // Assess
      expect(res).toMatchObject({ statusCode: 200 });
      expect(errorEvents()).toContain('update.deadline_exceeded');
    });

    it('does not count a user blocking the bot (Telegram 403)', async () => {
      // Prepare
      ddb.on(PutCommand).resolves({});
      ddb.on(QueryCommand).resolves({ Items: [] });
      api.queueReply('sendMessage', reply(403, 'Forbidden: bot was blocked by the user'));

      // Act
      await post('private-text');

      // Assess
      expect(errorEvents()).toEqual([]);
      expect(entries().find((l) => l.event === 'bot.handler_failed')).toMatchObject({ level: 'warn', error: { code: 403 } });
    });

    it('does not count a throttled de-duplication write: a warning, and the update is still answered', async () => {
      // Prepare
      ddb.on(PutCommand).rejects(throttled());
      ddb.on(QueryCommand).resolves({ Items: [] });

      // Act
      const res = await post('private-text');

      // Assess
      expect(res).toMatchObject({ statusCode: 200 });
      expect(api.callsTo('sendMessage')).toHaveLength(1);
      expect(entries().find((l) => l.event === 'update.ledger_unavailable')).toMatchObject({ level: 'warn' });
      expect(errorEvents()).toEqual([]);
    });
  });

  it('keeps every log line free of the token and the secret, and every message valid HTML', async () => {
    // Prepare
    ddb.on(PutCommand).rejects(throttled());
    ddb.on(QueryCommand).rejects(timedOut());
    api.queueReply('sendChatAction', serverError());

    // Act
    for (const fixture of ['private-text', 'group-mention', 'inline-query', 'callback-query-passages', 'private-sources']) await post(fixture);

    // Assess
    expect(logged.join('\n')).not.toContain(MODULE_TOKEN);
    expect(logged.join('\n')).not.toContain(MODULE_SECRET);
    expect(sentHtmlProblems(api)).toEqual([]);
  });
});
