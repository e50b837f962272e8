/**
 * npm run set-token [-- --secret-id <id>]
 *
 * Stores the BotFather token in the stack's token secret:
 *   1. reads it with echo off (or the first line of a pipe);
 *   2. checks its shape (<bot id>:<30-64 characters>) and that its bot id is
 *      the configured botId;
 *   3. asks Telegram (getMe) whose token it is: it must be the configured
 *      botUsername and botId, so a token of another bot is never stored;
 *   4. stores it with the SDK (PutSecretValue; nothing on a command line);
 *   5. bumps botTokenVersion in the settings file, so the next `npx cdk deploy`
 *      re-registers the webhook and replaces the bot's warm containers.
 * Needs AWS credentials for the stack's account and region (AWS_REGION).
 */
import { PutSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { parseArgs } from 'node:util';
import '../lib/local-node-env';
import { ConfigError, readStackConfig } from '../../infra/config';
import { displayPath, nextTokenVersion, readSettings, writeSettings } from '../../infra/settings';
import { TOKEN_SHAPE } from '../../lambdas/custom-resources/token-shape';
import { DEFAULT_TELEGRAM_API_ROOT, TelegramCallError, TelegramClient } from '../../lambdas/custom-resources/telegram-client';
import { isMain, runMain } from './cli';
import { settingsFileFrom } from './configure';
import { readHidden } from './hidden-prompt';
import { findStackSecret } from './token-secret';

export interface SetTokenDeps {
  readonly settingsFile: string;
  readonly readToken: () => Promise<string>;
  readonly secrets: SecretsManagerClient;
  readonly apiRoot?: string;
  /** --secret-id: overrides the botTokenSecretName setting and the look-up by stack tags. */
  readonly secretId?: string;
  readonly out?: (line: string) => void;
}

export interface SetTokenResult {
  readonly secretId: string;
  readonly botTokenVersion: string;
  readonly bot: string;
}

export async function setToken(deps: SetTokenDeps): Promise<SetTokenResult> {
  const out = deps.out ?? ((line: string) => console.log(line));
  const where = displayPath(deps.settingsFile);
  const settings = readSettings(deps.settingsFile);
  const config = readStackConfig((key) => (settings as Record<string, string | undefined>)[key]);
  if (config.botUsername === null || config.botId === null) {
    throw new ConfigError(`${where} has no bot identity yet: run npm run configure -- --bot-username <name> --bot-id <digits before ":" in the token> first`);
  }
  const configured = `@${config.botUsername} (id ${config.botId})`;

  const token = (await deps.readToken()).trim();
  if (!TOKEN_SHAPE.test(token)) throw new Error('that is not a bot token: BotFather gives <bot id>:<about 35 letters, digits, _ and ->, e.g. 123456789:AA…');
  const tokenBotId = token.slice(0, token.indexOf(':'));
  if (tokenBotId !== config.botId) throw new Error(`that token is for bot id ${tokenBotId}, but ${where} is for ${configured}; nothing was stored`);

  let me: { id: number; username?: string };
  try {
    me = await new TelegramClient(token, { apiRoot: deps.apiRoot ?? DEFAULT_TELEGRAM_API_ROOT, attempts: 2 }).call('getMe');
  } catch (error) {
    if (error instanceof TelegramCallError && (error.status === 401 || error.status === 404)) throw new Error('Telegram rejects that token (revoked or mistyped); nothing was stored', { cause: error });
    throw new Error(`could not check the token with Telegram (getMe): ${error instanceof Error ? error.message : String(error)}; nothing was stored`, { cause: error });
  }
  const actual = `@${me.username ?? '?'} (id ${me.id})`;
  if (String(me.id) !== config.botId || (me.username ?? '').toLowerCase() !== config.botUsername.toLowerCase()) {
    throw new Error(`that token belongs to ${actual}, but ${where} is for ${configured}; nothing was stored (npm run configure changes the identity)`);
  }

  const secretId = deps.secretId ?? config.botTokenSecretName ?? (await findStackSecret(deps.secrets, config.stackName, 'BotTokenSecret'));
  await deps.secrets.send(new PutSecretValueCommand({ SecretId: secretId, SecretString: token }));

  // Re-read: the file may have changed while the prompt waited.
  const latest = readSettings(deps.settingsFile);
  const botTokenVersion = nextTokenVersion(latest.botTokenVersion);
  writeSettings(deps.settingsFile, { ...latest, botTokenVersion });
  out(`Stored the token of ${actual} in ${secretId}.`);
  out(`botTokenVersion is now ${botTokenVersion} in ${where}. Run npx cdk deploy: it registers the webhook and replaces the bot's warm containers.`);
  return { secretId, botTokenVersion, bot: actual };
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { 'secret-id': { type: 'string' }, 'settings-file': { type: 'string' } }, strict: true });
  const secretId = values['secret-id'];
  await setToken({
    settingsFile: settingsFileFrom(values['settings-file']),
    readToken: () => readHidden('Bot token from BotFather (not shown): '),
    secrets: new SecretsManagerClient({}),
    ...(process.env.TELEGRAM_API_ROOT ? { apiRoot: process.env.TELEGRAM_API_ROOT } : {}),
    ...(secretId ? { secretId } : {}),
  });
}

if (isMain(import.meta.url)) runMain(() => main(process.argv.slice(2)));
