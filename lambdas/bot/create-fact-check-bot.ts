/**
 * The Telegram bot: one telegraf instance, the same for the Lambda webhook and
 * for `npm run dev` (long polling). Everything it talks to is injected: the
 * question answerer, the store (for /sources), the logger, and the time left
 * in the current invocation.
 *
 * What it answers:
 * - private chats: any text is a question;
 * - groups: only when addressed (mention, reply to the bot, /ask), silent
 *   otherwise and on a mention or reply that is not a question ("thanks!");
 *   a question no source covers gets one short line; channels: nothing;
 * - inline queries: one result per topic, or example questions;
 * - "Show passages" buttons: the same answer again with the full excerpts.
 * Nothing a chat can send may crash it; every failure is logged with safe
 * fields only (see structured-log.ts).
 */
import { Telegraf, type Context } from 'telegraf';
import type { InlineKeyboardButton, InlineQueryResult, InlineKeyboardMarkup, Message, UserFromGetMe } from 'telegraf/types';
import type { Answer } from '../core/answer/answer-types';
import { MESSAGE_CHARS, renderReply, topicAnswerLine, topicIn } from '../core/answer/render-answer';
import { replyWords } from '../core/answer/reply-words';
import { examplesIn, type Guide } from '../core/knowledge/knowledge-schema';
import type { ClaimsStore } from '../core/store/claims-store';
import {
  SHOW_PASSAGES_LABEL,
  moreTopicsLabel,
  aboutHtml,
  noClaimsInGroupHtml,
  nonTextHintHtml,
  sourcesHtml,
  sourcesUnavailableHtml,
  sourcesUnavailableText,
  tooLongHtml,
  unknownCommandHtml,
  usageHtml,
  welcomeHtml,
} from './bot-replies';
import { MAX_QUESTION_CHARS, cleanQuestion, questionOf, routeMessage, type BotIdentity, type RoutableMessage } from './message-routing';
import { asTelegramApiError, describeError, type Logger } from './structured-log';
import { exampleResultDescription, topicResultDescription } from './inline-descriptions';
import { installRateLimitRetry } from './telegram-retry';
import { installTokenRejectionWatch } from './telegram-token-watch';
import { asTelegramUpdate } from './update-shape';
import { packBlocks, truncatePlain } from './telegram-html';

export interface QuestionAnswering {
  /** `userLanguage`: the asker's Telegram language_code, for a message whose own words don't tell its language. */
  answer(question: string, options?: { readonly userLanguage?: string }): Promise<Answer>;
  /** Groups: does a message addressed to the bot read as a question? Without it, every message does. */
  looksLikeQuestion?(text: string): boolean;
}

/** The sender's Telegram language_code, where the message carries one. */
function languageCodeOf(message: unknown): string | undefined {
  const code = (message as { from?: { language_code?: unknown } | null }).from?.language_code;
  return typeof code === 'string' ? code : undefined;
}

export interface FactCheckBotDeps {
  readonly token: string;
  readonly answerer: QuestionAnswering;
  readonly store: Pick<ClaimsStore, 'listSources'>;
  readonly log: Logger;
  /** Shown by /help and offered for empty inline queries. */
  readonly exampleQuestions: readonly string[];
  /** The same for users whose Telegram is in Russian or Chinese (data/guide.json localExamples); English ones otherwise. */
  readonly localExamples?: Guide['localExamples'];
  /** Preset in Lambda so telegraf never calls getMe; omitted in long polling (launch() calls getMe). */
  readonly botInfo?: UserFromGetMe;
  /** Bot API root (a local Bot API server or a test double). */
  readonly apiRoot?: string;
  /** Time left in the current invocation; decides whether a 429 can be retried. */
  readonly remainingTimeMs?: () => number;
  /** Injected in tests to skip real waits on 429. */
  readonly sleep?: (ms: number) => Promise<void>;
  /**
   * Telegram refused the token (401 Unauthorized or 404 Not Found): it was revoked or replaced.
   * The webhook drops its cached token here so that the next request reads the secret again.
   */
  readonly onTokenRejected?: () => void;
  /** Groups only: whether a mention or reply reads as a question (else silence). The answerer's, unless a test injects one. */
  readonly looksLikeQuestion?: (text: string) => boolean;
  /** Told of every answer looked up, and where it was asked (lambdas/bot/answer-telemetry.ts); must not throw. */
  readonly onAnswer?: (answer: Answer, via: 'private' | 'group' | 'inline') => void;
}

