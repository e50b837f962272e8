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
import { customResourceHandler, type CustomResourceEvent, type CustomResourceResult } from './cfn-response';
import { log } from './log';
import { TOKEN_SHAPE } from './token-shape';
import { DEFAULT_TELEGRAM_API_ROOT, TelegramClient } from './telegram-client';

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
  TokenVersion: z.optional(z.string()),
});
export type WebhookProperties = z.infer<typeof WebhookPropertiesSchema>;

export interface RegisterWebhookDeps {
  readonly secrets?: SecretsManagerClient;
  /** Defaults to $TELEGRAM_API_ROOT, then https://api.telegram.org. */
  readonly apiRoot?: string;
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

async function register(props: WebhookProperties, secrets: SecretsManagerClient, apiRoot: string): Promise<Outcome> {
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

  const telegram = new TelegramClient(token, { apiRoot });
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
  return { registered: true, status: `REGISTERED: ${actual} receives ${props.AllowedUpdates.join(', ')} at ${props.WebhookUrl}` };
}

async function unregister(props: WebhookProperties, secrets: SecretsManagerClient, apiRoot: string): Promise<string> {
  const token = await readSecret(secrets, props.BotTokenSecretId);
  if (token === null || !TOKEN_SHAPE.test(token)) return 'no token stored; nothing to unregister';
  const telegram = new TelegramClient(token, { apiRoot });
  const info = await telegram.call<{ url?: string }>('getWebhookInfo');
  if (info.url !== props.WebhookUrl) return `webhook points elsewhere (${info.url ? 'another URL' : 'none'}); left as it is`;
  await telegram.call('deleteWebhook', { drop_pending_updates: false });
  return 'webhook deleted';
}

export function createRegisterWebhookHandler(deps: RegisterWebhookDeps = {}) {
  let secrets = deps.secrets;
  return customResourceHandler('webhook_registration', async (event): Promise<CustomResourceResult> => {
    const apiRoot = deps.apiRoot ?? process.env.TELEGRAM_API_ROOT ?? DEFAULT_TELEGRAM_API_ROOT;
    secrets ??= new SecretsManagerClient({});

    if (event.RequestType === 'Delete') {
      // Never fail a delete: a stack must always be removable, even with a revoked token.
      let status: string;
      try {
        status = await unregister(parseProperties(event), secrets, apiRoot);
      } catch (error) {
        status = `webhook not deleted: ${error instanceof Error ? error.message : String(error)}`;
        log('warn', 'webhook_unregistration_failed', { status });
      }
      return { PhysicalResourceId: event.PhysicalResourceId ?? PHYSICAL_RESOURCE_ID, Data: { Registered: 'false', Status: status } };
    }

    const props = parseProperties(event);
    let outcome: Outcome;
    try {
      outcome = await register(props, secrets, apiRoot);
    } catch (error) {
      outcome = { registered: false, failed: true, status: `FAILED: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (!outcome.registered && outcome.failed) log('error', 'webhook_registration_failed', { status: outcome.status });
    else if (!outcome.registered) log('warn', 'webhook_registration_skipped', { status: outcome.status });
    else log('info', 'webhook_registered', { status: outcome.status });
    // Keep one physical id for the resource's whole life: a new id would make CloudFormation delete "the old one", i.e. the webhook.
    return { PhysicalResourceId: PHYSICAL_RESOURCE_ID, Data: { Registered: String(outcome.registered), Status: outcome.status.slice(0, 1000) } };
  });
}

export const handler = createRegisterWebhookHandler();
