import { GetSecretValueCommand, ResourceNotFoundException, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BOT_COMMANDS, BOT_DESCRIPTION, BOT_SHORT_DESCRIPTION, LOCALIZED_BOT_TEXTS } from '../../lambdas/bot/bot-commands';
import { PHYSICAL_RESOURCE_ID, REGISTRATION_BUDGET_MS, RESPONSE_RESERVE_MS, createRegisterWebhookHandler, handler as lambdaHandler } from '../../lambdas/custom-resources/register-webhook';
import { DEFAULT_TELEGRAM_API_ROOT } from '../../lambdas/custom-resources/telegram-client';
import { ALLOWED_UPDATES } from '../../infra/factcheck-stack';
import { BOT_USER, badRequest, serverError, startFakeBotApi, tooManyRequests, type FakeBotApi } from '../support/fake-bot-api';
import { cfnEvent, lambdaContext, startResponseRecorder, type ResponseRecorder } from './cfn-test-kit';

const TOKEN = `${BOT_USER.id}:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_`;
const WEBHOOK_SECRET = 'Zk3vQ9rT1mXw8bLp2sYd7uHc4nJe6aGf0oKi5tRz1qWx9vBn3mCl8dSa2fGh7jKq';
const TOKEN_SECRET_ID = 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:BotTokenSecret-AbCdEf';
const WEBHOOK_SECRET_ID = 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:WebhookSecret-GhIjKl';
const URL_1 = 'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-central-1.on.aws/';
const URL_2 = 'https://zyxwvutsrqponmlkjihgfedcba543210.lambda-url.eu-central-1.on.aws/';

function properties(overrides: Record<string, unknown> = {}) {
  return {
    WebhookUrl: URL_1,
    BotTokenSecretId: TOKEN_SECRET_ID,
    WebhookSecretId: WEBHOOK_SECRET_ID,
    BotUsername: BOT_USER.username,
    BotId: String(BOT_USER.id),
    AllowedUpdates: [...ALLOWED_UPDATES],
    MaxConnections: '10',
    Commands: BOT_COMMANDS.map((c) => ({ ...c })),
    Description: BOT_DESCRIPTION,
    ShortDescription: BOT_SHORT_DESCRIPTION,
    TokenVersion: '1',
    ...overrides,
  };
}

