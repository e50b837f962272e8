/**
 * Custom resource: points the bot's Telegram webhook at the Function URL.
 *
 * Create / Update:
 *   1. read the token; if none is stored yet, succeed without registering and
 *      say so (Data.Registered = "false", Data.Status explains the next step);
 *   2. check the token belongs to the configured bot (username and id, which
 *      the bot function uses instead of calling getMe);
 *   3. setWebhook(url, secret_token, allowed_updates, drop_pending_updates=false,
 *      max_connections = the function's reserved concurrency), setMyCommands,
 *      setMyDescription, setMyShortDescription.
 * Delete: deleteWebhook, but only if the webhook still points at this stack's
 *   URL (another stack may have taken the bot over since).
 *
 * A registration that fails (Telegram down, token revoked, bot misconfigured)
 * does not fail the deploy: CloudFormation would roll back by calling Update
 * again with the old properties, which would fail the same way and leave the
 * stack in UPDATE_ROLLBACK_FAILED. Instead the failure is reported in
 * Data.Status (a stack output), logged as `webhook_registration_failed`, and
 * raises the WebhookRegistrationFailures alarm. Only malformed properties (a
 * bug in the stack) fail the resource.
 *
 * It re-runs whenever its properties change: the Function URL, the command
 * list or description, or the `botTokenVersion` context value that the
 * operator bumps after storing or rotating the token.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import * as z from 'zod/mini';
import { secretValue } from '../webhook/secrets-extension-client';
import { customResourceHandler, type CustomResourceEvent, type CustomResourceResult, type LambdaContextLike } from './cfn-response';
import { log } from './log';
import { TOKEN_SHAPE } from './token-shape';
import { DEFAULT_TELEGRAM_API_ROOT, TelegramClient, TelegramTimeoutError } from './telegram-client';

export const PHYSICAL_RESOURCE_ID = 'telegram-webhook';

export { TOKEN_SHAPE };
const WEBHOOK_SECRET_SHAPE = /^[A-Za-z0-9_-]{1,256}$/;

const nonEmpty = () => z.string().check(z.minLength(1));

export const WebhookPropertiesSchema = z.object({
  WebhookUrl: z.url(),
  BotTokenSecretId: nonEmpty(),
  WebhookSecretId: nonEmpty(),
  BotUsername: nonEmpty(),
  BotId: z.string().check(z.regex(/^[1-9][0-9]{0,15}$/)),
  AllowedUpdates: z.array(nonEmpty()).check(z.minLength(1)),
  /** CloudFormation passes numbers as strings. */
  MaxConnections: z.optional(z.string().check(z.regex(/^([1-9][0-9]?|100)$/, 'must be 1-100'))),
  Commands: z.array(z.object({ command: z.string().check(z.regex(/^[a-z0-9_]{1,32}$/)), description: z.string().check(z.minLength(1), z.maxLength(256)) })),
  Description: z.string().check(z.maxLength(512)),
  ShortDescription: z.string().check(z.maxLength(120)),
  /** The same menu and descriptions for users whose Telegram is in another language (setMyCommands with language_code). */
  Localized: z.optional(
    z.array(
      z.object({
        LanguageCode: z.string().check(z.regex(/^[a-z]{2}$/)),
        Commands: z.array(z.object({ command: z.string().check(z.regex(/^[a-z0-9_]{1,32}$/)), description: z.string().check(z.minLength(1), z.maxLength(256)) })),
        Description: z.string().check(z.maxLength(512)),
        ShortDescription: z.string().check(z.maxLength(120)),
      }),
    ),
  ),
  TokenVersion: z.optional(z.string()),
});
export type WebhookProperties = z.infer<typeof WebhookPropertiesSchema>;

export interface RegisterWebhookDeps {
  readonly secrets?: SecretsManagerClient;
  /** Defaults to $TELEGRAM_API_ROOT, then https://api.telegram.org. */
  readonly apiRoot?: string;
  /** The time budget of one request; default REGISTRATION_BUDGET_MS (tests pass less). */
  readonly budgetMs?: number;
}

