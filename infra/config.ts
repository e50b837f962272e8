/**
 * Deploy-time settings, read from CDK context (`-c key=value` on the command
 * line, or the "context" block of cdk.json). Every key is documented in
 * README.md, "Deploying to AWS". Values from the command line arrive as strings; values
 * from cdk.json may be numbers or booleans; both are accepted.
 */
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

export type DeployEnv = 'prod' | 'dev';

export interface StackConfig {
  /** `-c env=dev`: the table is destroyed with the stack and has no deletion protection; logs are destroyed too. */
  readonly env: DeployEnv;
  readonly stackName: string;
  /** The bot's @username without "@" (BotFather shows it); null until configured. */
  readonly botUsername: string | null;
  /** The bot's numeric id: the digits before ":" in the token; null until configured. */
  readonly botId: string | null;
  /** Use this existing Secrets Manager secret for the token instead of creating one. */
  readonly botTokenSecretName: string | null;
  /** Bump after storing or rotating the token: re-runs webhook registration. */
  readonly botTokenVersion: string;
  /** Reserved concurrency of the bot function, also Telegram's max_connections; null = unreserved. */
  readonly botReservedConcurrency: number | null;
  readonly logRetention: RetentionDays;
  /** Alarm notifications go to this address through SNS (the recipient confirms by e-mail). */
  readonly alarmEmail: string | null;
  /** Record unanswered and near-miss questions (no user or chat id) for `npm run report -- --unanswered`. */
  readonly recordUnanswered: boolean;
  /** X-Ray active tracing on every function (off by default: README, "Metrics, traces and the dashboard"). */
  readonly tracing: boolean;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Placeholders used while botUsername/botId are not configured; the deploy warns, and webhook registration refuses them. */
export const UNCONFIGURED_BOT_USERNAME = 'unconfigured_bot';
export const UNCONFIGURED_BOT_ID = '1';

/**
 * No reservation by default: a new account's concurrency quota is 10, and Lambda refuses any reservation that
 * would leave fewer than 10 unreserved, so a default of 10 failed every first deploy there. Unreserved, junk
 * must also reach the account's limit (10 requests a second per unit of concurrency: 10,000/s at the usual
 * quota of 1,000) before it throttles Telegram's deliveries, instead of 100/s at a reservation of 10
 * (README, "The public Function URL").
 */
export const DEFAULT_RESERVED_CONCURRENCY: number | null = null;
export const DEFAULT_LOG_RETENTION_DAYS = 30;

type ContextReader = (key: string) => unknown;

function str(read: ContextReader, key: string): string | null {
  const value = read(key);
  if (value === undefined || value === null) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

export interface ReadOptions {
  /**
   * The synth can reach a deploy: the CDK CLI found an account (CDK_DEFAULT_ACCOUNT). A prod stack
   * then needs its bot identity and alarm e-mail. Without an account (CI, offline checks) nothing can
   * be deployed, so placeholders are allowed there, with a warning.
   */
  readonly deployable?: boolean;
  /** Named in messages: where the settings live. */
  readonly settingsFile?: string;
}

/** The keys a prod stack must have before it can be deployed. */
export const REQUIRED_FOR_PROD = ['botUsername', 'botId', 'alarmEmail'] as const;

export function readStackConfig(read: ContextReader, options: ReadOptions = {}): StackConfig {
  const env = str(read, 'env') ?? 'prod';
  if (env !== 'prod' && env !== 'dev') throw new ConfigError(`context "env" must be "prod" or "dev", got "${env}"`);

  const stackName = str(read, 'stackName') ?? (env === 'dev' ? 'FactCheckBotDev' : 'FactCheckBot');
  if (!/^[A-Za-z][A-Za-z0-9-]{0,127}$/.test(stackName)) throw new ConfigError(`context "stackName" is not a valid stack name: "${stackName}"`);

  const botUsername = str(read, 'botUsername')?.replace(/^@/, '') ?? null;
  if (botUsername !== null && !/^[A-Za-z0-9_]{3,64}$/.test(botUsername)) {
    throw new ConfigError(`context "botUsername" must be the bot's username such as factcheck_bot, got "${botUsername}"`);
  }
  const botId = str(read, 'botId');
  if (botId !== null && !/^[1-9][0-9]{0,15}$/.test(botId)) {
    throw new ConfigError(`context "botId" must be the bot's numeric id (the digits before ":" in its token), got "${botId}"`);
  }

  const botTokenSecretName = str(read, 'botTokenSecretName');
  if (botTokenSecretName !== null && !/^[A-Za-z0-9/_+=.@-]{1,512}$/.test(botTokenSecretName)) {
    throw new ConfigError(`context "botTokenSecretName" is not a Secrets Manager secret name: "${botTokenSecretName}"`);
  }

  const botTokenVersion = str(read, 'botTokenVersion') ?? '0';
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(botTokenVersion)) throw new ConfigError(`context "botTokenVersion" must be a short label such as 2, got "${botTokenVersion}"`);

  const concurrencyText = str(read, 'botReservedConcurrency');
  let botReservedConcurrency: number | null = DEFAULT_RESERVED_CONCURRENCY;
  if (concurrencyText !== null) {
    if (concurrencyText === 'none') botReservedConcurrency = null;
    else if (/^[1-9][0-9]{0,3}$/.test(concurrencyText)) botReservedConcurrency = Number(concurrencyText);
    else throw new ConfigError(`context "botReservedConcurrency" must be a whole number from 1 or "none", got "${concurrencyText}"`);
  }

  const retentionText = str(read, 'logRetentionDays') ?? String(DEFAULT_LOG_RETENTION_DAYS);
  const retention = Number(retentionText);
  const allowed = Object.values(RetentionDays).filter((v): v is number => typeof v === 'number' && v !== RetentionDays.INFINITE);
  if (!allowed.includes(retention)) throw new ConfigError(`context "logRetentionDays" must be one of ${allowed.join(', ')}, got "${retentionText}"`);

  const alarmEmail = str(read, 'alarmEmail');
  if (alarmEmail !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(alarmEmail)) throw new ConfigError(`context "alarmEmail" is not an e-mail address: "${alarmEmail}"`);

  const flag = (key: string, fallback: boolean): boolean => {
    const text = str(read, key);
    if (text === null) return fallback;
    if (text === 'true' || text === 'false') return text === 'true';
    throw new ConfigError(`context "${key}" must be true or false, got "${text}"`);
  };
  const recordUnanswered = flag('recordUnanswered', true);
  const tracing = flag('tracing', false);

  if (env === 'prod' && options.deployable === true) {
    const present = { botUsername, botId, alarmEmail };
    const missing = REQUIRED_FOR_PROD.filter((key) => present[key] === null);
    if (missing.length > 0) {
      const flags = { botUsername: '--bot-username <name>', botId: '--bot-id <digits before ":" in the token>', alarmEmail: '--alarm-email <address>' };
      throw new ConfigError(
        `${stackName} (env prod) cannot be deployed without ${missing.join(', ')}. Set ${missing.length > 1 ? 'them' : 'it'} once with ` +
          `npm run configure -- ${missing.map((key) => flags[key]).join(' ')}` +
          ` (writes ${options.settingsFile ?? 'the settings file'}, which every later cdk synth and cdk deploy reads), then deploy again. ` +
          'For a throwaway stack, deploy with -c env=dev instead.',
      );
    }
  }

  return {
    env,
    stackName,
    botUsername,
    botId,
    botTokenSecretName,
    botTokenVersion,
    botReservedConcurrency,
    logRetention: retention as RetentionDays,
    alarmEmail,
    recordUnanswered,
    tracing,
  };
}
