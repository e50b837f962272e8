/**
 * Property test: whatever an authenticated caller sends (generated updates of
 * every kind, hostile strings, random JSON), the webhook answers 200, nothing
 * throws, no handler fails, and every message the bot sends is valid Telegram
 * HTML within 4096 characters.
 */
import fc from 'fast-check';
import type { Update } from 'telegraf/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UpdateLedger } from '../../lambdas/core/store/dynamodb-update-ledger';
import { createLogger } from '../../lambdas/bot/structured-log';
import { createWebhookHandler } from '../../lambdas/webhook/webhook-request-handler';
import { startBotHarness, type BotHarness } from '../bot/support/bot-harness';
import { sentHtmlProblems } from '../bot/support/sent-messages';
import { BOT_USER } from '../support/fake-bot-api';
import { functionUrlEvent, lambdaContext } from './support/function-url-events';
import { KNOWLEDGE } from '../support/knowledge';

const SECRET = 'property-test-secret_0123456789';
const RUNS = 1_000;

const hostileFragments = fc.constantFrom(
  '<b>', '</b>', '<i>', '</a>', '<a href="javascript:alert(1)">', '<script>', '&', '&amp;', '&lt;', '&#65;', '&nbsp;', '"', "'", '>', '<',
  '\u202e', '\u0000', '\ud800', '\udfff', '\ud83d\ude00', '\u200b', '\n', '\t', '  ',
  '@factcheck_test_bot', '@FACTCHECK_TEST_BOT', '@other_bot', '/ask', '/ask@factcheck_test_bot', '/ask@other_bot', '/start', '/help', '/sources', '/about', '/start help',
  'How many Chinese died in WWII?', 'What did Xi say in Moscow?', 'how many soviet people died', 'putin', 'xi', 'moscow', 'beijing', 'WW2', '2020', 'casualties',
  ...KNOWLEDGE.guide.examples,
);

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.oneof(hostileFragments, fc.string({ maxLength: 12 })), { maxLength: 12 }).map((parts) => parts.join(' ')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 900, maxLength: 5_000 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n') },
);

const user = fc.record({ id: fc.integer({ min: 1, max: 2 ** 40 }), is_bot: fc.boolean(), first_name: hostileString, username: fc.option(fc.stringMatching(/^[a-z][a-z0-9_]{3,20}$/), { nil: undefined }) });
const botUser = fc.constant({ id: BOT_USER.id, is_bot: true, first_name: 'Fact Check', username: BOT_USER.username });
const chat = fc.oneof(
  fc.record({ id: fc.integer({ min: 1, max: 2 ** 40 }), type: fc.constant('private') }),
  fc.record({ id: fc.integer({ min: -(2 ** 45), max: -1 }), type: fc.constantFrom('group', 'supergroup', 'channel'), title: hostileString }),
  fc.record({ id: fc.integer(), type: fc.string({ maxLength: 10 }) }),
);
const entity = fc.record({
  type: fc.constantFrom('mention', 'bot_command', 'text_mention', 'bold', 'url', 'weird'),
  offset: fc.integer({ min: -5, max: 6000 }),
  length: fc.integer({ min: -5, max: 6000 }),
  user: fc.option(fc.oneof(user, botUser), { nil: undefined }),
});
const repliedTo = fc.record({ message_id: fc.nat(), date: fc.nat(), chat, from: fc.option(fc.oneof(user, botUser), { nil: undefined }), text: fc.option(hostileString, { nil: undefined }) }, { requiredKeys: ['message_id', 'date', 'chat'] });

const message = fc.record(
  {
    message_id: fc.nat(),
    date: fc.nat(),
    chat,
    from: user,
    text: hostileString,
    entities: fc.array(entity, { maxLength: 4 }),
    reply_to_message: repliedTo,
    via_bot: fc.oneof(user, botUser),
    sticker: fc.constant({ file_id: 'CAACAgIAAxkBAAEBbQ', file_unique_id: 'AgADbQ', width: 512, height: 512, is_animated: false, is_video: false, type: 'regular' }),
    caption: hostileString,
  },
  { requiredKeys: ['message_id', 'date', 'chat'] },
);

/** Real questions wrapped in hostile decoration, from people, in private chats and addressed in groups. */
const decoratedQuestion = fc
  .tuple(fc.constantFrom(...KNOWLEDGE.guide.examples, 'how many chinese died', 'what did putin say in 2020', 'soviet casualties ww2'), fc.array(hostileFragments, { maxLength: 3 }), fc.array(hostileFragments, { maxLength: 3 }))
  .map(([q, before, after]) => [...before, q, ...after].join(' '));
const plausibleMessage = fc
  .record({
    message_id: fc.nat(),
    date: fc.nat(),
    group: fc.boolean(),
    from: fc.record({ id: fc.integer({ min: 1, max: 2 ** 40 }), is_bot: fc.constant(false), first_name: hostileString }),
    text: decoratedQuestion,
  })
  .map(({ group, text, ...m }) =>
    group
      ? { ...m, chat: { id: -1001987654321, type: 'supergroup', title: 'History <nerds> & co' }, text: `@factcheck_test_bot ${text}` }
      : { ...m, chat: { id: m.from.id, type: 'private' }, text },
  );

