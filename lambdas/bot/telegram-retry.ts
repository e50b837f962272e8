/**
 * Retries a Bot API call once when Telegram answers 429 with `retry_after`,
 * but only if the time left in this invocation covers the wait plus the call.
 * Otherwise the error propagates: a Lambda that sleeps past its timeout gets
 * killed, turns into a webhook failure, and Telegram re-delivers the update.
 */
import type { Telegram } from 'telegraf';
import { asTelegramApiError, type Logger } from './structured-log';

/** Time kept for the retried call itself and for returning the webhook response. */
export const RETRY_HEADROOM_MS = 3_000;

export interface RateLimitRetryOptions {
  /** Milliseconds left in this invocation; Infinity in long polling. */
  readonly remainingTimeMs: () => number;
  readonly log: Logger;
  readonly sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type CallApi = (method: string, payload: unknown, options?: { signal?: AbortSignal }) => Promise<unknown>;

/** Installs the retry on one Telegram client (telegraf creates one per update). */
export function installRateLimitRetry(telegram: Telegram, options: RateLimitRetryOptions): void {
  const sleep = options.sleep ?? defaultSleep;
  const original = (telegram.callApi as unknown as CallApi).bind(telegram);
  const retrying: CallApi = async (method, payload, callOptions) => {
    try {
      return await original(method, payload, callOptions);
    } catch (err) {
      const apiError = asTelegramApiError(err);
      const retryAfter = apiError?.code === 429 ? apiError.parameters?.retry_after : undefined;
      if (typeof retryAfter !== 'number' || !Number.isFinite(retryAfter) || retryAfter < 0) throw err;
      const waitMs = retryAfter * 1000;
      const remaining = options.remainingTimeMs();
      if (waitMs + RETRY_HEADROOM_MS > remaining) {
        options.log.warn('telegram.rate_limited.giving_up', { method, retryAfter, remainingMs: Number.isFinite(remaining) ? remaining : null });
        throw err;
      }
      options.log.warn('telegram.rate_limited.retrying', { method, retryAfter });
      await sleep(waitMs);
      return await original(method, payload, callOptions);
    }
  };
  (telegram as unknown as { callApi: CallApi }).callApi = retrying;
}
