/**
 * One JSON object per log line, so CloudWatch Logs Insights can filter on
 * fields. Errors are reduced to safe fields before they are logged: an HTTP
 * error object can carry the request URL (`/bot<TOKEN>/method`) or the whole
 * request payload, so it is never logged as a whole.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** Where lines go; console by default, a capture array in tests. */
export type LogSink = (level: LogLevel, line: string) => void;

const consoleSink: LogSink = (level, line) => {
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
};

/**
 * For Lambda: each line straight to stdout, not through console.*. Lambda's
 * Node.js runtime prefixes console output with a timestamp, the request id
 * and the level ("2025-…Z\t<id>\tERROR\t{…}"), and a CloudWatch Logs JSON
 * filter such as `{ $.level = "error" }` (the bot's error-log alarm) only
 * matches a log event that is JSON as a whole. Lines never contain a raw
 * newline (JSON.stringify escapes them), so one line is one log event.
 */
export const lambdaLogSink: LogSink = (_level, line) => {
  process.stdout.write(`${line}\n`);
};

/** A bot token looks like `123456789:AA…`; redact anything shaped like one, wherever it hides. */
const TOKEN_SHAPE = /\d{5,}:[A-Za-z0-9_-]{20,}/g;

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(TOKEN_SHAPE, '[REDACTED]');
  for (const secret of secrets) if (secret.length >= 6 && out.includes(secret)) out = out.split(secret).join('[REDACTED]');
  return out;
}

export interface CreateLoggerOptions {
  readonly sink?: LogSink;
  /** Exact strings never to print (the bot token, the webhook secret), filled in once they are known. */
  readonly secrets?: () => readonly string[];
  readonly minLevel?: LogLevel;
  /** Fields on every line (e.g. the service name). */
  readonly base?: LogFields;
}

const LEVEL_ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(options: CreateLoggerOptions = {}): Logger {
  const sink = options.sink ?? consoleSink;
  const min = LEVEL_ORDER[options.minLevel ?? 'info'];
  const write = (level: LogLevel, event: string, fields: LogFields = {}) => {
    if (LEVEL_ORDER[level] < min) return;
    let line: string;
    try {
      // level and event stay first, and no field can overwrite them (the error-log alarm filters on level).
      const entry: LogFields = { level, event, time: new Date().toISOString(), ...options.base, ...fields };
      entry.level = level;
      entry.event = event;
      line = JSON.stringify(entry);
    } catch {
      // Circular or BigInt fields: keep the event rather than lose the line.
      line = JSON.stringify({ level, event, time: new Date().toISOString(), note: 'fields not serialisable' });
    }
    sink(level, redact(line, options.secrets?.() ?? []));
  };
  return {
    debug: (event, fields) => write('debug', event, fields),
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}

/** A Telegram API error as telegraf throws it (TelegramError), recognised by shape. */
export interface TelegramApiErrorShape {
  readonly code: number;
  readonly description: string;
  readonly parameters?: { readonly retry_after?: number };
  readonly on?: { readonly method?: string };
}

export function asTelegramApiError(err: unknown): TelegramApiErrorShape | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as Partial<TelegramApiErrorShape> & { response?: unknown };
  if (typeof e.code === 'number' && typeof e.description === 'string' && typeof e.response === 'object') return e as TelegramApiErrorShape;
  return undefined;
}

/**
 * The safe summary of an error: for Telegram API errors the method, code and
 * description only; otherwise the name, the (redacted) message, the first
 * stack frames and the cause chain, but never the object itself.
 */
export function describeError(err: unknown, depth = 0): LogFields {
  const telegram = asTelegramApiError(err);
  if (telegram) {
    return {
      kind: 'telegram',
      method: telegram.on?.method,
      code: telegram.code,
      description: telegram.description,
      ...(telegram.parameters?.retry_after !== undefined ? { retryAfter: telegram.parameters.retry_after } : {}),
    };
  }
  if (err instanceof Error) {
    const awsCode = (err as { $metadata?: unknown; name: string }).$metadata !== undefined ? { aws: true } : {};
    return {
      name: err.name,
      message: redact(err.message),
      ...awsCode,
      stack: err.stack?.split('\n').slice(1, 6).map((l) => redact(l.trim())),
      ...(err.cause !== undefined && depth < 3 ? { cause: describeError(err.cause, depth + 1) } : {}),
    };
  }
  return { kind: typeof err, value: redact(String(err)).slice(0, 200) };
}
