/**
 * The unanswered-question loop on DynamoDB Local: the real bot (private chat, group, inline) records what it
 * could not answer through answer-telemetry into the claims table, and npm run report's query lists it by
 * frequency. Nothing that identifies who asked, or where, is stored.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerTelemetry } from '../../lambdas/bot/answer-telemetry';
import { createLogger } from '../../lambdas/bot/structured-log';
import { DynamoDbUnansweredLog, UNANSWERED_RETENTION_DAYS } from '../../lambdas/core/store/dynamodb-unanswered-log';
import { languageOf, normaliseForLog } from '../../lambdas/core/telemetry/unanswered-text';
import { formatReport, parseSince, unansweredReport } from '../../scripts/report';
import { loadUpdate, withFreshId, type UpdateJson } from '../bot/fixtures';
import { startBotHarness, type BotHarness } from '../bot/support/bot-harness';

const DAY1 = Date.UTC(2026, 10, 30, 15, 0, 0);
const DAY2 = Date.UTC(2026, 11, 1, 9, 30, 0);

const privateAsk = (text: string, from: { id: number; first_name: string; username: string }): UpdateJson =>
  withFreshId({ ...loadUpdate('private-text'), message: { ...(loadUpdate('private-text').message as object), from: { ...from, is_bot: false }, chat: { ...from, type: 'private' }, text } });
const groupAsk = (text: string): UpdateJson => {
  const base = loadUpdate('group-mention');
  return withFreshId({ ...base, message: { ...(base.message as object), text: `@factcheck_test_bot ${text}` } });
};
const inlineAsk = (query: string): UpdateJson => {
  const base = loadUpdate('inline-query');
  return withFreshId({ ...base, inline_query: { ...(base.inline_query as object), query } });
};

describe('the unanswered-question log, end to end on DynamoDB Local', () => {
  let harness: BotHarness;
  let now = DAY1;
  let log: DynamoDbUnansweredLog;

  beforeAll(async () => {
    harness = await startBotHarness();
    log = new DynamoDbUnansweredLog(harness.table.docClient, harness.table.tableName, () => now);
    const telemetry = createAnswerTelemetry({ log: createLogger({ sink: () => undefined }), unanswered: log, metricNamespace: 'FactCheckBot/Test' });
    const bot = harness.bot({ onAnswer: (answer, via) => telemetry.onAnswer(answer, via) });
    const send = async (update: UpdateJson) => {
      await harness.send(bot, update);
      await telemetry.flush();
    };
    const anna = { id: 190311220, first_name: 'Anna', username: 'anna_k' };
    const ben = { id: 288100777, first_name: 'Ben', username: 'ben_t' };
    // Day 1
    await send(privateAsk('What is the population of Mars?', anna));
    await send(privateAsk('  what is the POPULATION of mars?  ', ben));
    await send(privateAsk('How many Soviet soldiers died in WWII?', anna));
    await send(privateAsk('How many Chinese died in WWII?', anna)); // answered: not recorded
    await send(groupAsk('What is the population of Mars?'));
    // Day 2
    now = DAY2;
    await send(inlineAsk('what is the population of mars'));
    await send(privateAsk('What is the population of Mars, asks anna@example.com, +44 20 7946 0958?', anna));
  }, 60_000);
  afterAll(() => harness.close());

  it('counts each question per day, chat type and near-miss flag, and leaves answered questions out', async () => {
    const rows = await unansweredReport(harness.table.docClient, harness.table.tableName, parseSince('7d', DAY2), DAY2);
    expect(rows.map((r) => [r.count, r.days, r.nearMiss, r.language, r.chatTypes.join(','), r.text])).toEqual([
      [3, 1, false, 'en', 'group,private', 'what is the population of mars?'],
      [1, 1, true, 'en', 'private', 'how many soviet soldiers died in wwii?'],
      [1, 1, false, 'en', 'inline', 'what is the population of mars'],
      [1, 1, false, 'en', 'private', 'what is the population of mars, asks <email>, <number>?'],
    ]);
    expect(rows.some((r) => r.text.includes('chinese died'))).toBe(false);
  });

  it('--since limits the days read', async () => {
    const lastDay = await unansweredReport(harness.table.docClient, harness.table.tableName, parseSince('2026-12-01', DAY2), DAY2);
    expect(lastDay.map((r) => r.chatTypes.join(','))).toEqual(['inline', 'private']);
  });

  it('stores no user id, chat id, name, username or message id: only the fields listed, with a 180-day TTL', async () => {
    const scan = await harness.table.docClient.send(new ScanCommand({ TableName: harness.table.tableName, FilterExpression: 'begins_with(pk, :p)', ExpressionAttributeValues: { ':p': 'UPD#UNANSWERED#' } }));
    const items = scan.Items ?? [];
    // Anna's and Ben's identical private questions of day 1 are one item counted twice.
    expect(items).toHaveLength(5);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(['chatType', 'count', 'day', 'expiresAt', 'language', 'nearMiss', 'pk', 'sk', 'text']);
      expect(item.expiresAt).toBe(Date.parse(`${String(item.day)}T00:00:00Z`) / 1000 + UNANSWERED_RETENTION_DAYS * 86_400);
      const text = JSON.stringify(item);
      for (const identifying of ['190311220', '288100777', '502233114', '1001987654321', 'anna', 'Anna', 'ben_t', 'Ben', 'marco', 'Marco', 'History nerds', '2783920123456789012', '7946', '"51"', '3120']) {
        expect(text, `${identifying} in ${text}`).not.toContain(identifying);
      }
    }
  });

  it('prints the report by frequency', async () => {
    const rows = await unansweredReport(harness.table.docClient, harness.table.tableName, parseSince('7d', DAY2), DAY2);
    const lines = formatReport(rows, 'Unanswered questions since 2026-11-24');
    expect(lines[1]).toBe('  6 questions, 4 distinct; near miss = only related claims were shown');
    expect(lines[4]).toMatch(/^\s+3\s+1\s+none\s+en\s+group,private\s+what is the population of mars\?$/);
    expect(formatReport([], 'x')).toEqual(['x', '  no unanswered questions recorded']);
  });
});

describe('what is kept of a question', () => {
  it('is normalised and masked', () => {
    expect(normaliseForLog('  What did   @someone say? See https://t.me/x/1 ')).toBe('what did <user> say? see <link>');
    expect(normaliseForLog('Ｆｕｌｌｗｉｄｔｈ 12345')).toBe('fullwidth 12345');
    expect(normaliseForLog('x'.repeat(500))).toHaveLength(200);
    expect(languageOf('Сколько китайцев погибло?')).toBe('ru');
    expect(languageOf('二战中有多少中国人死亡？')).toBe('zh');
    expect(languageOf('How many?')).toBe('en');
  });

  it('parses --since', () => {
    expect(parseSince('7d', DAY2)).toBe(DAY2 - 7 * 86_400_000);
    expect(parseSince('24h', DAY2)).toBe(DAY2 - 86_400_000);
    expect(() => parseSince('last week', DAY2)).toThrow(/--since takes 7d, 24h or a date/);
  });
});