const callbackData = fc.oneof(hostileString, fc.integer({ min: -5, max: 200 }).map((n) => `passages:${n}`), fc.constant('passages:1'), fc.string({ maxLength: 64 }));
const callbackQuery = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 20 }),
    from: user,
    chat_instance: fc.string(),
    data: callbackData,
    inline_message_id: fc.string({ minLength: 1, maxLength: 20 }),
    message: fc.record({ message_id: fc.nat(), date: fc.nat(), chat, from: fc.option(botUser, { nil: undefined }), text: fc.option(hostileString, { nil: undefined }), reply_to_message: repliedTo }, { requiredKeys: ['message_id', 'date', 'chat'] }),
  },
  { requiredKeys: ['id', 'from', 'chat_instance'] },
);
const inlineQuery = fc.record({ id: fc.string({ minLength: 1, maxLength: 20 }), from: user, query: hostileString, offset: fc.constantFrom('', '10', 'x'), chat_type: fc.constantFrom('sender', 'private', 'group', 'supergroup', 'channel') });
const myChatMember = fc.record({ chat, from: user, date: fc.nat(), old_chat_member: fc.record({ user: botUser, status: fc.constantFrom('left', 'member', 'kicked') }), new_chat_member: fc.record({ user: botUser, status: fc.constantFrom('left', 'member', 'administrator') }) });

/** Update bodies (update_id added per run so none is taken for a re-delivery). */
const updateBody: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 4, arbitrary: message.map((m) => ({ message: m })) },
  { weight: 3, arbitrary: plausibleMessage.map((m) => ({ message: m })) },
  { weight: 1, arbitrary: message.map((m) => ({ edited_message: m })) },
  { weight: 1, arbitrary: message.map((m) => ({ channel_post: m })) },
  { weight: 3, arbitrary: callbackQuery.map((q) => ({ callback_query: q })) },
  { weight: 3, arbitrary: inlineQuery.map((q) => ({ inline_query: q })) },
  { weight: 1, arbitrary: myChatMember.map((m) => ({ my_chat_member: m })) },
  { weight: 2, arbitrary: fc.dictionary(fc.string({ maxLength: 15 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.record({ message: fc.jsonValue({ maxDepth: 3 }) }) },
);

/** Whole request bodies that are not well-formed updates at all. */
const junkBody = fc.oneof(fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'), fc.string({ maxLength: 300 }));

describe('webhook property: anything authenticated gets 200 and only valid HTML goes out', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it(`holds for ${RUNS} generated updates and hostile strings`, { timeout: 600_000 }, async () => {
    // Prepare
    const lines: string[] = [];
    const log = createLogger({ sink: (_l, line) => lines.push(line), minLevel: 'warn' });
    const bot = h.bot({ log });
    const ledger: UpdateLedger = { recordFirstDelivery: async () => true };
    const handler = createWebhookHandler({
      runtime: async () => ({ webhookSecret: SECRET, bot: { handleUpdate: (u) => bot.handleUpdate(u as unknown as Update) } }),
      ledger,
      log,
    });
    let updateId = 1;
    let sentMessages = 0;
    let answers = 0;

    // Act / Assess
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 9, arbitrary: updateBody.map((b) => ({ kind: 'update' as const, b })) }, { weight: 1, arbitrary: junkBody.map((b) => ({ kind: 'junk' as const, b })) }), async (input) => {
        h.api.reset();
        lines.length = 0;
        const body = input.kind === 'update' ? JSON.stringify({ ...input.b, update_id: updateId++ }) : input.b;
        const res = await handler(functionUrlEvent({ secret: SECRET, body }), lambdaContext(30_000));
        const status = typeof res === 'object' ? res.statusCode : undefined;
        const expected = input.kind === 'junk' && !isJson(body) ? 400 : 200;
        expect(status).toBe(expected);
        expect(sentHtmlProblems(h.api)).toEqual([]);
        // A handler failure here would be a bug (the fake Bot API accepts everything).
        expect(lines.filter((l) => l.includes('bot.handler_failed') || l.includes('update.failed'))).toEqual([]);
        sentMessages += h.api.callsTo('sendMessage').length + h.api.callsTo('answerInlineQuery').length;
        // An answer carries its Show passages button (`full:<topic>`).
        answers += h.api.callsTo('sendMessage').filter((c) => JSON.stringify(c.body.reply_markup ?? '').includes('"full:')).length;
      }),
      { numRuns: RUNS },
    );

    // The generators must actually make the bot talk, or the property proves little.
    expect(sentMessages).toBeGreaterThan(RUNS / 10);
    expect(answers).toBeGreaterThan(RUNS / 100);
  });
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
