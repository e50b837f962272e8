/** The scheduled webhook check against a fake Bot API on 127.0.0.1 and a mocked Secrets Manager. */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { assessWebhookInfo, createWebhookCheckHandler, type WebhookInfo } from '../../lambdas/webhook-check/webhook-check';
import { BOT_USER, startFakeBotApi, type FakeBotApi } from '../support/fake-bot-api';

const TOKEN = `${BOT_USER.id}:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_`;
const URL_OK = 'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws/';
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const nowSeconds = NOW / 1000;

type Emf = Record<string, unknown> & { _aws: { Timestamp: number; CloudWatchMetrics: Array<{ Namespace: string; Dimensions: string[][]; Metrics: Array<{ Name: string; Unit: string }> }> } };

describe('assessing getWebhookInfo', () => {
  const assess = (info: WebhookInfo) => assessWebhookInfo(info, { expectedUrl: URL_OK, nowSeconds, intervalSeconds: 300 });

  it('a healthy webhook: no recent error, nothing pending, this stack\'s URL', () => {
    const { metrics, findings } = assess({ url: URL_OK, pending_update_count: 0, last_error_date: nowSeconds - 3600, last_error_message: 'old' });
    expect(findings).toEqual([]);
    expect(Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, v.value]))).toEqual({
      WebhookRecentErrors: 0,
      WebhookPendingUpdates: 0,
      WebhookUrlMismatch: 0,
      WebhookCheckOk: 1,
    });
  });

  it('an error since the last check, updates waiting, another URL or none', () => {
    const broken = assess({ url: 'https://elsewhere.example/hook', pending_update_count: 17, last_error_date: nowSeconds - 42, last_error_message: 'Wrong response from the webhook: 401 Unauthorized' });
    expect(broken.metrics.WebhookRecentErrors!.value).toBe(1);
    expect(broken.metrics.WebhookPendingUpdates!.value).toBe(17);
    expect(broken.metrics.WebhookUrlMismatch!.value).toBe(1);
    expect(broken.findings).toEqual([
      'Telegram failed to deliver an update 42 s ago: Wrong response from the webhook: 401 Unauthorized',
      '17 updates waiting at Telegram',
      'the webhook points at another URL',
    ]);
    expect(assess({ url: '' }).findings).toEqual(['no webhook is set']);
    // Exactly one interval back still counts; a second more does not (each error is seen by one check).
    expect(assess({ url: URL_OK, last_error_date: nowSeconds - 300 }).metrics.WebhookRecentErrors!.value).toBe(1);
    expect(assess({ url: URL_OK, last_error_date: nowSeconds - 301 }).metrics.WebhookRecentErrors!.value).toBe(0);
  });
});

describe('the webhook check function', () => {
  const secrets = mockClient(SecretsManagerClient);
  let telegram: FakeBotApi;
  let lines: string[];
  let run: () => ReturnType<ReturnType<typeof createWebhookCheckHandler>>;

  beforeAll(async () => {
    telegram = await startFakeBotApi();
  });
  afterAll(() => telegram.close());
  beforeEach(() => {
    telegram.reset();
    secrets.reset();
    secrets.on(GetSecretValueCommand, { SecretId: 'token-secret' }).resolves({ SecretString: TOKEN });
    lines = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void lines.push(String(line)));
    const handler = createWebhookCheckHandler({
      secrets: secrets as unknown as SecretsManagerClient,
      env: { BOT_TOKEN_SECRET_ID: 'token-secret', WEBHOOK_URL: URL_OK, METRIC_NAMESPACE: 'FactCheckBot/Test', CHECK_INTERVAL_SECONDS: '300', TELEGRAM_API_ROOT: telegram.apiRoot },
      now: () => NOW,
      emit: (line) => void lines.push(line),
    });
    run = handler;
  });
  const webhookInfo = (result: WebhookInfo) => telegram.queueReply('getWebhookInfo', { status: 200, body: { ok: true, result } });
  const emf = () => lines.map((l) => JSON.parse(l) as Emf).filter((l) => l._aws);

  it('writes one EMF line with the metrics, in the stack namespace, and Telegram\'s last error message', async () => {
    webhookInfo({ url: URL_OK, pending_update_count: 3, last_error_date: nowSeconds - 60, last_error_message: 'Wrong response from the webhook: 401 Unauthorized' });

    const result = await run();

    expect(result.ok).toBe(true);
    expect(telegram.callsTo('getWebhookInfo')).toHaveLength(1);
    expect(telegram.calls[0]!.token).toBe(TOKEN);
    const [line, ...rest] = emf();
    expect(rest).toEqual([]);
    expect(line!._aws).toEqual({
      Timestamp: NOW,
      CloudWatchMetrics: [
        {
          Namespace: 'FactCheckBot/Test',
          Dimensions: [['Service']],
          Metrics: [
            { Name: 'WebhookRecentErrors', Unit: 'Count' },
            { Name: 'WebhookPendingUpdates', Unit: 'Count' },
            { Name: 'WebhookUrlMismatch', Unit: 'Count' },
            { Name: 'WebhookCheckOk', Unit: 'Count' },
          ],
        },
      ],
    });
    expect(line).toMatchObject({ Service: 'webhook-check', event: 'webhook_check', level: 'warn', WebhookRecentErrors: 1, WebhookPendingUpdates: 3, WebhookUrlMismatch: 0, WebhookCheckOk: 1, lastErrorAgeSeconds: 60, lastErrorMessage: 'Wrong response from the webhook: 401 Unauthorized' });
  });

  it('a rejected token makes the check fail (WebhookCheckOk 0), without the token in any line', async () => {
    telegram.queueReply('getWebhookInfo', { status: 401, body: { ok: false, error_code: 401, description: `Unauthorized ${TOKEN}` } });

    const result = await run();

    expect(result.ok).toBe(false);
    const [line] = emf();
    expect(line).toMatchObject({ WebhookCheckOk: 0, level: 'error' });
    expect(line!._aws.CloudWatchMetrics[0]!.Metrics).toEqual([{ Name: 'WebhookCheckOk', Unit: 'Count' }]);
    expect(lines.join('\n')).not.toContain(TOKEN.split(':')[1]);
  });

  it('before a token is stored it checks nothing and counts as a working check', async () => {
    secrets.on(GetSecretValueCommand, { SecretId: 'token-secret' }).resolves({ SecretString: 'q8Zr2XvLm4Tn6Yb0Wc3Kd5Pf7Hg9Js1A' });

    const result = await run();

    expect(result).toEqual({ ok: true, findings: ['no bot token stored yet'] });
    expect(telegram.calls).toEqual([]);
    expect(emf()[0]).toMatchObject({ WebhookCheckOk: 1, skipped: 'no bot token stored yet' });
  });

  it('never throws (a throw would make the Scheduler retry): Secrets Manager down is a failed check', async () => {
    secrets.on(GetSecretValueCommand).rejects(new Error('AccessDeniedException'));
    await expect(run()).resolves.toMatchObject({ ok: false });
    expect(emf()[0]).toMatchObject({ WebhookCheckOk: 0 });
  });
});
