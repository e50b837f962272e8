/**
 * The real Lambda module through a webhook-secret rotation (npm run rotate-webhook-secret): the new secret is
 * stored (AWSCURRENT, the old one becomes AWSPREVIOUS), Telegram keeps sending the old one until setWebhook
 * hands it the new one, and retries may still carry the old one. No update is refused within the grace period;
 * after it, the old secret is refused.
 */
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WEBHOOK_SECRET_GRACE_MS } from '../../lambdas/webhook/webhook-secret';
import type { WebhookHandler } from '../../lambdas/webhook/webhook-request-handler';
import { loadUpdate, withFreshId } from '../bot/fixtures';
import { startFakeBotApi, type FakeBotApi } from '../support/fake-bot-api';
import { startFakeSecretsExtension, type FakeSecretsExtension } from './support/fake-secrets-extension';
import { captureLambdaLogs } from './support/captured-logs';
import { functionUrlEvent, lambdaContext } from './support/function-url-events';
import { MODULE_SECRET, MODULE_TOKEN, SESSION_TOKEN, TOKEN_SECRET_ID, WEBHOOK_SECRET_ID, stubWebhookEnv } from './support/webhook-module-env';

const ddb = mockClient(DynamoDBDocumentClient);
const NEW_SECRET = 'rotatedWebhookSecret0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ';
const T0 = Date.UTC(2026, 11, 1, 9, 0, 0);

describe('webhook module: rotating the webhook secret', () => {
  let api: FakeBotApi;
  let extension: FakeSecretsExtension;
  let handler: WebhookHandler;
  let logged: string[] = [];

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: T0 });
    [api, extension] = await Promise.all([startFakeBotApi(), startFakeSecretsExtension(SESSION_TOKEN, { [TOKEN_SECRET_ID]: MODULE_TOKEN, [WEBHOOK_SECRET_ID]: MODULE_SECRET })]);
    stubWebhookEnv({ tableName: 'claims-mocked', apiRoot: api.apiRoot, extensionPort: extension.port });
    logged = captureLambdaLogs();
    ({ handler } = await import('../../lambdas/webhook/webhook-handler'));
  });
  afterAll(async () => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    ddb.restore();
    await Promise.all([api.close(), extension.close()]);
  });
  beforeEach(() => {
    ddb.reset();
    ddb.on(PutCommand).resolves({});
    ddb.on(QueryCommand).resolves({ Items: [] });
  });
  const post = (secret: string, sourceIp?: string) =>
    handler(functionUrlEvent({ secret, body: JSON.stringify(withFreshId(loadUpdate('private-text'))), ...(sourceIp ? { sourceIp } : {}) }), lambdaContext());
  const parsed = () => logged.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);

  it('accepts the old secret until Telegram has the new one and through the grace period, then only the new one', async () => {
    // A warm container that has the secret the stack was created with.
    expect(await post(MODULE_SECRET)).toMatchObject({ statusCode: 200 });

    // The rotation stores the new secret: AWSCURRENT = new (created now), AWSPREVIOUS = old.
    vi.setSystemTime(T0 + 10 * 60_000);
    const rotatedAt = Date.now();
    extension.stages.set(`${WEBHOOK_SECRET_ID}@AWSCURRENT`, { value: NEW_SECRET, createdDate: rotatedAt / 1000 });
    extension.stages.set(`${WEBHOOK_SECRET_ID}@AWSPREVIOUS`, { value: MODULE_SECRET, createdDate: (T0 - 86_400_000) / 1000 });

    // Telegram still sends the old secret while the rotation waits out the extension's cache.
    vi.setSystemTime(rotatedAt + 60_000);
    expect(await post(MODULE_SECRET)).toMatchObject({ statusCode: 200 });

    // setWebhook gives Telegram the new secret: the warm container reads the secrets again on the first mismatch.
    vi.setSystemTime(rotatedAt + 6 * 60_000);
    const readsBefore = extension.requests.length;
    expect(await post(NEW_SECRET)).toMatchObject({ statusCode: 200 });
    expect(extension.requests.slice(readsBefore).map((r) => `${r.secretId}${r.versionStage ? `@${r.versionStage}` : ''}`).sort()).toEqual(
      [TOKEN_SECRET_ID, WEBHOOK_SECRET_ID, `${WEBHOOK_SECRET_ID}@AWSPREVIOUS`].sort(),
    );
    // A retry of an update Telegram first sent with the old secret.
    expect(await post(MODULE_SECRET)).toMatchObject({ statusCode: 200 });
    expect(parsed().some((l) => l.event === 'webhook.previous_secret_accepted')).toBe(true);

    // Every update so far was handled: one reply each.
    expect(api.callsTo('sendMessage')).toHaveLength(4);

    // After the grace period the old secret is refused (and, from Telegram's ranges, counted for the alarm).
    vi.setSystemTime(rotatedAt + WEBHOOK_SECRET_GRACE_MS + 1_000);
    expect(await post(MODULE_SECRET)).toMatchObject({ statusCode: 401 });
    expect(parsed().filter((l) => l.event === 'webhook.rejected' && l.fromTelegram === true)).toHaveLength(1);
    expect(await post(NEW_SECRET)).toMatchObject({ statusCode: 200 });
    expect(api.callsTo('sendMessage')).toHaveLength(5);
  });

  it('never logs either secret', () => {
    const text = logged.join('\n');
    expect(text).not.toContain(MODULE_SECRET);
    expect(text).not.toContain(NEW_SECRET);
  });

  it('reads the secrets again at most once a minute when junk keeps missing', async () => {
    const before = extension.requests.length;
    for (let i = 0; i < 200; i++) await post(`junk-${i}`, '203.0.113.9');
    vi.setSystemTime(Date.now() + 61_000);
    for (let i = 0; i < 200; i++) await post(`junk-${i}`, '203.0.113.9');
    const rereads = extension.requests.slice(before).filter((r) => r.secretId === WEBHOOK_SECRET_ID && !r.versionStage);
    expect(rereads.length).toBeLessThanOrEqual(2);
  });
});
