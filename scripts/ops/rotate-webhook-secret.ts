/**
 * npm run rotate-webhook-secret [-- --wait-seconds 360] [-- --resume]
 *
 * Replaces the webhook secret without losing an update:
 *   1. asks Telegram where the webhook points (getWebhookInfo): URL, allowed
 *      updates, max connections, which setWebhook must keep;
 *   2. stores a new random secret (64 letters and digits) with PutSecretValue.
 *      Secrets Manager moves the old value to AWSPREVIOUS; the bot accepts it
 *      for an hour after the new version's creation (WEBHOOK_SECRET_GRACE_MS);
 *   3. waits until every bot container can see the new secret (the secrets
 *      extension caches values for 5 minutes; default 6 minutes);
 *   4. setWebhook with the new secret and the same URL and settings. A warm
 *      container that still holds the old secret reads the secrets again on
 *      the first request it cannot match.
 * `--resume` skips 1-3 for an interrupted rotation: it hands Telegram the
 * secret that is stored now.
 */
import { randomInt } from 'node:crypto';
import { PutSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { parseArgs } from 'node:util';
import '../lib/local-node-env';
import type { WebhookInfo } from '../../lambdas/webhook-check/webhook-check';
import { WEBHOOK_SECRET_GRACE_MS } from '../../lambdas/webhook/webhook-secret';
import { isMain, runMain } from './cli';
import { settingsFileFrom } from './configure';
import { opsContext } from './ops-context';
import { findStackSecret, readSecretValue } from './token-secret';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const NEW_SECRET_LENGTH = 64;
/** The secrets extension's cache TTL (infra: secretsManagerTtl 5 minutes) plus a minute. */
export const DEFAULT_WAIT_SECONDS = 6 * 60;

/** 64 characters from A-Z a-z 0-9 (Telegram allows 1-256 of A-Z a-z 0-9 _ -), as the stack's generator makes them. */
export function newWebhookSecret(): string {
  let secret = '';
  for (let i = 0; i < NEW_SECRET_LENGTH; i++) secret += ALPHABET[randomInt(ALPHABET.length)];
  return secret;
}

export interface RotateDeps {
  readonly settingsFile: string;
  readonly secrets: SecretsManagerClient;
  readonly apiRoot?: string;
  readonly webhookSecretId?: string;
  readonly waitSeconds?: number;
  readonly resume?: boolean;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly out?: (line: string) => void;
  readonly generate?: () => string;
}

export async function rotateWebhookSecret(deps: RotateDeps): Promise<{ webhookSecretId: string; url: string }> {
  const out = deps.out ?? ((line: string) => console.log(line));
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const { telegram, config } = await opsContext({ settingsFile: deps.settingsFile, secrets: deps.secrets, ...(deps.apiRoot ? { apiRoot: deps.apiRoot } : {}) });
  const webhookSecretId = deps.webhookSecretId ?? (await findStackSecret(deps.secrets, config.stackName, 'WebhookSecret'));

  const info = await telegram.call<WebhookInfo>('getWebhookInfo');
  if (!info.url) throw new Error('no webhook is set for this bot: deploy (npx cdk deploy) instead of rotating');

  let secret: string;
  if (deps.resume) {
    const stored = await readSecretValue(deps.secrets, webhookSecretId);
    if (stored === null || !/^[A-Za-z0-9_-]{1,256}$/.test(stored)) throw new Error(`${webhookSecretId} holds no valid webhook secret`);
    secret = stored;
    out('Resuming: handing Telegram the stored secret.');
  } else {
    secret = (deps.generate ?? newWebhookSecret)();
    await deps.secrets.send(new PutSecretValueCommand({ SecretId: webhookSecretId, SecretString: secret }));
    const graceEnds = new Date(Date.now() + WEBHOOK_SECRET_GRACE_MS).toISOString();
    out(`Stored a new webhook secret in ${webhookSecretId}; the bot accepts the previous one until ${graceEnds}.`);
    const waitSeconds = deps.waitSeconds ?? DEFAULT_WAIT_SECONDS;
    for (let left = waitSeconds; left > 0; left -= 60) {
      out(`Waiting ${Math.ceil(left / 60)} min for every bot container to see it (Ctrl-C is safe; then run with --resume)…`);
      await sleep(Math.min(60, left) * 1000);
    }
  }

  try {
    await telegram.call('setWebhook', {
      url: info.url,
      secret_token: secret,
      drop_pending_updates: false,
      ...(info.allowed_updates ? { allowed_updates: info.allowed_updates } : {}),
      ...(info.max_connections ? { max_connections: info.max_connections } : {}),
    });
  } catch (error) {
    throw new Error(
      `setWebhook failed (${error instanceof Error ? error.message : String(error)}). The bot accepts the old and the new secret during the grace period: ` +
        'run npm run rotate-webhook-secret -- --resume once Telegram answers.',
      { cause: error },
    );
  }
  out(`Telegram now sends the new secret to ${new URL(info.url).host}. Check with npm run webhook-info.`);
  return { webhookSecretId, url: info.url };
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { resume: { type: 'boolean' }, 'wait-seconds': { type: 'string' }, 'secret-id': { type: 'string' }, 'settings-file': { type: 'string' } },
    strict: true,
  });
  const wait = values['wait-seconds'];
  if (wait !== undefined && !/^\d+$/.test(wait)) throw new Error('--wait-seconds takes a whole number');
  const secretId = values['secret-id'];
  await rotateWebhookSecret({
    settingsFile: settingsFileFrom(values['settings-file']),
    secrets: new SecretsManagerClient({}),
    resume: values.resume === true,
    ...(wait !== undefined ? { waitSeconds: Number(wait) } : {}),
    ...(secretId ? { webhookSecretId: secretId } : {}),
    ...(process.env.TELEGRAM_API_ROOT ? { apiRoot: process.env.TELEGRAM_API_ROOT } : {}),
  });
}

if (isMain(import.meta.url)) runMain(() => main(process.argv.slice(2)));
