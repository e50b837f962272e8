/**
 * Notices when Telegram refuses the bot token itself: 401 Unauthorized (the
 * token was revoked in BotFather) or 404 Not Found (no bot has this token).
 * Either way no call with this token will ever succeed again, so the owner of
 * the token (the webhook's cached runtime) must drop it and read the secret
 * again, and the operator must hear about it: it is logged at error level,
 * which the bot's error-log alarm counts.
 */
import type { Telegram } from 'telegraf';
import { asTelegramApiError, type Logger } from './structured-log';

/** Bot API error codes that mean "this token is not (or no longer) a bot's". */
export const TOKEN_REJECTED_CODES: ReadonlySet<number> = new Set([401, 404]);

export interface TokenWatchOptions {
  readonly log: Logger;
  /** Called on every refusal of the token; must be cheap and must not throw. */
  readonly onTokenRejected?: () => void;
}

type CallApi = (method: string, payload: unknown, options?: { signal?: AbortSignal }) => Promise<unknown>;

/** Wraps one Telegram client's callApi (telegraf creates one per update). */
export function installTokenRejectionWatch(telegram: Telegram, options: TokenWatchOptions): void {
  const original = (telegram.callApi as unknown as CallApi).bind(telegram);
  const watched: CallApi = async (method, payload, callOptions) => {
    try {
      return await original(method, payload, callOptions);
    } catch (err) {
      const apiError = asTelegramApiError(err);
      if (apiError && TOKEN_REJECTED_CODES.has(apiError.code)) {
        options.log.error('telegram.token_rejected', {
          method,
          code: apiError.code,
          description: apiError.description,
          action: options.onTokenRejected ? 'the cached token is dropped; the secret is read again on the next request' : 'none',
        });
        try {
          options.onTokenRejected?.();
        } catch {
          // Never let the bookkeeping hide the original error.
        }
      }
      throw err;
    }
  };
  (telegram as unknown as { callApi: CallApi }).callApi = watched;
}
