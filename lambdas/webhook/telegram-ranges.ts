/**
 * The address ranges Telegram sends webhook requests from, as published in
 * the Bot API's webhook guide: 149.154.160.0/20 and 91.108.4.0/22. Used only
 * to tell a 401 that Telegram received (the secret no longer matches: every
 * update is failing) from junk sent by anyone else. Not an access control:
 * the secret token is.
 */
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [ipv4('149.154.160.0'), 20],
  [ipv4('91.108.4.0'), 22],
];

function ipv4(text: string): number {
  const parts = text.split('.');
  if (parts.length !== 4) return -1;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return -1;
    const n = Number(part);
    if (n > 255) return -1;
    value = value * 256 + n;
  }
  return value;
}

export function isTelegramAddress(ip: string | undefined): boolean {
  if (!ip) return false;
  const value = ipv4(ip.startsWith('::ffff:') ? ip.slice(7) : ip);
  if (value < 0) return false;
  return RANGES.some(([base, bits]) => Math.floor(value / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)));
}
