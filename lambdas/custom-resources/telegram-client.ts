/**
 * The few Bot API calls the webhook-registration resource makes, over fetch.
 * Errors carry the method, the HTTP status and Telegram's description, never
 * the request URL (it contains the token).
 */
import { redactTokens } from './log';

export const DEFAULT_TELEGRAM_API_ROOT = 'https://api.telegram.org';

export class TelegramCallError extends Error {
  constructor(
    readonly method: string,
    readonly status: number | null,
    description: string,
  ) {
    super(`Telegram ${method} failed${status === null ? '' : ` (HTTP ${status})`}: ${redactTokens(description)}`);
    this.name = 'TelegramCallError';
  }
}

interface BotApiResponse {
  ok?: boolean;
  result?: unknown;
  description?: string;
  error_code?: number;
  parameters?: { retry_after?: number };
}

export interface TelegramClientOptions {
  readonly apiRoot?: string;
  readonly timeoutMs?: number;
  /** Attempts for 429, 5xx and network errors. */
  readonly attempts?: number;
  /** Longest retry_after honoured, in seconds; a longer one fails the call. */
  readonly maxRetryAfterSeconds?: number;
  /**
   * Epoch ms by which every call must be over, retries included: each attempt's timeout is cut to what is left,
   * and a retry that would start after it is not made. The call then fails with a TelegramTimeoutError.
   */
  readonly deadline?: number;
}

export class TelegramTimeoutError extends TelegramCallError {
  constructor(method: string, detail: string) {
    super(method, null, detail);
    this.name = 'TelegramTimeoutError';
  }
}

export class TelegramClient {
  private readonly apiRoot: string;
  private readonly timeoutMs: number;
  private readonly attempts: number;
  private readonly maxRetryAfterSeconds: number;
  private readonly deadline: number;

  constructor(
    private readonly token: string,
    options: TelegramClientOptions = {},
  ) {
    this.apiRoot = (options.apiRoot ?? DEFAULT_TELEGRAM_API_ROOT).replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.attempts = options.attempts ?? 3;
    this.maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? 10;
    this.deadline = options.deadline ?? Number.POSITIVE_INFINITY;
  }

  async call<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let status: number | null = null;
      let body: BotApiResponse | undefined;
      let failure: string;
      const left = this.deadline - Date.now();
      if (left <= 0) throw new TelegramTimeoutError(method, 'no time left in the time budget');
      const timeoutMs = Math.min(this.timeoutMs, left);
      try {
        const res = await fetch(`${this.apiRoot}/bot${this.token}/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(params),
          signal: AbortSignal.timeout(timeoutMs),
        });
        status = res.status;
        body = (await res.json().catch(() => undefined)) as BotApiResponse | undefined;
        if (res.ok && body?.ok === true) return body.result as T;
        failure = body?.description ?? `unexpected response`;
      } catch (error) {
        // Network-level failure; the message of a fetch error does not include the URL, but redact anyway.
        failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        if (error instanceof Error && error.name === 'TimeoutError' && Date.now() >= this.deadline) {
          throw new TelegramTimeoutError(method, `no answer within the time budget (${failure})`);
        }
      }
      const retryAfter = body?.parameters?.retry_after;
      const retryable = status === null || status === 429 || status >= 500;
      if (!retryable || attempt >= this.attempts || (retryAfter !== undefined && retryAfter > this.maxRetryAfterSeconds)) {
        throw new TelegramCallError(method, status, failure);
      }
      const delayMs = retryAfter !== undefined ? retryAfter * 1000 : 250 * 2 ** (attempt - 1);
      if (Date.now() + delayMs >= this.deadline) throw new TelegramTimeoutError(method, `${failure}; no time left in the time budget to retry`);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
