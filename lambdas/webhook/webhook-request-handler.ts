/**
 * The webhook's request handling, with every dependency injected so tests can
 * drive it with Function URL events (payload format 2.0) and fakes.
 *
 * Order matters:
 *  1. method and size checks (cheap, reveal nothing; the body is not decoded);
 *  2. the secret-token check, before the body is even decoded or parsed: a
 *     wrong or missing token gets 401 and the bot never sees the update.
 *     The Function URL has auth NONE, so anyone can send junk: until the
 *     secret matches, a request costs a header lookup and one SHA-256, gets a
 *     prebuilt response, and is logged at most once a minute per reason;
 *  3. JSON parse (400 without details) and the update shape check (valid JSON
 *     that is not an update is acknowledged and ignored);
 *  4. de-duplication on update_id;
 *  5. the bot.
 * Once an update is authenticated Telegram always gets 200: any other answer
 * makes Telegram re-deliver it for about a day. Failures are logged instead.
 */
import { randomUUID } from 'node:crypto';
import type { LambdaFunctionURLEvent, LambdaFunctionURLResult } from 'aws-lambda';
import type { UpdateLedger } from '../core/store/dynamodb-update-ledger';
import { describeError, type Logger } from '../bot/structured-log';
import { asTelegramUpdate } from '../bot/update-shape';
import { BOT_METRICS, BOT_METRIC_DIMENSIONS } from '../core/telemetry/bot-metrics';
import { emfFields } from '../core/telemetry/emf';
import { isTelegramAddress } from './telegram-ranges';
import { SECRET_HEADER, headerValue, secretChecker, type SecretChecker } from './webhook-secret';

/**
 * Telegram updates are small (a message holds at most 4096 characters, plus
 * entities and one replied-to message); 256 KiB leaves ample room and keeps
 * a flood of junk from costing parse time.
 */
export const MAX_BODY_BYTES = 256 * 1024;

/** Time kept back to return the response before the Lambda times out. */
export const RESPONSE_HEADROOM_MS = 1_000;

/** What the handler needs from the bot. */
export interface UpdateSink {
  handleUpdate(update: Record<string, unknown> & { update_id: number }): Promise<void>;
}

/** Loaded once per cold start (secrets and the bot built from the token). */
export interface WebhookRuntime {
  readonly webhookSecret: string;
  readonly bot: UpdateSink;
  /**
   * The webhook secret a rotation replaced (Secrets Manager's AWSPREVIOUS), accepted until
   * `previousSecretValidUntil` (epoch ms), so that no update is refused while Telegram still sends it.
   */
  readonly previousWebhookSecret?: string;
  readonly previousSecretValidUntil?: number;
  /** When the secrets were read (epoch ms): a mismatch on an older runtime reads them again. */
  readonly loadedAt?: number;
}

/**
 * A secret that matches neither the current nor the previous secret makes a runtime older than this read
 * the secrets again (at most once per this interval per container): a warm container then picks up a
 * rotated secret as soon as Telegram starts sending it, instead of answering 401 until it is recycled.
 */
export const SECRET_RELOAD_INTERVAL_MS = 60_000;

export interface InvocationContext {
  getRemainingTimeInMillis(): number;
  /** Lambda's id of this invocation: the de-duplication record names it, so an SDK retry of that write is not a duplicate. */
  readonly awsRequestId?: string;
}

export interface WebhookHandlerDeps {
  /** Called on every request; expected to cache (see `cachedUntilFailure`). */
  readonly runtime: () => Promise<WebhookRuntime>;
  readonly ledger: UpdateLedger;
  readonly log: Logger;
  /** Runs the bot with this invocation's remaining time visible to it (for the 429 retry budget). */
  readonly withRemainingTime?: <T>(remainingTimeMs: () => number, run: () => Promise<T>) => Promise<T>;
  /** The clock for rate-limiting rejection log lines and the previous secret's grace period; injected in tests. */
  readonly now?: () => number;
  /** Drops the cached runtime, so the next `runtime()` reads the secrets again (see SECRET_RELOAD_INTERVAL_MS). */
  readonly reloadRuntime?: () => void;
  /** CloudWatch namespace: the handled-update and rejection lines then carry EMF metrics (latency, refused requests). */
  readonly metricNamespace?: string;
}

export type WebhookHandler = (event: LambdaFunctionURLEvent, context?: InvocationContext) => Promise<LambdaFunctionURLResult>;

const reply = (statusCode: number, body: string, headers: Record<string, string> = {}): LambdaFunctionURLResult => ({
  statusCode,
  headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
  body,
});

/** A memoised async loader whose value can be dropped (`reset`), so the next call loads it again. */
export type ResettableLoader<T> = (() => Promise<T>) & { reset(): void };

