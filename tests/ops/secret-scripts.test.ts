/**
 * npm run set-token, npm run rotate-webhook-secret and the hidden prompt, against a mocked Secrets Manager
 * (aws-sdk-client-mock) and the fake Bot API on 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { GetSecretValueCommand, ListSecretsCommand, PutSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readSettings } from '../../infra/settings';
import { configure } from '../../scripts/ops/configure';
import { readHidden } from '../../scripts/ops/hidden-prompt';
import { NEW_SECRET_LENGTH, newWebhookSecret, rotateWebhookSecret } from '../../scripts/ops/rotate-webhook-secret';
import { setToken } from '../../scripts/ops/set-token';
import { describeWebhookInfo } from '../../scripts/ops/webhook-info';
import { BOT_USER, startFakeBotApi, type FakeBotApi } from '../support/fake-bot-api';

const TOKEN = `${BOT_USER.id}:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_`;
const TOKEN_ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:BotTokenSecretA1B2C3D4-AbCdEf';
const WEBHOOK_ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:WebhookSecretE5F6A7B8-GhIjKl';
const URL_OK = 'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws/';
const stackTags = (logicalId: string, stack = 'FactCheckBot') => [
  { Key: 'aws:cloudformation:stack-name', Value: stack },
  { Key: 'aws:cloudformation:logical-id', Value: logicalId },
];

const secrets = mockClient(SecretsManagerClient);
let telegram: FakeBotApi;
let dir: string;
let settingsFile: string;
let out: string[];

beforeAll(async () => {
  telegram = await startFakeBotApi();
  dir = mkdtempSync(join(tmpdir(), 'ops-scripts-'));
});
afterAll(async () => {
  await telegram.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  telegram.reset();
  secrets.reset();
  settingsFile = join(dir, `settings-${Math.random().toString(36).slice(2)}.json`);
  configure(settingsFile, { botUsername: BOT_USER.username, botId: String(BOT_USER.id), alarmEmail: 'ops@example.com' });
  secrets.on(ListSecretsCommand).resolves({
    SecretList: [
      { ARN: TOKEN_ARN, Tags: stackTags('BotTokenSecretA1B2C3D4') },
      { ARN: WEBHOOK_ARN, Tags: stackTags('WebhookSecretE5F6A7B8') },
      { ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:OtherStack-x', Tags: stackTags('BotTokenSecret99', 'FactCheckBotDev') },
    ],
  });
  secrets.on(PutSecretValueCommand).resolves({});
  out = [];
});
const client = () => new SecretsManagerClient({ region: 'eu-west-1' });
const puts = () => secrets.commandCalls(PutSecretValueCommand).map((c) => c.args[0].input);

describe('npm run set-token', () => {
  const run = (token: string, extra: Partial<Parameters<typeof setToken>[0]> = {}) =>
    setToken({ settingsFile, readToken: async () => token, secrets: client(), apiRoot: telegram.apiRoot, out: (l) => out.push(l), ...extra });

  it('checks the token with getMe, stores it in this stack\'s token secret with the SDK and bumps botTokenVersion', async () => {
    const result = await run(`  ${TOKEN}\n`);
    expect(result).toEqual({ secretId: TOKEN_ARN, botTokenVersion: '1', bot: `@${BOT_USER.username} (id ${BOT_USER.id})` });
    expect(telegram.calls.map((c) => [c.method, c.token])).toEqual([['getMe', TOKEN]]);
    expect(puts()).toEqual([{ SecretId: TOKEN_ARN, SecretString: TOKEN }]);
    expect(readSettings(settingsFile).botTokenVersion).toBe('1');
    await run(TOKEN);
    expect(readSettings(settingsFile).botTokenVersion).toBe('2');
    expect(out.join('\n')).not.toContain(TOKEN.split(':')[1]);
    expect(out.join('\n')).toContain('Run npx cdk deploy');
  });

  it('uses botTokenSecretName or --secret-id when given, without listing secrets', async () => {
    configure(settingsFile, { botTokenSecretName: 'prod/factcheck/bot-token' });
    await run(TOKEN);
    await run(TOKEN, { secretId: 'explicit/id' });
    expect(puts().map((p) => p.SecretId)).toEqual(['prod/factcheck/bot-token', 'explicit/id']);
    expect(secrets.commandCalls(ListSecretsCommand)).toHaveLength(0);
  });

  it.each([
    ['not a token shape', 'hello', /not a bot token/],
    ['another bot id than configured', '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_', /for bot id 123456789, but .* is for @factcheck_test_bot \(id 7000000001\); nothing was stored/],
  ])('refuses %s before calling Telegram, and stores nothing', async (_name, token, message) => {
    await expect(run(token)).rejects.toThrow(message);
    expect(telegram.calls).toEqual([]);
    expect(puts()).toEqual([]);
    expect(readSettings(settingsFile).botTokenVersion).toBeUndefined();
  });

  it('refuses a token Telegram rejects, or one whose bot has another username, and stores nothing', async () => {
    telegram.queueReply('getMe', { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
    await expect(run(TOKEN)).rejects.toThrow('Telegram rejects that token (revoked or mistyped); nothing was stored');
    telegram.queueReply('getMe', { status: 200, body: { ok: true, result: { ...BOT_USER, username: 'someone_else_bot' } } });
    await expect(run(TOKEN)).rejects.toThrow(/belongs to @someone_else_bot \(id 7000000001\), but .* is for @factcheck_test_bot/);
    expect(puts()).toEqual([]);
  });

  it('needs the bot identity configured first', async () => {
    const bare = join(dir, 'bare.json');
    await expect(setToken({ settingsFile: bare, readToken: async () => TOKEN, secrets: client(), apiRoot: telegram.apiRoot })).rejects.toThrow(/no bot identity yet: run npm run configure/);
  });
});

describe('reading the token', () => {
  it('from a terminal: raw mode, nothing echoed, backspace works, raw mode restored', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true, rawModes: [] as boolean[], setRawMode(mode: boolean) { this.rawModes.push(mode); return this; } });
    const output = new PassThrough();
    let shown = '';
    output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
    const read = readHidden('Token: ', { input, output });
    input.write(`${TOKEN}x\u007f`);
    input.write('\r');
    expect(await read).toBe(TOKEN);
    expect(shown).toBe('Token: \n');
    expect(input.rawModes).toEqual([true, false]);
  });

  it('from a pipe: the first line', async () => {
    const input = new PassThrough();
    const read = readHidden('Token: ', { input, output: new PassThrough() });
    input.end(`${TOKEN}\nmore\n`);
    expect(await read).toBe(TOKEN);
  });

  it('Ctrl-C cancels', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input });
    const read = readHidden('Token: ', { input, output: new PassThrough() });
    input.write('12\u0003');
    await expect(read).rejects.toThrow('cancelled');
  });
});

describe('npm run rotate-webhook-secret', () => {
  beforeEach(() => {
    secrets.on(GetSecretValueCommand, { SecretId: TOKEN_ARN }).resolves({ SecretString: TOKEN });
    telegram.queueReply('getWebhookInfo', { status: 200, body: { ok: true, result: { url: URL_OK, pending_update_count: 0, max_connections: 10, allowed_updates: ['message', 'callback_query', 'inline_query'] } } });
  });

  it('stores a new secret, waits out the extension cache, then hands it to Telegram with the same URL and settings', async () => {
    const sleeps: number[] = [];
    let putBeforeSet = false;
    const result = await rotateWebhookSecret({
      settingsFile,
      secrets: client(),
      apiRoot: telegram.apiRoot,
      generate: () => 'N'.repeat(64),
      sleep: async (ms) => {
        sleeps.push(ms);
        putBeforeSet = puts().length === 1 && telegram.callsTo('setWebhook').length === 0;
      },
      out: (l) => out.push(l),
    });
    expect(result).toEqual({ webhookSecretId: WEBHOOK_ARN, url: URL_OK });
    expect(puts()).toEqual([{ SecretId: WEBHOOK_ARN, SecretString: 'N'.repeat(64) }]);
    expect(putBeforeSet).toBe(true);
    expect(sleeps.reduce((a, b) => a + b, 0)).toBe(360_000);
    expect(telegram.callsTo('setWebhook').map((c) => c.body)).toEqual([
      { url: URL_OK, secret_token: 'N'.repeat(64), drop_pending_updates: false, allowed_updates: ['message', 'callback_query', 'inline_query'], max_connections: 10 },
    ]);
    expect(out.join('\n')).not.toContain('N'.repeat(64));
  });

  it('--resume hands Telegram the stored secret without generating one', async () => {
    secrets.on(GetSecretValueCommand, { SecretId: WEBHOOK_ARN }).resolves({ SecretString: 'StoredSecret0123456789' });
    await rotateWebhookSecret({ settingsFile, secrets: client(), apiRoot: telegram.apiRoot, resume: true, sleep: async () => undefined, out: (l) => out.push(l) });
    expect(puts()).toEqual([]);
    expect(telegram.callsTo('setWebhook')[0]!.body.secret_token).toBe('StoredSecret0123456789');
  });

  it('says how to finish when setWebhook fails after the new secret is stored', async () => {
    telegram.queueReply('setWebhook', { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: bad webhook' } });
    await expect(rotateWebhookSecret({ settingsFile, secrets: client(), apiRoot: telegram.apiRoot, waitSeconds: 0, out: () => undefined })).rejects.toThrow(
      /setWebhook failed .*run npm run rotate-webhook-secret -- --resume/,
    );
    expect(puts()).toHaveLength(1);
  });

  it('generates secrets Telegram accepts: 64 of A-Z a-z 0-9, different each time', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(new RegExp(`^[A-Za-z0-9]{${NEW_SECRET_LENGTH}}$`));
    expect(newWebhookSecret()).not.toBe(a);
  });
});

describe('npm run webhook-info', () => {
  it('describes Telegram\'s view in plain lines', () => {
    const lines = describeWebhookInfo({ url: URL_OK, pending_update_count: 2, last_error_date: 1_000_000 - 120, last_error_message: 'Wrong response from the webhook: 401 Unauthorized', max_connections: 10 }, 1_000_000);
    expect(lines).toContain(`url:              ${URL_OK}`);
    expect(lines).toContain('pending updates:  2');
    expect(lines.find((l) => l.startsWith('last error'))).toContain('(2 min ago): Wrong response from the webhook: 401 Unauthorized');
  });
});
