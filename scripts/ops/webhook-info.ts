/**
 * npm run webhook-info [-- --json]
 *
 * Telegram's view of the webhook (getWebhookInfo): the URL it posts to,
 * pending updates, the last delivery error. The token is read from the
 * stack's secret with the SDK: it is never on a command line.
 */
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { parseArgs } from 'node:util';
import '../lib/local-node-env';
import type { WebhookInfo } from '../../lambdas/webhook-check/webhook-check';
import { isMain, runMain } from './cli';
import { settingsFileFrom } from './configure';
import { opsContext } from './ops-context';

export function describeWebhookInfo(info: WebhookInfo & { ip_address?: string; last_synchronization_error_date?: number }, nowSeconds: number): string[] {
  const when = (seconds: number) => `${new Date(seconds * 1000).toISOString()} (${Math.max(0, Math.round((nowSeconds - seconds) / 60))} min ago)`;
  return [
    `url:              ${info.url || '(none: Telegram delivers nothing)'}`,
    `pending updates:  ${info.pending_update_count ?? 0}`,
    `last error:       ${info.last_error_date ? `${when(info.last_error_date)}: ${info.last_error_message ?? ''}` : 'none'}`,
    `max connections:  ${info.max_connections ?? '(default 40)'}`,
    `allowed updates:  ${info.allowed_updates?.join(', ') ?? '(all but chat_member, message_reaction…)'}`,
    ...(info.ip_address ? [`resolved to:      ${info.ip_address}`] : []),
  ];
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, 'secret-id': { type: 'string' }, 'settings-file': { type: 'string' } }, strict: true });
  const secretId = values['secret-id'];
  const { telegram, config } = await opsContext({
    settingsFile: settingsFileFrom(values['settings-file']),
    secrets: new SecretsManagerClient({}),
    ...(process.env.TELEGRAM_API_ROOT ? { apiRoot: process.env.TELEGRAM_API_ROOT } : {}),
    ...(secretId ? { tokenSecretId: secretId } : {}),
  });
  const info = await telegram.call<WebhookInfo>('getWebhookInfo');
  if (values.json) console.log(JSON.stringify(info));
  else for (const line of [`@${config.botUsername ?? '?'} (stack ${config.stackName})`, ...describeWebhookInfo(info, Date.now() / 1000)]) console.log(line);
}

if (isMain(import.meta.url)) runMain(() => main(process.argv.slice(2)));