/**
 * Memoises an async loader, but forgets a failure so the next request tries again.
 * `reset()` forgets a success too: the webhook calls it when Telegram refuses the
 * cached bot token, so a replaced token is picked up on the next request.
 */
export function cachedUntilFailure<T>(load: () => Promise<T>): ResettableLoader<T> {
  let pending: Promise<T> | undefined;
  const get = () => {
    const attempt = (pending ??= load().catch((err: unknown) => {
      if (pending === attempt) pending = undefined;
      throw err;
    }));
    return attempt;
  };
  return Object.assign(get, {
    reset: () => {
      pending = undefined;
    },
  });
}

/** Whether the body is over MAX_BODY_BYTES, without decoding or copying it (base64 is 4/3 the size of what it encodes). */
function bodyTooLarge(raw: string, base64: boolean): boolean {
  if (base64) return Math.floor((raw.length * 3) / 4) > MAX_BODY_BYTES;
  // A UTF-16 unit is 1-3 UTF-8 bytes: only measure when the length alone does not decide.
  if (raw.length > MAX_BODY_BYTES) return true;
  return raw.length * 3 > MAX_BODY_BYTES && Buffer.byteLength(raw, 'utf8') > MAX_BODY_BYTES;
}

/** Responses of the unauthenticated paths: built once, so a flood of junk allocates nothing for them. */
const METHOD_NOT_ALLOWED = Object.freeze(reply(405, 'method not allowed', { allow: 'POST' }));
const BAD_REQUEST = Object.freeze(reply(400, 'bad request'));
const PAYLOAD_TOO_LARGE = Object.freeze(reply(413, 'payload too large'));
const UNAUTHORIZED = Object.freeze(reply(401, 'unauthorized'));

/** At most one line per this interval and reason for requests turned away before authentication. */
export const REJECTION_LOG_INTERVAL_MS = 60_000;

/**
 * Logs requests turned away before authentication (405, 400, 413, 401) at most
 * once per REJECTION_LOG_INTERVAL_MS per reason, with the number left out since
 * the last line. Anyone can reach a Function URL with auth NONE: a flood of junk
 * must not become a flood of log lines (CloudWatch Logs bills ingestion).
 */
function rejectionLogger(log: Logger, now: () => number, metricNamespace: string | undefined) {
  const state = new Map<string, { loggedAt: number; suppressed: number }>();
  return (level: 'info' | 'warn', fields: { status: number; reason: string } & Record<string, unknown>) => {
    const key = `${fields.status}:${fields.reason}`;
    const t = now();
    const seen = state.get(key);
    if (seen && t - seen.loggedAt < REJECTION_LOG_INTERVAL_MS) {
      seen.suppressed += 1;
      return;
    }
    const suppressed = seen && seen.suppressed > 0 ? seen.suppressed : 0;
    log[level]('webhook.rejected', {
      ...fields,
      ...(suppressed > 0 ? { suppressedSinceLastLine: suppressed } : {}),
      // This request plus those left out since the last line: summed over time, every refused request is counted.
      ...(metricNamespace ? emfFields(metricNamespace, BOT_METRIC_DIMENSIONS, { [BOT_METRICS.rejected]: { value: 1 + suppressed, unit: 'Count' } }, t) : {}),
    });
    state.set(key, { loggedAt: t, suppressed: 0 });
  };
}

