/**
 * The webhook Lambda's configuration, read from the environment once per cold
 * start and validated with zod/mini. A missing or malformed variable fails the
 * cold start with a message that names it, instead of surfacing later as a
 * mysterious runtime error on the first update.
 */
import * as z from 'zod/mini';

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1));

const EnvSchema = z.object({
  /** The claims table (also holds the update ledger under the UPD# prefix). */
  CLAIMS_TABLE: z.string().check(z.regex(/^[A-Za-z0-9_.-]{3,255}$/, 'must be a DynamoDB table name')),
  /** The bot's username (with or without "@"), so telegraf never calls getMe. */
  BOT_USERNAME: z.string().check(z.regex(/^@?[A-Za-z0-9_]{3,64}$/, 'must be a Telegram username such as factcheck_bot')),
  /** The bot's numeric user id (the part of the token before the colon). */
  BOT_ID: z.string().check(z.regex(/^[1-9][0-9]{0,15}$/, 'must be the bot\'s numeric user id')),
  /** Secrets Manager secret id (name or ARN) holding the bot token. */
  BOT_TOKEN_SECRET_ID: nonEmpty(),
  /**
   * The deploy's botTokenVersion. The code only logs it; its job is to be part of the
   * function's configuration, so that a deploy with a new token version starts new containers.
   */
  BOT_TOKEN_VERSION: z.optional(z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be a short label such as 2'))),
  /** Secrets Manager secret id (name or ARN) holding the webhook secret token. */
  WEBHOOK_SECRET_ID: nonEmpty(),
  /** Port of the AWS Parameters and Secrets Lambda Extension (its own default is 2773). */
  PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: z.optional(z.string().check(z.regex(/^[1-9][0-9]{0,4}$/, 'must be a port number'))),
  /** Session token the extension requires in X-Aws-Parameters-Secrets-Token; Lambda sets it. */
  AWS_SESSION_TOKEN: z.optional(z.string()),
  /** Bot API root; only for tests or a local Bot API server. */
  TELEGRAM_API_ROOT: z.optional(z.url()),
  LOG_LEVEL: z.optional(z.enum(['debug', 'info', 'warn', 'error'])),
  /** The data/ directory the engine's knowledge is read from; the deploy ships it next to the handler. */
  DATA_DIR: z.optional(nonEmpty()),
  /** CloudWatch namespace for the EMF metrics in the log; without it, no metrics. */
  METRIC_NAMESPACE: z.optional(z.string().check(z.regex(/^[A-Za-z0-9._/#:-]{1,255}$/, 'must be a CloudWatch namespace'))),
  /** "false" turns the unanswered-question log off (recordUnanswered context key). */
  RECORD_UNANSWERED: z.optional(z.enum(['true', 'false'])),
  /** Set by Lambda: where the deployment package is unpacked. */
  LAMBDA_TASK_ROOT: z.optional(nonEmpty()),
});

export interface WebhookConfig {
  readonly claimsTable: string;
  readonly botUsername: string;
  readonly botId: number;
  readonly botTokenSecretId: string;
  readonly botTokenVersion: string | undefined;
  readonly webhookSecretId: string;
  readonly extensionPort: number;
  readonly sessionToken: string | undefined;
  readonly telegramApiRoot: string | undefined;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  readonly dataDir: string;
  readonly metricNamespace: string | undefined;
  readonly recordUnanswered: boolean;
}

export class WebhookConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WebhookConfigError';
  }
}

export function readWebhookConfig(env: Record<string, string | undefined>): WebhookConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`).join('; ');
    throw new WebhookConfigError(`invalid webhook configuration: ${problems}`, { cause: parsed.error });
  }
  const e = parsed.data;
  return {
    claimsTable: e.CLAIMS_TABLE,
    botUsername: e.BOT_USERNAME.replace(/^@/, ''),
    botId: Number(e.BOT_ID),
    botTokenSecretId: e.BOT_TOKEN_SECRET_ID,
    botTokenVersion: e.BOT_TOKEN_VERSION,
    webhookSecretId: e.WEBHOOK_SECRET_ID,
    extensionPort: Number(e.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? 2773),
    sessionToken: e.AWS_SESSION_TOKEN,
    telegramApiRoot: e.TELEGRAM_API_ROOT,
    logLevel: e.LOG_LEVEL ?? 'info',
    dataDir: e.DATA_DIR ?? `${e.LAMBDA_TASK_ROOT ?? process.cwd()}/data`,
    metricNamespace: e.METRIC_NAMESPACE,
    recordUnanswered: e.RECORD_UNANSWERED !== 'false',
  };
}