/**
 * One time budget for a whole request (secrets, getMe, setWebhook, setMyCommands, the descriptions; or
 * getWebhookInfo and deleteWebhook), well below the registrar's 2-minute Lambda timeout. A slow Bot API
 * then ends in SUCCESS with a FAILED status, never in a FAILED resource: that would fail the deploy, and
 * its rollback would meet the same slow API and end in UPDATE_ROLLBACK_FAILED.
 */
export const REGISTRATION_BUDGET_MS = 60_000;
/** Kept back from the Lambda's remaining time: the answer to CloudFormation (up to 10 s) and cfn-response's own margin. */
export const RESPONSE_RESERVE_MS = 20_000;

export class BudgetExceededError extends Error {
  constructor(readonly budgetMs: number) {
    super(`Telegram did not answer within ${Math.round(budgetMs / 1000)} s (the registration's time budget)`);
    this.name = 'BudgetExceededError';
  }
}

function budgetOf(deps: RegisterWebhookDeps, context: LambdaContextLike | undefined): number {
  const remaining = context ? context.getRemainingTimeInMillis() - RESPONSE_RESERVE_MS : Number.POSITIVE_INFINITY;
  return Math.max(1_000, Math.min(deps.budgetMs ?? REGISTRATION_BUDGET_MS, remaining));
}