describe('webhook registration custom resource, against the fake Bot API', () => {
  const secrets = mockClient(SecretsManagerClient);
  let telegram: FakeBotApi;
  let recorder: ResponseRecorder;
  let handler: ReturnType<typeof createRegisterWebhookHandler>;
  let logLines: string[];

  const storeToken = (value: string) =>
    secrets.on(GetSecretValueCommand, { SecretId: TOKEN_SECRET_ID }).resolves({ SecretString: value, ARN: TOKEN_SECRET_ID });
  const telegramMethods = () => telegram.calls.map((c) => c.method);

  beforeAll(async () => {
    telegram = await startFakeBotApi();
    recorder = await startResponseRecorder();
  });
  afterAll(async () => {
    await telegram.close();
    await recorder.close();
  });
  beforeEach(() => {
    telegram.reset();
    secrets.reset();
    secrets.on(GetSecretValueCommand, { SecretId: WEBHOOK_SECRET_ID }).resolves({ SecretString: WEBHOOK_SECRET, ARN: WEBHOOK_SECRET_ID });
    storeToken(TOKEN);
    logLines = [];
    for (const method of ['log', 'warn', 'error'] as const) vi.spyOn(console, method).mockImplementation((line: unknown) => void logLines.push(String(line)));
    handler = createRegisterWebhookHandler({ secrets: new SecretsManagerClient({ region: 'eu-central-1' }), apiRoot: telegram.apiRoot });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('Create checks the bot, sets the webhook with the secret token, then the commands and descriptions', async () => {
    // Prepare
    const event = cfnEvent(recorder, 'Create', properties());

    // Act
    const body = await handler(event, lambdaContext());

    // Assess
    expect(body).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: PHYSICAL_RESOURCE_ID, Data: { Registered: 'true' } });
    expect(body.Data?.Status).toBe(`REGISTERED: @${BOT_USER.username} (id ${BOT_USER.id}) receives ${ALLOWED_UPDATES.join(', ')} at ${URL_1}`);
    expect(telegramMethods()).toEqual(['getMe', 'setWebhook', 'setMyCommands', 'setMyDescription', 'setMyShortDescription']);
    expect(telegram.calls.every((c) => c.token === TOKEN)).toBe(true);
    expect(telegram.callsTo('setWebhook')[0]!.body).toEqual({
      url: URL_1,
      secret_token: WEBHOOK_SECRET,
      allowed_updates: [...ALLOWED_UPDATES],
      drop_pending_updates: false,
      max_connections: 10,
    });
    expect(telegram.callsTo('setMyCommands')[0]!.body).toEqual({ commands: BOT_COMMANDS.map((c) => ({ ...c })) });
    expect(telegram.callsTo('setMyDescription')[0]!.body).toEqual({ description: BOT_DESCRIPTION });
    expect(telegram.callsTo('setMyShortDescription')[0]!.body).toEqual({ short_description: BOT_SHORT_DESCRIPTION });
    // Neither secret reaches CloudFormation or the log.
    const everything = JSON.stringify(recorder.responses) + logLines.join('\n');
    expect(everything).not.toContain(TOKEN.split(':')[1]);
    expect(everything).not.toContain(WEBHOOK_SECRET);
  });

  it('publishes the menu and descriptions per language (language_code ru, zh) after the defaults', async () => {
    // Prepare
    const localized = LOCALIZED_BOT_TEXTS.map((t) => ({ LanguageCode: t.languageCode, Commands: t.commands.map((c) => ({ ...c })), Description: t.description, ShortDescription: t.shortDescription }));
    const event = cfnEvent(recorder, 'Create', properties({ Localized: localized }));

    // Act
    const body = await handler(event, lambdaContext());

    // Assess
    expect(body).toMatchObject({ Status: 'SUCCESS', Data: { Registered: 'true' } });
    expect(telegramMethods().slice(0, 5)).toEqual(['getMe', 'setWebhook', 'setMyCommands', 'setMyDescription', 'setMyShortDescription']);
    for (const method of ['setMyCommands', 'setMyDescription', 'setMyShortDescription']) {
      expect(telegram.callsTo(method).map((c) => c.body.language_code)).toEqual([undefined, 'ru', 'zh']);
    }
    expect(telegram.callsTo('setMyCommands')[1]!.body).toMatchObject({ commands: expect.arrayContaining([expect.objectContaining({ command: 'ask', description: expect.stringMatching(/Задать вопрос/) })]) });
    expect(String(telegram.callsTo('setMyShortDescription')[2]!.body.short_description)).toMatch(/来源/);
  });

  it('takes the Bot API root from $TELEGRAM_API_ROOT (default https://api.telegram.org) and exports the Lambda handler', async () => {
    vi.stubEnv('TELEGRAM_API_ROOT', telegram.apiRoot);
    try {
      const fromEnv = createRegisterWebhookHandler({ secrets: new SecretsManagerClient({ region: 'eu-central-1' }) });
      const body = await fromEnv(cfnEvent(recorder, 'Create', properties()), lambdaContext());
      expect(body.Data?.Registered).toBe('true');
      expect(telegram.callsTo('setWebhook')).toHaveLength(1);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(DEFAULT_TELEGRAM_API_ROOT).toBe('https://api.telegram.org');
    expect(typeof lambdaHandler).toBe('function');
  });

  it('Update re-registers at the new URL and keeps the physical id (a new id would make CloudFormation delete the webhook)', async () => {
    // Prepare
    const event = cfnEvent(recorder, 'Update', properties({ WebhookUrl: URL_2, TokenVersion: '2' }), {
      physicalResourceId: PHYSICAL_RESOURCE_ID,
      oldProperties: properties(),
    });

    // Act
    const body = await handler(event, lambdaContext());

    // Assess
    expect(body).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: PHYSICAL_RESOURCE_ID, Data: { Registered: 'true' } });
    expect(telegram.callsTo('setWebhook')[0]!.body).toMatchObject({ url: URL_2, drop_pending_updates: false });
  });

  it('Delete removes the webhook when it still points at this stack', async () => {
    // Prepare
    telegram.queueReply('getWebhookInfo', { status: 200, body: { ok: true, result: { url: URL_1, has_custom_certificate: false, pending_update_count: 0 } } });

    // Act
    const body = await handler(cfnEvent(recorder, 'Delete', properties(), { physicalResourceId: PHYSICAL_RESOURCE_ID }), lambdaContext());

    // Assess
    expect(body).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: PHYSICAL_RESOURCE_ID, Data: { Status: 'webhook deleted' } });
    expect(telegramMethods()).toEqual(['getWebhookInfo', 'deleteWebhook']);
    expect(telegram.callsTo('deleteWebhook')[0]!.body).toEqual({ drop_pending_updates: false });
  });

  it('Delete leaves a webhook that another stack has taken over', async () => {
    telegram.queueReply('getWebhookInfo', { status: 200, body: { ok: true, result: { url: URL_2, pending_update_count: 0 } } });
    const body = await handler(cfnEvent(recorder, 'Delete', properties(), { physicalResourceId: PHYSICAL_RESOURCE_ID }), lambdaContext());
    expect(body.Status).toBe('SUCCESS');
    expect(telegramMethods()).toEqual(['getWebhookInfo']);
  });

  it('Delete never fails the stack, even with a revoked token', async () => {
    telegram.queueReply('getWebhookInfo', { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
    const body = await handler(cfnEvent(recorder, 'Delete', properties(), { physicalResourceId: PHYSICAL_RESOURCE_ID }), lambdaContext());
    expect(body.Status).toBe('SUCCESS');
    expect(body.Data?.Status).toContain('Unauthorized');
    expect(telegramMethods()).toEqual(['getWebhookInfo']);
  });

  it('with no token stored yet (the generated placeholder), succeeds without calling Telegram and says what to do', async () => {
    // Prepare
    storeToken('q8Zr2XvLm4Tn6Yb0Wc3Kd5Pf7Hg9Js1A');

    // Act
    const created = await handler(cfnEvent(recorder, 'Create', properties()), lambdaContext());
    const deleted = await handler(cfnEvent(recorder, 'Delete', properties(), { physicalResourceId: PHYSICAL_RESOURCE_ID }), lambdaContext());

    // Assess
    expect(created).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: PHYSICAL_RESOURCE_ID, Data: { Registered: 'false' } });
    expect(created.Data?.Status).toMatch(/^NOT REGISTERED: the token secret holds no bot token yet/);
    expect(created.Data?.Status).toContain('npm run set-token');
    expect(deleted.Status).toBe('SUCCESS');
    expect(telegram.calls).toEqual([]);
    expect(logLines.join('\n')).toContain('webhook_registration_skipped');
    expect(logLines.join('\n')).not.toContain('webhook_registration_failed');
  });

  it('reads a token stored as JSON ({"token": ...}) the same way the bot does', async () => {
    storeToken(JSON.stringify({ token: TOKEN }));
    const body = await handler(cfnEvent(recorder, 'Create', properties()), lambdaContext());
    expect(body.Data?.Registered).toBe('true');
    expect(telegram.calls[0]!.token).toBe(TOKEN);
  });

  it('refuses a token of another bot than the stack is configured for, and logs the failure for the alarm', async () => {
    // Act
    const body = await handler(cfnEvent(recorder, 'Create', properties({ BotUsername: 'unconfigured_bot', BotId: '1' })), lambdaContext());

    // Assess
    expect(body).toMatchObject({ Status: 'SUCCESS', Data: { Registered: 'false' } });
    expect(body.Data?.Status).toContain(`deploy with -c botUsername=${BOT_USER.username} -c botId=${BOT_USER.id}`);
    expect(telegramMethods()).toEqual(['getMe']);
    const failure = logLines.find((l) => l.includes('"event":"webhook_registration_failed"'));
    expect(failure).toBeDefined();
    // The metric filter's pattern is this quoted term.
    expect(failure).toContain('"webhook_registration_failed"');
  });

  it('a Telegram refusal is reported (Data.Status, failure log) instead of failing the deploy', async () => {
    telegram.queueReply('setWebhook', badRequest('Bad Request: bad webhook: HTTPS url must be provided for webhook'));
    const body = await handler(cfnEvent(recorder, 'Create', properties()), lambdaContext());
    expect(body).toMatchObject({ Status: 'SUCCESS', Data: { Registered: 'false' } });
    expect(body.Data?.Status).toBe('FAILED: Telegram setWebhook failed (HTTP 400): Bad Request: bad webhook: HTTPS url must be provided for webhook');
    expect(telegramMethods()).toEqual(['getMe', 'setWebhook']);
    expect(logLines.some((l) => l.includes('webhook_registration_failed'))).toBe(true);
  });

  it('retries a 429 (after retry_after) and a 500 before giving up', async () => {
    telegram.queueReply('setWebhook', tooManyRequests(1), serverError());
    const body = await handler(cfnEvent(recorder, 'Create', properties()), lambdaContext());
    expect(body.Data?.Registered).toBe('true');
    expect(telegram.callsTo('setWebhook')).toHaveLength(3);
  });

  describe('against a slow Bot API', () => {
    it('answers SUCCESS with a FAILED status inside its deadline when every call hangs, and logs the failure for the alarm', async () => {
      // Prepare: Telegram takes a minute per call; the Lambda has 21.5 s left, so the budget is 1.5 s.
      telegram.delay('*', 60_000);
      const slow = createRegisterWebhookHandler({ secrets: new SecretsManagerClient({ region: 'eu-central-1' }), apiRoot: telegram.apiRoot });

      // Act
      const started = Date.now();
      const body = await slow(cfnEvent(recorder, 'Create', properties()), lambdaContext(RESPONSE_RESERVE_MS + 1_500));
      const tookMs = Date.now() - started;

      // Assess
      expect(body).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: PHYSICAL_RESOURCE_ID, Data: { Registered: 'false' } });
      expect(body.Data?.Status).toMatch(/^FAILED: Telegram did not answer within 2 s \(the registration's time budget\); the webhook may be as it was\. .*npm run set-token/);
      expect(tookMs).toBeGreaterThanOrEqual(1_400);
      expect(tookMs).toBeLessThan(3_000);
      expect(recorder.responses.at(-1)?.body).toMatchObject({ Status: 'SUCCESS' });
      const failure = logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event === 'webhook_registration_failed');
      expect(failure).toMatchObject({ level: 'error', timedOut: true, budgetMs: 1_500 });
    });

    it('keeps one budget for all five calls: each slow but under its own timeout, together over it', async () => {
      telegram.delay('*', 400);
      const slow = createRegisterWebhookHandler({ secrets: new SecretsManagerClient({ region: 'eu-central-1' }), apiRoot: telegram.apiRoot, budgetMs: 1_500 });
      const started = Date.now();
      const body = await slow(cfnEvent(recorder, 'Update', properties({ TokenVersion: '2' }), { physicalResourceId: PHYSICAL_RESOURCE_ID, oldProperties: properties() }), lambdaContext());
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(body.Status).toBe('SUCCESS');
      expect(body.Data?.Status).toMatch(/^FAILED: Telegram did not answer within/);
      expect(telegramMethods().slice(0, 3)).toEqual(['getMe', 'setWebhook', 'setMyCommands']);
      expect(telegramMethods()).not.toContain('setMyShortDescription');
    });

    it('never fails a rollback (Update with the old properties) or a Delete either', async () => {
      telegram.delay('*', 60_000);
      const slow = createRegisterWebhookHandler({ secrets: new SecretsManagerClient({ region: 'eu-central-1' }), apiRoot: telegram.apiRoot, budgetMs: 1_000 });
      const rollback = await slow(cfnEvent(recorder, 'Update', properties(), { physicalResourceId: PHYSICAL_RESOURCE_ID, oldProperties: properties({ TokenVersion: '2' }) }), lambdaContext());
      const deleted = await slow(cfnEvent(recorder, 'Delete', properties(), { physicalResourceId: PHYSICAL_RESOURCE_ID }), lambdaContext());
      expect(rollback).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: PHYSICAL_RESOURCE_ID });
      expect(deleted).toMatchObject({ Status: 'SUCCESS', Data: { Registered: 'false' } });
      expect(deleted.Data?.Status).toMatch(/^webhook not deleted: Telegram did not answer within 1 s/);
    });

    it('has a default budget well inside the 2-minute Lambda timeout, leaving time to answer CloudFormation', () => {
      expect(REGISTRATION_BUDGET_MS + RESPONSE_RESERVE_MS).toBeLessThanOrEqual(120_000 - 30_000);
    });
  });

  it('an unreadable secret (wrong name, no permission) is reported, not thrown', async () => {
    secrets.on(GetSecretValueCommand, { SecretId: TOKEN_SECRET_ID }).rejects(new ResourceNotFoundException({ message: "Secrets Manager can't find the specified secret.", $metadata: {} }));
    const body = await handler(cfnEvent(recorder, 'Create', properties()), lambdaContext());
    expect(body).toMatchObject({ Status: 'SUCCESS', Data: { Registered: 'false' } });
    expect(body.Data?.Status).toContain("can't find the specified secret");
    expect(telegram.calls).toEqual([]);
  });

  it('malformed properties (a stack bug) fail the resource', async () => {
    const body = await handler(cfnEvent(recorder, 'Create', properties({ WebhookUrl: 'not a url', AllowedUpdates: [] })), lambdaContext());
    expect(body.Status).toBe('FAILED');
    expect(body.Reason).toContain('WebhookUrl');
    expect(body.Reason).toContain('AllowedUpdates');
    expect(telegram.calls).toEqual([]);
  });

  it('never logs the token, even when Telegram echoes it in an error', async () => {
    const echo = { status: 500, body: { ok: false, error_code: 500, description: `internal error for /bot${TOKEN}/getMe` } };
    telegram.queueReply('getMe', echo, echo, echo);
    const body = await handler(cfnEvent(recorder, 'Create', properties()), lambdaContext());
    expect(body.Data?.Registered).toBe('false');
    expect(body.Data?.Status).toContain('internal error for /bot[REDACTED]/getMe');
    expect(JSON.stringify(body) + logLines.join('\n')).not.toContain(TOKEN.split(':')[1]);
  });
});
