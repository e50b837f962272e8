/**
 * The real Lambda module, as the CDK stack deploys it, against DynamoDB Local
 * (seeded from data/), a fake secrets extension and the fake Bot API.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebhookHandler } from '../../lambdas/webhook/webhook-request-handler';
import { loadUpdate, withFreshId } from '../bot/fixtures';
import { sentHtmlProblems } from '../bot/support/sent-messages';
import { BOT_USER, startFakeBotApi, type FakeBotApi } from '../support/fake-bot-api';
import { createClaimsTableFixture, type ClaimsTableFixture } from '../support/claims-table-fixture';
import { startFakeSecretsExtension, type FakeSecretsExtension } from './support/fake-secrets-extension';
import { captureLambdaLogs } from './support/captured-logs';
import { functionUrlEvent, lambdaContext } from './support/function-url-events';
import { MODULE_SECRET, MODULE_TOKEN, SESSION_TOKEN, TOKEN_SECRET_ID, WEBHOOK_SECRET_ID, stubWebhookEnv } from './support/webhook-module-env';

describe('lambdas/webhook/webhook-handler.ts (the deployed module)', () => {
  let api: FakeBotApi;
  let table: ClaimsTableFixture;
  let extension: FakeSecretsExtension;
  let handler: WebhookHandler;
  let logged: string[] = [];

  beforeAll(async () => {
    [api, table, extension] = await Promise.all([
      startFakeBotApi(),
      createClaimsTableFixture({ seed: true }),
      startFakeSecretsExtension(SESSION_TOKEN, { [TOKEN_SECRET_ID]: MODULE_TOKEN, [WEBHOOK_SECRET_ID]: MODULE_SECRET }),
    ]);
    stubWebhookEnv({ tableName: table.tableName, apiRoot: api.apiRoot, extensionPort: extension.port, dynamodbEndpoint: table.endpoint });
    logged = captureLambdaLogs();
    ({ handler } = await import('../../lambdas/webhook/webhook-handler'));
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    await Promise.all([api.close(), table.drop(), extension.close()]);
  });
  beforeEach(() => {
    api.reset();
  });

  it('answers a private question with the side-by-side answer', async () => {
    // Prepare
    const update = withFreshId(loadUpdate('private-text'));

    // Act
    const res = await handler(functionUrlEvent({ secret: MODULE_SECRET, body: JSON.stringify(update) }), lambdaContext());

    // Assess
    expect(res).toMatchObject({ statusCode: 200 });
    const text = api.callsTo('sendMessage').map((c) => String(c.body.text)).join('\n');
    expect(text).toContain('37 million');
    expect(text).toContain('15–20 million');
    expect(api.callsTo('getMe')).toHaveLength(0);
    expect(api.calls.every((c) => c.token === MODULE_TOKEN)).toBe(true);
    expect(sentHtmlProblems(api)).toEqual([]);
  });

  it('replies once to an update Telegram delivers twice, recording it under UPD#', async () => {
    // Prepare
    const update = withFreshId(loadUpdate('group-mention'));
    const event = functionUrlEvent({ secret: MODULE_SECRET, body: JSON.stringify(update) });

    // Act
    const first = await handler(event, lambdaContext(30_000, 'invocation-first'));
    const repliesAfterFirst = api.callsTo('sendMessage').length;
    const second = await handler(event, lambdaContext(30_000, 'invocation-redelivery'));

    // Assess
    expect([first, second]).toMatchObject([{ statusCode: 200 }, { statusCode: 200 }]);
    expect(repliesAfterFirst).toBeGreaterThanOrEqual(1);
    expect(api.callsTo('sendMessage')).toHaveLength(repliesAfterFirst);
    const item = await table.docClient.send(new GetCommand({ TableName: table.tableName, Key: { pk: `UPD#${BOT_USER.id}#${update.update_id}`, sk: 'UPD' } }));
    expect(item.Item?.expiresAt).toBeGreaterThan(Date.now() / 1000 + 24 * 3600);
    expect(item.Item?.firstSeenBy).toBe('invocation-first');
  });

  it('answers 401 to a wrong secret without touching the Bot API or the table', async () => {
    // Prepare
    const update = withFreshId(loadUpdate('private-text'));

    // Act
    const res = await handler(functionUrlEvent({ secret: 'guess', body: JSON.stringify(update) }), lambdaContext());

    // Assess
    expect(res).toMatchObject({ statusCode: 401 });
    expect(api.calls).toEqual([]);
    const item = await table.docClient.send(new GetCommand({ TableName: table.tableName, Key: { pk: `UPD#${BOT_USER.id}#${update.update_id}`, sk: 'UPD' } }));
    expect(item.Item).toBeUndefined();
  });

  it('reads each secret once per cold start, with the session token', () => {
    // Prepare / Act: the requests above

    // Assess
    expect(extension.requests.map((r) => r.secretId).sort()).toEqual([TOKEN_SECRET_ID, WEBHOOK_SECRET_ID].sort());
    expect(extension.requests.every((r) => r.token === SESSION_TOKEN)).toBe(true);
  });

  it('never writes the token or the webhook secret to the logs', () => {
    // Prepare / Act: the requests above

    // Assess
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) {
      expect(line).not.toContain(MODULE_TOKEN);
      expect(line).not.toContain(MODULE_SECRET);
      expect(() => JSON.parse(line)).not.toThrow();
    }
  });
});
