import { TelegramError } from 'telegraf';
import { describe, expect, it, vi } from 'vitest';
import { createLogger, describeError, lambdaLogSink, redact } from '../../lambdas/bot/structured-log';

const TOKEN = '123456789:AAEfakeTokenForTests_abcdefghijklmno';

describe('structured logs', () => {
  it('writes one JSON object per line with level and event', () => {
    // Prepare
    const lines: string[] = [];
    const log = createLogger({ sink: (_l, line) => lines.push(line), base: { service: 'test' } });

    // Act
    log.info('update.handled', { updateId: 1 });
    log.debug('hidden');

    // Assess
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 'info', event: 'update.handled', service: 'test', updateId: 1 });
  });

  it('keeps level and event first, whatever the fields are called', () => {
    // Prepare
    const lines: string[] = [];
    const log = createLogger({ sink: (_l, line) => lines.push(line), base: { level: 'base' } });

    // Act
    log.error('answer.failed', { level: 'info', event: 'other' });

    // Assess
    expect(lines[0]).toMatch(/^\{"level":"error","event":"answer.failed",/);
  });

  it('writes each line for Lambda as one whole line on stdout, so a JSON metric filter can read it', () => {
    // Prepare
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => (written.push(String(chunk)), true));
    const log = createLogger({ sink: lambdaLogSink });

    // Act
    try {
      log.error('answer.failed', { text: 'two\nlines' });
    } finally {
      spy.mockRestore();
    }

    // Assess
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^\{"level":"error".*\}\n$/);
    expect(written[0]!.slice(0, -1)).not.toContain('\n');
  });

  it('redacts token-shaped strings and known secrets anywhere in a line', () => {
    // Prepare
    const lines: string[] = [];
    const log = createLogger({ sink: (_l, line) => lines.push(line), secrets: () => ['webhook-secret-value'] });

    // Act
    log.error('x', { url: `https://api.telegram.org/bot${TOKEN}/sendMessage`, nested: { s: 'webhook-secret-value' } });

    // Assess
    expect(lines[0]).not.toContain(TOKEN);
    expect(lines[0]).not.toContain('webhook-secret-value');
    expect(redact(`bot${TOKEN}/x`)).toBe('bot[REDACTED]/x');
  });

  it('reduces a Telegram error to method, code and description', () => {
    // Prepare
    const err = new TelegramError({ error_code: 400, description: "Bad Request: can't parse entities" }, { method: 'sendMessage', payload: { chat_id: 1, text: 'private user text' } });

    // Act
    const fields = describeError(err);

    // Assess
    expect(fields).toEqual({ kind: 'telegram', method: 'sendMessage', code: 400, description: "Bad Request: can't parse entities" });
  });

  it('keeps the cause chain of ordinary errors, redacted', () => {
    // Prepare
    const err = new Error('outer', { cause: new Error(`request to /bot${TOKEN}/getMe failed`) });

    // Act
    const fields = describeError(err);

    // Assess
    expect(fields).toMatchObject({ name: 'Error', message: 'outer', cause: { message: 'request to /bot[REDACTED]/getMe failed' } });
    expect(JSON.stringify(fields)).not.toContain(TOKEN);
  });

  it('survives values that are not errors and fields that cannot be serialised', () => {
    // Prepare
    const lines: string[] = [];
    const log = createLogger({ sink: (_l, line) => lines.push(line) });
    const circular: Record<string, unknown> = {};
    circular.self = circular;

    // Act
    log.warn('odd', { circular, error: describeError('a string') });

    // Assess
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ event: 'odd' });
  });
});
