/**
 * One JSON object per line (the same shape as the bot's log: level, event,
 * time, fields), with anything shaped like a bot token redacted. The alarm on
 * webhook-registration failures is a metric filter on the `event` field.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const ORDER: Record<LogLevel | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const TOKEN_SHAPE = /\d{5,}:[A-Za-z0-9_-]{20,}/g;

export function redactTokens(text: string): string {
  return text.replace(TOKEN_SHAPE, '[REDACTED]');
}

export function log(level: LogLevel, event: string, fields: Record<string, unknown> = {}): void {
  const min = ORDER[(process.env.LOG_LEVEL as LogLevel | 'silent' | undefined) ?? 'info'] ?? ORDER.info;
  if (ORDER[level] < min) return;
  const line = redactTokens(JSON.stringify({ level, event, time: new Date().toISOString(), ...fields }));
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
}