/** Inline answers change only when the data is redeployed; examples even less. */
export const INLINE_CACHE_SECONDS = 300;
const INLINE_MAX_RESULTS = 50;
const EXAMPLES_MEMO_MS = 10 * 60 * 1000;

/**
 * callback_data of the buttons under an answer: `full:<first topic>` ("Show
 * passages" for the topics of that message) and `more:<first topic>` (the
 * next page). `passages:<n>` is what earlier deploys put under their answers:
 * it still shows the passages from the first topic.
 */
const BUTTON_DATA = /^(?:(full|more):([0-9]{1,2})|(passages):[1-9][0-9]?)$/;
export const passagesCallbackData = (fromTopic: number) => `full:${Math.min(99, Math.max(0, fromTopic))}`;
export const moreCallbackData = (fromTopic: number) => `more:${Math.min(99, Math.max(0, fromTopic))}`;

/** The BotInfo telegraf needs, built from configuration instead of a getMe call. */
export function botInfoFromConfig(id: number, username: string): UserFromGetMe {
  return {
    id,
    is_bot: true,
    first_name: username,
    username,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: true,
  };
}

interface SendOptions {
  readonly replyTo?: number;
  readonly keyboard?: InlineKeyboardMarkup;
}

const htmlExtra = { parse_mode: 'HTML' as const, link_preview_options: { is_disabled: true } };

class AnswerUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AnswerUnavailableError';
  }
}

/** telegraf's ctx.updateType throws for update kinds it does not know; logging must not. */
function updateTypeOf(ctx: Context): string {
  try {
    return ctx.updateType;
  } catch {
    return Object.keys(ctx.update).find((k) => k !== 'update_id') ?? 'none';
  }
}

