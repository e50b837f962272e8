/** Reads what the bot sent out of the fake Bot API's recorded calls. */
import type { FakeBotApi, RecordedCall } from '../../support/fake-bot-api';
import { telegramHtmlProblems } from '../telegram-html-validator';

export interface SentHtml {
  readonly method: string;
  readonly text: string;
  readonly parseMode: unknown;
}

function asObject(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** Every text the bot sent for display: messages, edits, inline results' message_text. */
export function sentHtml(calls: readonly RecordedCall[]): SentHtml[] {
  const out: SentHtml[] = [];
  for (const call of calls) {
    if (call.method === 'sendMessage' || call.method === 'editMessageText') {
      out.push({ method: call.method, text: String(call.body.text ?? ''), parseMode: call.body.parse_mode });
    } else if (call.method === 'answerInlineQuery') {
      const results = call.body.results;
      const list = Array.isArray(results) ? results : (asObject(results) as unknown as unknown[]);
      for (const r of Array.isArray(list) ? list : []) {
        const content = asObject(asObject(r).input_message_content);
        out.push({ method: 'answerInlineQuery', text: String(content.message_text ?? ''), parseMode: content.parse_mode });
      }
    }
  }
  return out;
}

/** Problems with any sent text: invalid Telegram HTML, too long, or sent without HTML parse mode. */
export function sentHtmlProblems(api: FakeBotApi): string[] {
  return sentHtml(api.calls).flatMap((m) => {
    const problems = telegramHtmlProblems(m.text).map((p) => `${m.method}: ${p}: ${JSON.stringify(m.text.slice(0, 120))}`);
    if (m.parseMode !== 'HTML') problems.push(`${m.method}: parse_mode is ${String(m.parseMode)}`);
    return problems;
  });
}

export function inlineResults(call: RecordedCall | undefined): Array<Record<string, unknown>> {
  const results = call?.body.results;
  return Array.isArray(results) ? (results as Array<Record<string, unknown>>) : [];
}
