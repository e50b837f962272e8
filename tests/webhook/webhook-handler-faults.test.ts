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
import { functionUrlEvent, lambdaContext } from './support/function-url-events';
import { MODULE_SECRET, MODULE_TOKEN, SESSION_TOKEN, TOKEN_SECRET_ID, WEBHOOK_SECRET_ID, stubWebhookEnv } from './support/webhook-module-env';

const ddb = mockClient(DynamoDBDocumentClient);

const throttled = () => new ProvisionedThroughputExceededException({ message: 'Rate of requests exceeds the allowed throughput.', $metadata: { httpStatusCode: 400 } });
const timedOut = () => Object.assign(new Error('Connection timed out after 3000 ms'), { name: 'TimeoutError' });

describe('webhook faults', () => {
  let api: FakeBotApi;
  let extension: FakeSecretsExtension;
  let handler: WebhookHandler;
  const logged: string[] = [];

  beforeAll(async () => {
    [api, extension] = await Promise.all([startFakeBotApi(), startFakeSecretsExtension(SESSION_TOKEN, { [TOKEN_SECRET_ID]: MODULE_TOKEN, [WEBHOOK_SECRET_ID]: MODULE_SECRET })]);
    stubWebhookEnv({ tableName: 'claims-mocked', apiRoot: api.apiRoot, extensionPort: extension.port });
    for (const stream of ['log', 'warn', 'error'] as const) vi.spyOn(console, stream).mockImplementation((line: unknown) => void logged.push(String(line)));
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