export function createFactCheckBot(deps: FactCheckBotDeps): Telegraf<Context> {
  const { log, answerer, store, exampleQuestions } = deps;
  const looksLikeQuestion = deps.looksLikeQuestion ?? (answerer.looksLikeQuestion ? (text: string) => answerer.looksLikeQuestion?.(text) ?? true : undefined);
  const remainingTimeMs = deps.remainingTimeMs ?? (() => Number.POSITIVE_INFINITY);
  const bot = new Telegraf<Context>(deps.token, {
    telegram: {
      ...(deps.apiRoot ? { apiRoot: deps.apiRoot } : {}),
      // Always a real HTTP call: a webhook reply would hide whether Telegram accepted the message.
      webhookReply: false,
    },
    // Longer than any sensible Lambda timeout; the webhook handler enforces the real deadline.
    handlerTimeout: 120_000,
  });
  if (deps.botInfo) bot.botInfo = deps.botInfo;

  const guide = { examples: exampleQuestions, ...(deps.localExamples ? { localExamples: deps.localExamples } : {}) };
  /** The example questions in the user's Telegram language. */
  const examples = (ctx: Context) => examplesIn(guide, ctx.from?.language_code);
  const me = (ctx: Context): BotIdentity => ({ id: ctx.botInfo.id, username: ctx.botInfo.username });

  async function lookup(question: string, userLanguage?: string): Promise<Answer> {
    try {
      return await answerer.answer(question, userLanguage !== undefined ? { userLanguage } : {});
    } catch (cause) {
      throw new AnswerUnavailableError('the question answerer failed', { cause });
    }
  }

  /** One message of the short answer, from a topic on, with its buttons: Show passages, More: N topics. */
  function shortReply(answer: Answer, fromTopic = 0): { html: string; keyboard?: InlineKeyboardMarkup } {
    const reply = renderReply(answer, { format: 'html', passages: 'short', fromTopic });
    const html = packBlocks(reply.blocks)[0] ?? '';
    const buttons: InlineKeyboardButton[] = [];
    // The buttons speak the reply's language, as its frame does.
    const w = replyWords(answer.language);
    if (answer.answered || (answer.related ?? []).length > 0) buttons.push({ text: w.language === 'en' ? SHOW_PASSAGES_LABEL : w.showPassages, callback_data: passagesCallbackData(fromTopic) });
    if (reply.moreTopics > 0) buttons.push({ text: w.language === 'en' ? moreTopicsLabel(reply.moreTopics) : w.moreTopics(reply.moreTopics), callback_data: moreCallbackData(fromTopic + reply.shownTopics) });
    return buttons.length > 0 ? { html, keyboard: { inline_keyboard: [buttons] } } : { html };
  }

  /** The passages of the topics one short message showed, packed into as many messages as they need. */
  function fullReply(answer: Answer, fromTopic: number): string[] {
    const shown = renderReply(answer, { format: 'html', passages: 'short', fromTopic }).shownTopics;
    const paged: Answer = answer.answered ? { ...answer, topics: answer.topics.slice(fromTopic, fromTopic + Math.max(1, shown)) } : answer;
    return packBlocks(renderReply(paged, { format: 'html', passages: 'full' }).blocks);
  }

  async function send(ctx: Context, chatId: number, html: string, options: SendOptions = {}): Promise<Message.TextMessage> {
    return ctx.telegram.sendMessage(chatId, html, {
      ...htmlExtra,
      ...(options.replyTo !== undefined ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } } : {}),
      ...(options.keyboard ? { reply_markup: options.keyboard } : {}),
    });
  }

  async function sendAll(ctx: Context, chatId: number, messages: readonly string[], options: SendOptions = {}): Promise<void> {
    for (const [i, html] of messages.entries()) {
      const last = i === messages.length - 1;
      await send(ctx, chatId, html, { ...(options.replyTo !== undefined ? { replyTo: options.replyTo } : {}), ...(last && options.keyboard ? { keyboard: options.keyboard } : {}) });
    }
  }

  /** Sends the apology, and never throws: it runs when things are already going wrong. */
  async function apologise(ctx: Context, chatId: number, replyTo?: number): Promise<void> {
    try {
      await send(ctx, chatId, sourcesUnavailableHtml(ctx.from?.language_code), replyTo !== undefined ? { replyTo } : {});
    } catch (err) {
      log.warn('reply.apology_failed', { error: describeError(err) });
    }
  }

  async function answerQuestion(ctx: Context, chatId: number, question: string, replyTo: number, inGroup: boolean): Promise<void> {
    // "typing…" runs alongside the lookup rather than before it: it costs no latency.
    const typing = ctx.telegram.sendChatAction(chatId, 'typing').catch((err: unknown) => log.warn('typing.failed', { error: describeError(err) }));
    let answer: Answer;
    try {
      answer = await lookup(question, ctx.from?.language_code);
    } catch (err) {
      log.error('answer.failed', { chatId, error: describeError(err) });
      await typing;
      await apologise(ctx, chatId, replyTo);
      return;
    }
    deps.onAnswer?.(answer, inGroup ? 'group' : 'private');
    if (!answer.answered && inGroup && answer.reason !== 'near-miss') {
      // Short in a group: the private chat's list of what the bot knows would flood it. A near miss is
      // shown in full: what the sources do give is the answer a fact-checker would give.
      await typing;
      await send(ctx, chatId, noClaimsInGroupHtml(answer.reason, answer.language), { replyTo });
      log.info('answer.sent', { chatId, answered: false, topics: 0, messages: 1 });
      return;
    }
    const reply = shortReply(answer);
    await typing;
    await send(ctx, chatId, reply.html, { replyTo, ...(reply.keyboard ? { keyboard: reply.keyboard } : {}) });
    log.info('answer.sent', { chatId, answered: answer.answered, topics: answer.topics.length, messages: 1 });
  }

  async function sendSources(ctx: Context, chatId: number): Promise<void> {
    let blocks: string[];
    try {
      blocks = sourcesHtml(await store.listSources(), ctx.from?.language_code);
    } catch (err) {
      log.error('sources.failed', { error: describeError(err) });
      await apologise(ctx, chatId);
      return;
    }
    await sendAll(ctx, chatId, packBlocks(blocks));
  }

  // The webhook checks the shape before the bot sees an update; long polling has no such gate, so check here too.
  bot.use(async (ctx, next) => {
    if (!asTelegramUpdate(ctx.update)) {
      log.warn('update.ignored', { reason: 'malformed update', updateId: ctx.update.update_id });
      return;
    }
    await next();
  });

  // Every update gets its own Telegram client from telegraf, so the 429 retry and the token watch are installed per update.
  bot.use(async (ctx, next) => {
    installRateLimitRetry(ctx.telegram, { remainingTimeMs, log, ...(deps.sleep ? { sleep: deps.sleep } : {}) });
    installTokenRejectionWatch(ctx.telegram, { log, ...(deps.onTokenRejected ? { onTokenRejected: deps.onTokenRejected } : {}) });
    await next();
  });

  bot.on('message', async (ctx) => {
    const message = ctx.message as Message & RoutableMessage;
    const chatId = message.chat.id;
    const route = routeMessage(message, me(ctx), { looksLikeQuestion });
    const replyTo = message.message_id;
    switch (route.kind) {
      case 'ignore':
        log.debug('message.ignored', { reason: route.reason });
        return;
      case 'question':
        await answerQuestion(ctx, chatId, route.question, replyTo, message.chat.type !== 'private');
        return;
      case 'too-long':
        await send(ctx, chatId, tooLongHtml(examples(ctx), ctx.from?.language_code), { replyTo });
        return;
      case 'usage':
        await send(ctx, chatId, usageHtml(me(ctx).username, examples(ctx), ctx.from?.language_code), { replyTo });
        return;
      case 'unknown-command':
        await send(ctx, chatId, unknownCommandHtml(ctx.from?.language_code), { replyTo });
        return;
      case 'non-text':
        await send(ctx, chatId, nonTextHintHtml(examples(ctx), ctx.from?.language_code));
        return;
      case 'command':
        switch (route.command) {
          case 'start':
          case 'help':
            await sendAll(ctx, chatId, packBlocks(welcomeHtml(me(ctx).username, examples(ctx), ctx.from?.language_code)));
            return;
          case 'about':
            await sendAll(ctx, chatId, packBlocks(aboutHtml(ctx.from?.language_code)));
            return;
          case 'sources':
            await sendSources(ctx, chatId);
            return;
        }
    }
  });

  bot.on('callback_query', async (ctx) => {
    const query = ctx.callbackQuery;
    const data = 'data' in query ? query.data : undefined;
    const match = typeof data === 'string' ? BUTTON_DATA.exec(data) : null;
    if (!match) {
      log.info('callback.unknown', { hasData: typeof data === 'string' });
      await ctx.answerCbQuery(replyWords(ctx.from?.language_code).buttonGone);
      return;
    }
    const action = match[1] === 'more' ? 'more' : 'full';
    const fromTopic = match[3] === 'passages' ? 0 : Number(match[2]);
    const message = query.message;
    const original = message && 'reply_to_message' in message ? message.reply_to_message : undefined;
    const question = original ? questionOf(original as RoutableMessage, me(ctx)) : undefined;
    if (!message || !original || question === undefined) {
      await ctx.answerCbQuery(replyWords(ctx.from?.language_code).questionGone);
      return;
    }
    let answer: Answer;
    try {
      // The asker's language, not the presser's: in a group they may differ, and the message keeps the asker's.
      answer = await lookup(question, languageCodeOf(original) ?? ctx.from?.language_code);
    } catch (err) {
      log.error('answer.failed', { via: 'callback', error: describeError(err) });
      await ctx.answerCbQuery(sourcesUnavailableText(ctx.from?.language_code), { show_alert: true });
      return;
    }
    await ctx.answerCbQuery();
    const chatId = message.chat.id;
    if (action === 'more') {
      // The next page as a new message under the question; this message keeps its own Show passages.
      const reply = shortReply(answer, fromTopic);
      // A button from before a redeploy may point past the last topic: nothing to send, the button goes.
      if (reply.html.length > 0) await send(ctx, chatId, reply.html, { replyTo: original.message_id, ...(reply.keyboard ? { keyboard: reply.keyboard } : {}) });
      await dropButton(ctx, chatId, message, 'more:');
      log.info('more.sent', { chatId, fromTopic });
      return;
    }
    const full = fullReply(answer, fromTopic);
    try {
      const kept = keptButtons(message, 'full:');
      if (full.length === 1 && full[0] !== undefined) {
        // The passages fit this one message: expand it in place, keeping a More button if it had one.
        await ctx.telegram.editMessageText(chatId, message.message_id, undefined, full[0], { ...htmlExtra, reply_markup: { inline_keyboard: kept } });
      } else {
        // Too long for one message: send the passages after it, then drop its Show passages button.
        await sendAll(ctx, chatId, full, { replyTo: original.message_id });
        await ctx.telegram.editMessageReplyMarkup(chatId, message.message_id, undefined, { inline_keyboard: kept });
      }
    } catch (err) {
      // A double tap edits an already expanded message: Telegram says "message is not modified". Harmless.
      if (asTelegramApiError(err)?.description.includes('message is not modified')) return;
      throw err;
    }
    log.info('passages.sent', { chatId, messages: full.length });
  });

  /** A message's buttons without those whose callback data starts with `prefix` (the one just used). */
  function keptButtons(message: object, prefix: string): InlineKeyboardButton[][] {
    const markup = (message as { reply_markup?: InlineKeyboardMarkup }).reply_markup;
    const rows = markup?.inline_keyboard ?? [];
    return rows.map((row) => row.filter((b) => !('callback_data' in b && typeof b.callback_data === 'string' && (b.callback_data.startsWith(prefix) || (prefix === 'full:' && b.callback_data.startsWith('passages:')))))).filter((row) => row.length > 0);
  }

  async function dropButton(ctx: Context, chatId: number, message: object & { message_id: number }, prefix: string): Promise<void> {
    try {
      await ctx.telegram.editMessageReplyMarkup(chatId, message.message_id, undefined, { inline_keyboard: keptButtons(message, prefix) });
    } catch (err) {
      if (!asTelegramApiError(err)?.description.includes('message is not modified')) throw err;
    }
  }

  /** One inline result's message: the passages too if they fit one message, else the short answer. */
  function inlineMessage(answer: Answer): string {
    const full = packBlocks(renderReply(answer, { format: 'html', passages: 'full' }).blocks);
    if (full.length === 1 && full[0] !== undefined && full[0].length <= MESSAGE_CHARS) return full[0];
    return shortReply(answer).html;
  }

  /** By the examples' language: a Russian user's inline suggestions are Russian questions with Russian replies. */
  const examplesMemo = new Map<readonly string[], { at: number; results: InlineQueryResult[] }>();

  async function exampleResults(ctx: Context): Promise<InlineQueryResult[]> {
    const questions = examples(ctx);
    const memo = examplesMemo.get(questions);
    if (memo && Date.now() - memo.at < EXAMPLES_MEMO_MS) return memo.results;
    const answers = await Promise.all(questions.map((q) => lookup(q, ctx.from?.language_code)));
    const results: InlineQueryResult[] = answers
      .filter((a) => a.answered)
      .slice(0, INLINE_MAX_RESULTS)
      .map((answer, i) => ({
        type: 'article',
        id: `example-${i}`,
        title: truncatePlain(answer.question, 120),
        description: exampleResultDescription(answer),
        input_message_content: { message_text: inlineMessage(answer), ...htmlExtra },
      }));
    examplesMemo.set(questions, { at: Date.now(), results });
    return results;
  }

  bot.on('inline_query', async (ctx) => {
    const query = cleanQuestion(ctx.inlineQuery.query, me(ctx));
    try {
      if (query.length === 0 || query.length > MAX_QUESTION_CHARS) {
        await ctx.answerInlineQuery(await exampleResults(ctx), { cache_time: INLINE_CACHE_SECONDS });
        return;
      }
      const answer = await lookup(query, ctx.from.language_code);
      deps.onAnswer?.(answer, 'inline');
      if (!answer.answered && answer.reason === 'near-miss' && (answer.related ?? []).length > 0) {
        // A near miss: each related topic as a result, its message led by what no source gives.
        const related = (answer.related ?? []).slice(0, INLINE_MAX_RESULTS).map((topic, i): InlineQueryResult => ({
          type: 'article',
          id: `related-${i}`,
          title: truncatePlain(replyWords(answer.language).nearMissTitle(answer.missing ?? 'exactly that'), 120),
          description: truncatePlain(replyWords(answer.language).closest(topicIn(topic.topic, answer), topicResultDescription(topic, answer)), 200),
          input_message_content: { message_text: inlineMessage({ ...answer, related: [topic] }), ...htmlExtra },
        }));
        await ctx.answerInlineQuery(related, { cache_time: INLINE_CACHE_SECONDS });
        log.info('inline.near_miss', { results: related.length });
        return;
      }
      if (!answer.answered) {
        await ctx.answerInlineQuery(await exampleResults(ctx), {
          cache_time: INLINE_CACHE_SECONDS,
          button: { text: answer.reason === 'language' ? 'I read English, Russian and Chinese: see what I know' : replyWords(answer.language ?? ctx.from.language_code).inlineNoClaims, start_parameter: 'help' },
        });
        return;
      }
      // Title: the topic's one-line answer; description: the topic and its spread.
      const results: InlineQueryResult[] = answer.topics.slice(0, INLINE_MAX_RESULTS).map((topic, i) => ({
        type: 'article',
        id: `topic-${i}`,
        title: truncatePlain(answer.comparison && i === 0 ? answer.comparison.line : topicAnswerLine(topic), 120),
        description: truncatePlain(`${topicIn(topic.topic, answer)} — ${topicResultDescription(topic, answer)}`, 200),
        input_message_content: { message_text: inlineMessage({ ...answer, topics: [topic], ...(i === 0 ? {} : { comparison: undefined }) }), ...htmlExtra },
      }));
      await ctx.answerInlineQuery(results, { cache_time: INLINE_CACHE_SECONDS });
      log.info('inline.answered', { results: results.length });
    } catch (err) {
      if (!(err instanceof AnswerUnavailableError)) throw err;
      log.error('answer.failed', { via: 'inline', error: describeError(err) });
      // A result rather than an error: the user sees why there is nothing to pick.
      await ctx.answerInlineQuery(
        [{ type: 'article', id: 'unavailable', title: sourcesUnavailableText(ctx.from.language_code), input_message_content: { message_text: sourcesUnavailableHtml(ctx.from.language_code), ...htmlExtra } }],
        { cache_time: 0 },
      );
    }
  });

  // Edited messages, channel posts, membership changes…: acknowledged, never answered.
  bot.use((ctx) => {
    log.debug('update.ignored', { updateType: updateTypeOf(ctx) });
  });

  bot.catch((err, ctx) => {
    const fields = { updateId: ctx.update.update_id, updateType: updateTypeOf(ctx), error: describeError(err) };
    // 403 Forbidden is a user's choice (blocked the bot, removed it from the group), not a fault: warn, so that
    // the error-log alarm counts only what an operator must look at.
    if (asTelegramApiError(err)?.code === 403) log.warn('bot.handler_failed', fields);
    else log.error('bot.handler_failed', fields);
    // A bug or outage in our own code (not Telegram refusing a call): in a private chat the user still hears something.
    const message = (ctx.update as { message?: { chat?: { id?: unknown; type?: unknown } } }).message;
    const chatId = message?.chat?.id;
    if (!asTelegramApiError(err) && message?.chat?.type === 'private' && typeof chatId === 'number') return apologise(ctx, chatId);
    return undefined;
  });

  return bot;
}
