/**
 * What the operator scripts need to reach the deployed bot: the settings
 * (stack name, token secret name), the token read with the SDK, and a Bot
 * API client. The token is read from Secrets Manager, never from a command
 * line or an environment variable.
 */
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { readStackConfig, type StackConfig } from '../../infra/config';
import { readSettings } from '../../infra/settings';
import { TOKEN_SHAPE } from '../../lambdas/custom-resources/token-shape';
import { DEFAULT_TELEGRAM_API_ROOT, TelegramClient } from '../../lambdas/custom-resources/telegram-client';
import { findStackSecret, readSecretValue } from './token-secret';

export interface OpsContext {
  readonly config: StackConfig;
  readonly tokenSecretId: string;
  readonly telegram: TelegramClient;
}

export async function opsContext(options: { settingsFile: string; secrets: SecretsManagerClient; apiRoot?: string; tokenSecretId?: string }): Promise<OpsContext> {
  const settings = readSettings(options.settingsFile);
  const config = readStackConfig((key) => (settings as Record<string, string | undefined>)[key]);
  const tokenSecretId = options.tokenSecretId ?? config.botTokenSecretName ?? (await findStackSecret(options.secrets, config.stackName, 'BotTokenSecret'));
  const token = await readSecretValue(options.secrets, tokenSecretId);
  if (token === null || !TOKEN_SHAPE.test(token)) throw new Error(`the token secret ${tokenSecretId} holds no bot token yet: run npm run set-token first`);
  return { config, tokenSecretId, telegram: new TelegramClient(token, { apiRoot: options.apiRoot ?? DEFAULT_TELEGRAM_API_ROOT, attempts: 2 }) };
}
