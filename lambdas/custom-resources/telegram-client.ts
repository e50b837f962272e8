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
}

export class TelegramClient {
  private readonly apiRoot: string;
  private readonly timeoutMs: number;
  private readonly attempts: number;
  private readonly maxRetryAfterSeconds: number;

  constructor(
    private readonly token: string,
    options: TelegramClientOptions = {},
  ) {
    this.apiRoot = (options.apiRoot ?? DEFAULT_TELEGRAM_API_ROOT).replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.attempts = options.attempts ?? 3;
    this.maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? 10;
  }

  async call<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let status: number | null = null;
      let body: BotApiResponse | undefined;
      let failure: string;
      try {
        const res = await fetch(`${this.apiRoot}/bot${this.token}/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(params),
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        status = res.status;
        body = (await res.json().catch(() => undefined)) as BotApiResponse | undefined;
        if (res.ok && body?.ok === true) return body.result as T;
        failure = body?.description ?? `unexpected response`;
      } catch (error) {
        // Network-level failure; the message of a fetch error does not include the URL, but redact anyway.
        failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      const retryAfter = body?.parameters?.retry_after;
      const retryable = status === null || status === 429 || status >= 500;
      if (!retryable || attempt >= this.attempts || (retryAfter !== undefined && retryAfter > this.maxRetryAfterSeconds)) {
        throw new TelegramCallError(method, status, failure);
      }
      const delayMs = retryAfter !== undefined ? retryAfter * 1000 : 250 * 2 ** (attempt - 1);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
