/**
 * Checks Telegram's X-Telegram-Bot-Api-Secret-Token header in constant time.
 * Both sides are hashed first, so neither the length nor a common prefix of
 * the expected secret leaks through timing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/**
 * How long after a rotation (the new version's CreatedDate) the previous webhook secret is still accepted.
 * npm run rotate-webhook-secret hands Telegram the new secret about 6 minutes after storing it; an hour
 * covers that, an interrupted rotation and Telegram's first retries, and keeps a leaked old secret short-lived.
 */
export const WEBHOOK_SECRET_GRACE_MS = 60 * 60 * 1000;

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

export function secretMatches(received: string | undefined, expected: string): boolean {
  // Hash even a missing header, so a missing and a wrong header take the same time.
  const same = timingSafeEqual(digest(received ?? ''), digest(expected));
  return same && received !== undefined && expected.length > 0;
}

export interface SecretChecker {
  readonly secret: string;
  /** `secretMatches(received, secret)`, with the expected side hashed once instead of per request. */
  matches(received: string | undefined): boolean;
}

export function secretChecker(expected: string): SecretChecker {
  const expectedDigest = digest(expected);
  return {
    secret: expected,
    matches: (received) => timingSafeEqual(digest(received ?? ''), expectedDigest) && received !== undefined && expected.length > 0,
  };
}

/** Header lookup that does not depend on the case the proxy used (Function URLs lower-case them). */
export function headerValue(headers: Record<string, string | undefined> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const direct = headers[name];
  if (direct !== undefined) return direct;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}