export function createWebhookHandler(deps: WebhookHandlerDeps): WebhookHandler {
  const { log } = deps;
  const withRemainingTime = deps.withRemainingTime ?? (<T>(_remaining: () => number, run: () => Promise<T>) => run());
  const now = deps.now ?? Date.now;
  const rejected = rejectionLogger(log, now, deps.metricNamespace);
  let checker: SecretChecker | undefined;
  let previousChecker: SecretChecker | undefined;
  let lastReload = Number.NEGATIVE_INFINITY;
  let previousLoggedFor: WebhookRuntime | undefined;

  /** Whether `received` is the runtime's secret, or its previous one within the grace period. */
  const accepts = (runtime: WebhookRuntime, received: string | undefined): boolean => {
    if (checker?.secret !== runtime.webhookSecret) checker = secretChecker(runtime.webhookSecret);
    if (checker.matches(received)) return true;
    const previous = runtime.previousWebhookSecret;
    if (previous === undefined || previous === runtime.webhookSecret || !(now() < (runtime.previousSecretValidUntil ?? 0))) return false;
    if (previousChecker?.secret !== previous) previousChecker = secretChecker(previous);
    if (!previousChecker.matches(received)) return false;
    if (previousLoggedFor !== runtime) {
      previousLoggedFor = runtime;
      log.info('webhook.previous_secret_accepted', { validUntil: new Date(runtime.previousSecretValidUntil!).toISOString() });
    }
    return true;
  };

  return async (event, context) => {
    const started = Date.now();
    // Until the secret matches: no decoding, no parsing, no I/O beyond the cached secret, a prebuilt response.
    const method = event.requestContext?.http?.method ?? 'UNKNOWN';
    if (method !== 'POST') {
      rejected('info', { status: 405, reason: 'method not allowed', method: method.slice(0, 16) });
      return METHOD_NOT_ALLOWED;
    }
    const raw = event.body;
    if (typeof raw !== 'string') {
      rejected('info', { status: 400, reason: 'no body' });
      return BAD_REQUEST;
    }
    const base64 = event.isBase64Encoded === true;
    if (bodyTooLarge(raw, base64)) {
      rejected('warn', { status: 413, reason: 'body too large' });
      return PAYLOAD_TOO_LARGE;
    }

    let runtime: WebhookRuntime;
    try {
      runtime = await deps.runtime();
    } catch (err) {
      // Without the secret the request cannot be authenticated; 503 makes Telegram retry later.
      log.error('webhook.runtime_unavailable', { error: describeError(err) });
      return reply(503, 'service unavailable');
    }

    const received = headerValue(event.headers, SECRET_HEADER);
    let authenticated = accepts(runtime, received);
    if (!authenticated && deps.reloadRuntime && runtime.loadedAt !== undefined) {
      const t = now();
      if (t - runtime.loadedAt >= SECRET_RELOAD_INTERVAL_MS && t - lastReload >= SECRET_RELOAD_INTERVAL_MS) {
        // Maybe the secret was rotated since this container read it: read it again, once, and check again.
        lastReload = t;
        deps.reloadRuntime();
        try {
          runtime = await deps.runtime();
          authenticated = accepts(runtime, received);
        } catch (err) {
          log.error('webhook.runtime_unavailable', { error: describeError(err) });
          return reply(503, 'service unavailable');
        }
      }
    }
    if (!authenticated) {
      const reason = received === undefined ? 'missing secret token' : 'wrong secret token';
      const sourceIp = event.requestContext?.http?.sourceIp;
      // Never log the header value: a near-miss could be the real secret with a typo.
      if (isTelegramAddress(sourceIp)) {
        // Telegram itself was turned away: every update is failing. Logged each time (Telegram's retries bound
        // the rate; nobody else can send from its ranges over TCP): the TelegramRejected alarm counts these.
        log.warn('webhook.rejected', { status: 401, reason, sourceIp, fromTelegram: true });
      } else {
        rejected('warn', { status: 401, reason, sourceIp });
      }
      return UNAUTHORIZED;
    }

    let parsed: unknown;
    try {
      parsed = JSON.parse(base64 ? Buffer.from(raw, 'base64').toString('utf8') : raw);
    } catch {
      log.warn('webhook.rejected', { status: 400, reason: 'body is not JSON' });
      return reply(400, 'bad request');
    }
    const update = asTelegramUpdate(parsed);
    if (!update) {
      log.warn('update.ignored', { reason: 'not a Telegram update' });
      return reply(200, 'ignored');
    }
    const updateId = update.update_id;

    try {
      if (!(await deps.ledger.recordFirstDelivery(updateId, context?.awsRequestId || randomUUID()))) {
        log.info('update.duplicate', { updateId });
        return reply(200, 'duplicate');
      }
    } catch (err) {
      // Fail open: a duplicate reply is better than no reply while the table is throttled.
      log.warn('update.ledger_unavailable', { updateId, error: describeError(err) });
    }

    const remaining = () => (context ? context.getRemainingTimeInMillis() : Number.POSITIVE_INFINITY);
    const budget = remaining() - RESPONSE_HEADROOM_MS;
    let timer: NodeJS.Timeout | undefined;
    try {
      const handled = withRemainingTime(remaining, () => runtime.bot.handleUpdate(update)).then(() => 'done' as const);
      const outcome = Number.isFinite(budget)
        ? await Promise.race([handled, new Promise<'deadline'>((resolve) => (timer = setTimeout(() => resolve('deadline'), Math.max(0, budget))))])
        : await handled;
      if (outcome === 'deadline') {
        // Answer Telegram now rather than time out (a 5xx would bring the update back).
        handled.catch(() => undefined);
        log.error('update.deadline_exceeded', { updateId, ms: Date.now() - started });
      } else {
        const ms = Date.now() - started;
        log.info('update.handled', {
          updateId,
          ms,
          ...(deps.metricNamespace ? emfFields(deps.metricNamespace, BOT_METRIC_DIMENSIONS, { [BOT_METRICS.updateMs]: { value: ms, unit: 'Milliseconds' } }) : {}),
        });
      }
    } catch (err) {
      // bot.catch logs handler errors; this is for failures outside it.
      log.error('update.failed', { updateId, error: describeError(err) });
    } finally {
      if (timer) clearTimeout(timer);
    }
    return reply(200, 'ok');
  };
}