/** Runs `work` with a deadline; past it, rejects with BudgetExceededError (Telegram calls also stop at the deadline). */
async function withinBudget<T>(budgetMs: number, work: (deadline: number) => Promise<T>): Promise<T> {
  const deadline = Date.now() + budgetMs;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BudgetExceededError(budgetMs)), budgetMs);
  });
  try {
    return await Promise.race([
      work(deadline).catch((error: unknown) => {
        throw error instanceof TelegramTimeoutError ? new BudgetExceededError(budgetMs) : error;
      }),
      expired,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function parseProperties(event: CustomResourceEvent): WebhookProperties {
  const parsed = WebhookPropertiesSchema.safeParse(event.ResourceProperties);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid webhook resource properties: ${problems}`);
  }
  return parsed.data;
}

async function readSecret(client: SecretsManagerClient, secretId: string): Promise<string | null> {
  const out = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
  const text = out.SecretString?.trim();
  return text ? secretValue(text) : null;
}

interface BotUser {
  id: number;
  username?: string;
}

type Outcome = { registered: true; status: string } | { registered: false; status: string; failed: boolean };

async function register(props: WebhookProperties, secrets: SecretsManagerClient, apiRoot: string, deadline: number): Promise<Outcome> {
  const token = await readSecret(secrets, props.BotTokenSecretId);
  if (token === null || !TOKEN_SHAPE.test(token)) {
    const what = token === null ? 'holds no value' : 'holds no bot token yet (expected <bot id>:<35 characters> from BotFather)';
    return {
      registered: false,
      failed: false,
      status: `NOT REGISTERED: the token secret ${what}. Store the token with npm run set-token (the SetBotTokenCommand output), then npx cdk deploy again.`,
    };
  }
  const tokenBotId = token.slice(0, token.indexOf(':'));

  const webhookSecret = await readSecret(secrets, props.WebhookSecretId);
  if (webhookSecret === null || !WEBHOOK_SECRET_SHAPE.test(webhookSecret)) {
    throw new Error('the webhook secret is not 1-256 characters of A-Z a-z 0-9 _ -');
  }

  const telegram = new TelegramClient(token, { apiRoot, deadline });
  const me = await telegram.call<BotUser>('getMe');
  const configured = `@${props.BotUsername} (id ${props.BotId})`;
  const actual = `@${me.username ?? '?'} (id ${me.id})`;
  if (String(me.id) !== props.BotId || String(me.id) !== tokenBotId || (me.username ?? '').toLowerCase() !== props.BotUsername.toLowerCase()) {
    throw new Error(
      `the stored token belongs to ${actual}, but the stack is configured for ${configured}; ` +
        `deploy with -c botUsername=${me.username ?? '<username>'} -c botId=${me.id}`,
    );
  }

  await telegram.call('setWebhook', {
    url: props.WebhookUrl,
    secret_token: webhookSecret,
    allowed_updates: props.AllowedUpdates,
    drop_pending_updates: false,
    ...(props.MaxConnections ? { max_connections: Number(props.MaxConnections) } : {}),
  });
  await telegram.call('setMyCommands', { commands: props.Commands });
  await telegram.call('setMyDescription', { description: props.Description });
  await telegram.call('setMyShortDescription', { short_description: props.ShortDescription });
  // Per language after the defaults: a slow Bot API that runs out of budget here still leaves the bot working in English.
  for (const local of props.Localized ?? []) {
    await telegram.call('setMyCommands', { commands: local.Commands, language_code: local.LanguageCode });
    await telegram.call('setMyDescription', { description: local.Description, language_code: local.LanguageCode });
    await telegram.call('setMyShortDescription', { short_description: local.ShortDescription, language_code: local.LanguageCode });
  }
  return { registered: true, status: `REGISTERED: ${actual} receives ${props.AllowedUpdates.join(', ')} at ${props.WebhookUrl}` };
}

async function unregister(props: WebhookProperties, secrets: SecretsManagerClient, apiRoot: string, deadline: number): Promise<string> {
  const token = await readSecret(secrets, props.BotTokenSecretId);
  if (token === null || !TOKEN_SHAPE.test(token)) return 'no token stored; nothing to unregister';
  const telegram = new TelegramClient(token, { apiRoot, deadline });
  const info = await telegram.call<{ url?: string }>('getWebhookInfo');
  if (info.url !== props.WebhookUrl) return `webhook points elsewhere (${info.url ? 'another URL' : 'none'}); left as it is`;
  await telegram.call('deleteWebhook', { drop_pending_updates: false });
  return 'webhook deleted';
}

export function createRegisterWebhookHandler(deps: RegisterWebhookDeps = {}) {
  let secrets = deps.secrets;
  return customResourceHandler('webhook_registration', async (event, context): Promise<CustomResourceResult> => {
    const apiRoot = deps.apiRoot ?? process.env.TELEGRAM_API_ROOT ?? DEFAULT_TELEGRAM_API_ROOT;
    const client = (secrets ??= new SecretsManagerClient({}));
    const budgetMs = budgetOf(deps, context);

    if (event.RequestType === 'Delete') {
      // Never fail a delete: a stack must always be removable, even with a revoked token or a slow Bot API.
      let status: string;
      try {
        const props = parseProperties(event);
        status = await withinBudget(budgetMs, (deadline) => unregister(props, client, apiRoot, deadline));
      } catch (error) {
        status = `webhook not deleted: ${error instanceof Error ? error.message : String(error)}`;
        log('warn', 'webhook_unregistration_failed', { status });
      }
      return { PhysicalResourceId: event.PhysicalResourceId ?? PHYSICAL_RESOURCE_ID, Data: { Registered: 'false', Status: status } };
    }

    const props = parseProperties(event);
    let outcome: Outcome;
    let timedOut = false;
    try {
      outcome = await withinBudget(budgetMs, (deadline) => register(props, client, apiRoot, deadline));
    } catch (error) {
      timedOut = error instanceof BudgetExceededError;
      const next = timedOut ? '; the webhook may be as it was. When Telegram answers again, run npm run set-token (the same token) and npx cdk deploy to register it' : '';
      outcome = { registered: false, failed: true, status: `FAILED: ${error instanceof Error ? error.message : String(error)}${next}` };
    }
    if (!outcome.registered && outcome.failed) log('error', 'webhook_registration_failed', { status: outcome.status, timedOut, budgetMs });
    else if (!outcome.registered) log('warn', 'webhook_registration_skipped', { status: outcome.status });
    else log('info', 'webhook_registered', { status: outcome.status });
    // Keep one physical id for the resource's whole life: a new id would make CloudFormation delete "the old one", i.e. the webhook.
    return { PhysicalResourceId: PHYSICAL_RESOURCE_ID, Data: { Registered: String(outcome.registered), Status: outcome.status.slice(0, 1000) } };
  });
}

export const handler = createRegisterWebhookHandler();
