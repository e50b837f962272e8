/**
 * Scheduled outside-in check of the webhook (EventBridge Scheduler, every few
 * minutes): asks Telegram for getWebhookInfo with the stored token and
 * reports what it says as metrics (EMF log lines), which the stack's alarms
 * watch:
 *   - WebhookRecentErrors: 1 when Telegram's last_error_date is within the
 *     last check interval (a delivery failed since the previous check);
 *   - WebhookPendingUpdates: pending_update_count (a healthy webhook drains it
 *     within seconds, so a count that stays up and does not shrink means
 *     Telegram holds updates it cannot deliver);
 *   - WebhookUrlMismatch: 1 when the webhook is not this stack's Function URL
 *     (another deploy, a `npm run dev` with this bot's token, deleteWebhook);
 *   - WebhookCheckOk: 1 when the check itself worked (0: token rejected,
 *     Telegram unreachable; no data at all: the schedule stopped).
 * The check never throws (a thrown error would make the Scheduler retry and
 * double the data points); each run also logs one `webhook_check` line with
 * Telegram's last_error_message, which the runbook points at.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { TOKEN_SHAPE } from '../custom-resources/token-shape';
import { log, redactTokens } from '../custom-resources/log';
import { DEFAULT_TELEGRAM_API_ROOT, TelegramCallError, TelegramClient } from '../custom-resources/telegram-client';
import { emfLine, stdoutSink, type MetricValue } from '../core/telemetry/emf';
import { secretValue } from '../webhook/secrets-extension-client';
import { CHECK_DIMENSIONS, CHECK_METRICS } from './check-metrics';

export { CHECK_DIMENSIONS, CHECK_METRICS };

export interface WebhookInfo {
  readonly url?: string;
  readonly pending_update_count?: number;
  readonly last_error_date?: number;
  readonly last_error_message?: string;
  readonly max_connections?: number;
  readonly allowed_updates?: string[];
}

export interface Assessment {
  readonly metrics: Record<string, MetricValue>;
  readonly findings: string[];
  /** In the log line only: a metric of its own would cost as much as one with an alarm. */
  readonly lastErrorAgeSeconds: number | undefined;
}

const count = (value: number): MetricValue => ({ value, unit: 'Count' });

/** What one getWebhookInfo answer means, as metrics and plain-language findings. */
export function assessWebhookInfo(info: WebhookInfo, options: { expectedUrl: string; nowSeconds: number; intervalSeconds: number }): Assessment {
  const findings: string[] = [];
  const pending = info.pending_update_count ?? 0;
  const lastError = info.last_error_date;
  const age = lastError === undefined ? undefined : Math.max(0, options.nowSeconds - lastError);
  const recent = age !== undefined && age <= options.intervalSeconds;
  const mismatch = (info.url ?? '') !== options.expectedUrl;
  if (recent) findings.push(`Telegram failed to deliver an update ${age} s ago: ${info.last_error_message ?? 'no message'}`);
  if (pending > 0) findings.push(`${pending} updates waiting at Telegram`);
  if (mismatch) findings.push(info.url ? 'the webhook points at another URL' : 'no webhook is set');
  const metrics: Record<string, MetricValue> = {
    [CHECK_METRICS.recentErrors]: count(recent ? 1 : 0),
    [CHECK_METRICS.pendingUpdates]: count(pending),
    [CHECK_METRICS.urlMismatch]: count(mismatch ? 1 : 0),
    [CHECK_METRICS.checkOk]: count(1),
  };
  return { metrics, findings, lastErrorAgeSeconds: age };
}

export interface WebhookCheckDeps {
  readonly secrets?: SecretsManagerClient;
  readonly env?: Record<string, string | undefined>;
  readonly now?: () => number;
  readonly emit?: (line: string) => void;
}

export interface CheckResult {
  readonly ok: boolean;
  readonly findings: string[];
}

export function createWebhookCheckHandler(deps: WebhookCheckDeps = {}): () => Promise<CheckResult> {
  let secrets = deps.secrets;
  return async () => {
    const env = deps.env ?? process.env;
    const now = (deps.now ?? Date.now)();
    const emit = deps.emit ?? stdoutSink;
    const namespace = env.METRIC_NAMESPACE ?? 'FactCheckBot';
    const expectedUrl = env.WEBHOOK_URL ?? '';
    const intervalSeconds = Number(env.CHECK_INTERVAL_SECONDS ?? 300);
    secrets ??= new SecretsManagerClient({});
    const report = (metrics: Record<string, MetricValue>, properties: Record<string, unknown>) => emit(emfLine(namespace, CHECK_DIMENSIONS, metrics, { event: 'webhook_check', ...properties }, now));
    try {
      const stored = (await secrets.send(new GetSecretValueCommand({ SecretId: env.BOT_TOKEN_SECRET_ID }))).SecretString?.trim();
      const token = stored ? secretValue(stored) : '';
      if (!TOKEN_SHAPE.test(token)) {
        // Nothing to check before the first npm run set-token; WebhookStatus says so already.
        report({ [CHECK_METRICS.checkOk]: count(1) }, { level: 'info', skipped: 'no bot token stored yet' });
        return { ok: true, findings: ['no bot token stored yet'] };
      }
      const info = await new TelegramClient(token, { apiRoot: env.TELEGRAM_API_ROOT ?? DEFAULT_TELEGRAM_API_ROOT, timeoutMs: 8_000, attempts: 2 }).call<WebhookInfo>('getWebhookInfo');
      const { metrics, findings, lastErrorAgeSeconds } = assessWebhookInfo(info, { expectedUrl, nowSeconds: Math.floor(now / 1000), intervalSeconds });
      report(metrics, {
        level: findings.length > 0 ? 'warn' : 'info',
        findings,
        ...(lastErrorAgeSeconds !== undefined ? { lastErrorAgeSeconds } : {}),
        ...(info.last_error_message ? { lastErrorMessage: redactTokens(info.last_error_message).slice(0, 300) } : {}),
        ...(info.url !== undefined && info.url !== expectedUrl ? { webhookUrl: info.url ? new URL(info.url).host : '' } : {}),
      });
      return { ok: true, findings };
    } catch (error) {
      const reason = error instanceof TelegramCallError ? error.message : `${error instanceof Error ? error.name : 'Error'}: ${redactTokens(error instanceof Error ? error.message : String(error))}`;
      report({ [CHECK_METRICS.checkOk]: count(0) }, { level: 'error', reason });
      log('error', 'webhook_check_failed', { reason });
      return { ok: false, findings: [reason] };
    }
  };
}

export const handler = createWebhookCheckHandler();
