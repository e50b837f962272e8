/**
 * The real Lambda module after the bot token was revoked and replaced in the
 * secret: Telegram answers 401 for the cached token, the module drops it and
 * the next request reads the secrets again and uses the new token.
 */
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebhookHandler } from '../../lambdas/webhook/webhook-request-handler';
import { loadUpdate, withFreshId } from '../bot/fixtures';
import { BOT_USER, startFakeBotApi, type FakeBotApi, type FakeReply } from '../support/fake-bot-api';
import { startFakeSecretsExtension, type FakeSecretsExtension } from './support/fake-secrets-extension';
import { captureLambdaLogs } from './support/captured-logs';
import { functionUrlEvent, lambdaContext } from './support/function-url-events';
import { MODULE_SECRET, MODULE_TOKEN, SESSION_TOKEN, TOKEN_SECRET_ID, WEBHOOK_SECRET_ID, stubWebhookEnv } from './support/webhook-module-env';

const ddb = mockClient(DynamoDBDocumentClient);
const NEW_TOKEN = `${BOT_USER.id}:AAHrotatedModuleToken_9876543210zyxwv`;
const unauthorized: FakeReply = { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } };

describe('webhook module: a revoked and replaced bot token', () => {
  let api: FakeBotApi;
  let extension: FakeSecretsExtension;
  let handler: WebhookHandler;
  let logged: string[] = [];

  beforeAll(async () => {
    [api, extension] = await Promise.all([startFakeBotApi(), startFakeSecretsExtension(SESSION_TOKEN, { [TOKEN_SECRET_ID]: MODULE_TOKEN, [WEBHOOK_SECRET_ID]: MODULE_SECRET })]);
    stubWebhookEnv({ tableName: 'claims-mocked', apiRoot: api.apiRoot, extensionPort: extension.port });
    vi.stubEnv('BOT_TOKEN_VERSION', '7');
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
    ddb.on(PutCommand).resolves({});
    ddb.on(QueryCommand).resolves({ Items: [] });
    api.reset();
  });
  const post = () => handler(functionUrlEvent({ secret: MODULE_SECRET, body: JSON.stringify(withFreshId(loadUpdate('private-text'))) }), lambdaContext());
  const tokenReads = () => extension.requests.filter((r) => r.secretId === TOKEN_SECRET_ID).length;
  const parsed = () => logged.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);

  it('drops the cached token on 401 and uses the new one from the next request on', async () => {
    // Prepare: a warm container that has answered with the old token
    await post();
    expect(api.calls.every((c) => c.token === MODULE_TOKEN)).toBe(true);
    expect(tokenReads()).toBe(1);
    // The operator revokes the old token in BotFather and stores the new one.
    extension.secrets.set(TOKEN_SECRET_ID, NEW_TOKEN);
    api.reset();
    api.queueReply('sendChatAction', unauthorized);
    api.queueReply('sendMessage', unauthorized);

    // Act
    const refused = await post();
    const callsWithOldToken = api.calls.length;
    api.reset();
    const next = await post();

    // Assess
    expect([refused, next]).toMatchObject([{ statusCode: 200 }, { statusCode: 200 }]);
    expect(callsWithOldToken).toBeGreaterThan(0);
    expect(tokenReads()).toBe(2);
    expect(api.callsTo('sendMessage')).toHaveLength(1);
    expect(api.calls.every((c) => c.token === NEW_TOKEN)).toBe(true);
    const rejected = parsed().filter((l) => l.event === 'telegram.token_rejected');
    expect(rejected.length).toBeGreaterThanOrEqual(1);
    expect(rejected.every((l) => l.level === 'error' && l.code === 401)).toBe(true);
    expect(parsed().find((l) => l.event === 'runtime.loaded')).toMatchObject({ tokenVersion: '7' });
  });

  it('never logs either token', () => {
    // Prepare / Act: the requests above

    // Assess
    expect(logged.join('\n')).not.toContain(MODULE_TOKEN);
    expect(logged.join('\n')).not.toContain(NEW_TOKEN);
  });
});
