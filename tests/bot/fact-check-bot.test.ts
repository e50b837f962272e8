import type { Telegraf } from 'telegraf';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../lambdas/core/answer/answer-types';
import { SOURCES_UNAVAILABLE } from '../../lambdas/bot/bot-replies';
import { INLINE_CACHE_SECONDS } from '../../lambdas/bot/create-fact-check-bot';
import { MESSAGE_CHARS, SHORT_TOPIC_CHARS, formatDate, visibleLength } from '../../lambdas/core/answer/render-answer';
import { loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { DATA_DIR } from '../../scripts/lib/claims-table';
import { BOT_USER, badRequest, serverError, tooManyRequests } from '../support/fake-bot-api';
import { loadUpdate, withFreshId, type UpdateJson } from './fixtures';
import { TEST_TOKEN, failingAnswerer, failingStore, startBotHarness, type BotHarness } from './support/bot-harness';
import { inlineResults, sentHtml, sentHtmlProblems } from './support/sent-messages';
import { KNOWLEDGE } from '../support/knowledge';

const PRIVATE_CHAT = 190311220;
const GROUP_CHAT = -1001987654321;

describe('the fact-check bot', () => {
  let h: BotHarness;
  let bot: Telegraf;
  let everythingAnswer: Answer;
  let manyTopicsAnswer: Answer;

  beforeAll(async () => {
    const dataset = await loadDataset(DATA_DIR);
    const everything = { topic: 'Everything <&> "at once"', claims: dataset.claims, verdict: 'Sources differ <a lot> & more', spread: `${dataset.claims.length} sources` };
    everythingAnswer = { question: 'everything?', answered: true, topics: [everything] };
    const bySource = [...new Set(dataset.claims.map((c) => c.source.id))].map((id, i) => {
      const claims = dataset.claims.filter((c) => c.source.id === id).slice(0, 6);
      return { topic: `Topic ${i + 1}`, claims, verdict: `Reported by ${id}`, spread: '1 source' };
    });
    manyTopicsAnswer = { question: 'everything?', answered: true, topics: bySource };
    h = await startBotHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(() => {
    h.api.reset();
    h.logLines.length = 0;
    bot = h.bot();
  });
  afterEach(() => {
    // Every text any test made the bot send must be valid Telegram HTML within 4096 characters.
    expect(sentHtmlProblems(h.api)).toEqual([]);
    expect(h.logLines.join('\n')).not.toContain(TEST_TOKEN);
  });

  const update = (name: string): UpdateJson => withFreshId(loadUpdate(name));
  const methods = () => h.api.calls.map((c) => c.method);

  describe('private chats', () => {
    it('answers a question side by side, in HTML, replying to it, with a Show passages button', async () => {
      // Prepare
      const question = update('private-text');

      // Act
      await h.send(bot, question);

      // Assess
      expect(h.api.callsTo('sendChatAction')[0]?.body).toMatchObject({ chat_id: PRIVATE_CHAT, action: 'typing' });
      const sent = h.api.callsTo('sendMessage');
      expect(sent.length).toBeGreaterThanOrEqual(1);
      const first = sent[0]?.body ?? {};
      expect(first).toMatchObject({ chat_id: PRIVATE_CHAT, parse_mode: 'HTML', link_preview_options: { is_disabled: true }, reply_parameters: { message_id: 51 } });
      const text = sent.map((c) => String(c.body.text)).join('\n');
      // Both sources, side by side: 15–20 million (PUREWILAYAH/RT) and 37 million (MENAFN).
      expect(text).toMatch(/MENAFN/);
      expect(text).toMatch(/PUREWILAYAH/i);
      expect(text).toMatch(/37/);
      expect(text).toMatch(/15/);
      // One message, the answer in its first line, the passages behind a button.
      expect(sent).toHaveLength(1);
      expect(text.split('\n')[0]).toMatch(/^<b>Sources differ: .*15–20 million.* vs 37 million/);
      expect(text).not.toContain('<blockquote>');
      expect(first.reply_markup).toEqual({ inline_keyboard: [[{ text: 'Show passages', callback_data: 'full:0' }]] });
    });

    it('reads a pasted forward line by line: the header and the link go, the quoted claim is checked', async () => {
      // Prepare
      const pasted = update('private-pasted-forward');

      // Act
      await h.send(bot, pasted);

      // Assess
      const sent = h.api.callsTo('sendMessage');
      expect(sent).toHaveLength(1);
      const text = String(sent[0]?.body.text);
      expect(text.split('\n')[0]).toMatch(/^<b>Yes: Putin said 37 million \(via MENAFN, 8 May 2025\)/);
      expect(text).toMatch(/15–20 million/);
      expect(text).not.toMatch(/could not read/i);
    });

    it('shows "typing…" while the lookup runs, not before it', async () => {
      // Prepare
      let callsWhenLookupEnded = -1;
      bot = h.bot({
        answerer: {
          answer: async (q) => {
            await new Promise((r) => setTimeout(r, 150));
            callsWhenLookupEnded = h.api.callsTo('sendChatAction').length;
            return h.answerer.answer(q);
          },
        },
      });

      // Act
      await h.send(bot, update('private-text'));

      // Assess
      expect(callsWhenLookupEnded).toBe(1);
      expect(methods().indexOf('sendChatAction')).toBeLessThan(methods().indexOf('sendMessage'));
    });

    it('says so politely when no source covers the question', async () => {
      // Prepare
      const weather = { ...update('private-text') };
      (weather.message as Record<string, unknown>).text = "What's the weather?";

      // Act
      await h.send(bot, weather);

      // Assess
      const sent = h.api.callsTo('sendMessage');
      expect(sent.length).toBeGreaterThanOrEqual(1);
      expect(sent.every((c) => c.body.reply_markup === undefined)).toBe(true);
    });

    it('escapes hostile text wherever it is echoed', async () => {
      // Prepare
      const hostile = update('private-text');
      (hostile.message as Record<string, unknown>).text = '<b>How many</b> Chinese & <a href="x">died</a> in WWII? &amp; </i>';

      // Act
      await h.send(bot, hostile);

      // Assess (afterEach validates the HTML)
      expect(h.api.callsTo('sendMessage').length).toBeGreaterThanOrEqual(1);
    });

    it('asks for a shorter question when the message is 5,000 characters long', async () => {
      // Prepare
      const long = update('private-text');
      (long.message as Record<string, unknown>).text = 'How many died? '.repeat(334).slice(0, 5000);

      // Act
      await h.send(bot, long);

      // Assess
      expect(methods()).toEqual(['sendMessage']);
      expect(String(h.api.callsTo('sendMessage')[0]?.body.text)).toMatch(/shorter question/);
    });

    it.each(['sticker-private', 'photo-private'])('gives a short hint for a %s', async (fixture) => {
      // Prepare / Act
      await h.send(bot, update(fixture));

      // Assess
      expect(methods()).toEqual(['sendMessage']);
      expect(String(h.api.callsTo('sendMessage')[0]?.body.text)).toMatch(/text/);
    });

    it('replies "I can\'t reach my sources" when the store is down', async () => {
      // Prepare
      bot = h.bot({ answerer: failingAnswerer });

      // Act
      await h.send(bot, update('private-text'));

      // Assess
      const texts = sentHtml(h.api.calls).map((m) => m.text);
      expect(texts).toEqual(["I can't reach my sources right now, please try again in a minute."]);
      expect(h.logLines.some((l) => l.includes('answer.failed'))).toBe(true);
    });
  });

  describe('commands', () => {
    it('/start and /help welcome the user with example questions', async () => {
      // Prepare
      const help = update('private-start');
      (help.message as Record<string, unknown>).text = '/help';

      // Act
      await h.send(bot, update('private-start'));
      await h.send(bot, help);

      // Assess
      const texts = h.api.callsTo('sendMessage').map((c) => String(c.body.text));
      expect(texts).toHaveLength(2);
      for (const t of texts) expect(t).toContain(KNOWLEDGE.guide.examples[0]);
    });

    it('/sources lists every source with outlet, date and headline', async () => {
      // Prepare
      const dataset = await loadDataset(DATA_DIR);

      // Act
      await h.send(bot, update('private-sources'));

      // Assess
      const text = h.api.callsTo('sendMessage').map((c) => String(c.body.text)).join('\n');
      for (const source of dataset.sources) {
        if (source.outlet) expect(text).toContain(source.outlet);
        if (source.published) expect(text).toContain(formatDate(source.published));
      }
      expect(text).toContain('MENAFN');
    });

    it('/sources apologises when the store is down', async () => {
      // Prepare
      bot = h.bot({ store: failingStore });

      // Act
      await h.send(bot, update('private-sources'));

      // Assess
      expect(sentHtml(h.api.calls).map((m) => m.text)).toEqual([SOURCES_UNAVAILABLE]);
    });

    it('/about explains how answers are sourced', async () => {
      // Prepare
      const about = update('private-start');
      (about.message as Record<string, unknown>).text = '/about';

      // Act
      await h.send(bot, about);

      // Assess
      expect(String(h.api.callsTo('sendMessage')[0]?.body.text)).toMatch(/sourced/);
    });

    it('an unknown command in private gets a pointer to /help', async () => {
      // Prepare
      const unknown = update('private-start');
      (unknown.message as Record<string, unknown>).text = '/settings';

      // Act
      await h.send(bot, unknown);

      // Assess
      expect(String(h.api.callsTo('sendMessage')[0]?.body.text)).toMatch(/\/help/);
    });
  });

  describe('groups and channels', () => {
    it.each([
      ['group-mention', 3120],
      ['group-reply-to-bot', 3125],
      ['group-ask-command', 3130],
    ])('answers the %s fixture in the group, replying to the question', async (fixture, messageId) => {
      // Prepare / Act
      await h.send(bot, update(fixture));

      // Assess
      const sent = h.api.callsTo('sendMessage');
      expect(sent.length).toBeGreaterThanOrEqual(1);
      expect(sent[0]?.body).toMatchObject({ reply_parameters: { message_id: messageId } });
      expect(sent[0]?.body.chat_id).toBeLessThan(0);
    });

    it.each(['group-chatter', 'group-ask-other-bot', 'sticker-group', 'channel-post', 'edited-message', 'my-chat-member'])(
      'stays silent on the %s fixture',
      async (fixture) => {
        // Prepare / Act
        await h.send(bot, update(fixture));

        // Assess
        expect(h.api.calls).toEqual([]);
      },
    );

    it.each([
      ['a reply "thanks!" to one of its answers', 'group-reply-to-bot', 'thanks!'],
      ['a reply "👍"', 'group-reply-to-bot', '👍'],
      ['a mention that is not a question', 'group-mention', '@factcheck_test_bot nice one, thanks'],
    ])('stays silent on %s', async (_name, fixture, text) => {
      // Prepare
      const chatter = update(fixture);
      (chatter.message as Record<string, unknown>).text = text;

      // Act
      await h.send(bot, chatter);

      // Assess
      expect(h.api.calls).toEqual([]);
    });

    it('answers a group question no source covers with one short line, not the private-chat list', async () => {
      // Prepare
      const weather = update('group-reply-to-bot');
      (weather.message as Record<string, unknown>).text = "What's the weather in Paris tomorrow?";

      // Act
      await h.send(bot, weather);

      // Assess
      const sent = h.api.callsTo('sendMessage');
      expect(sent).toHaveLength(1);
      expect(sent[0]?.body).toMatchObject({ chat_id: GROUP_CHAT, reply_parameters: { message_id: 3125 } });
      expect(String(sent[0]?.body.text)).toMatch(/^<b>I have no sourced claims on that\.<\/b>/);
      expect(String(sent[0]?.body.text)).not.toMatch(/You could ask/);
      expect(sent[0]?.body.reply_markup).toBeUndefined();
    });

    it('keeps answering "thanks!" in private chats, saying it could not read a question (never that no article covers it)', async () => {
      // Prepare
      const thanks = update('private-text');
      (thanks.message as Record<string, unknown>).text = 'thanks!';

      // Act
      await h.send(bot, thanks);

      // Assess
      const text = h.api.callsTo('sendMessage').map((c) => String(c.body.text)).join('\n');
      expect(text).toMatch(/I could not read that as a question/);
      expect(text).toMatch(/You could ask/);
    });

    it('answers a bare mention with how to ask', async () => {
      // Prepare
      const bare = update('group-mention');
      (bare.message as Record<string, unknown>).text = '@factcheck_test_bot';

      // Act
      await h.send(bot, bare);

      // Assess
      expect(h.api.callsTo('sendMessage')[0]?.body).toMatchObject({ chat_id: GROUP_CHAT });
      expect(String(h.api.callsTo('sendMessage')[0]?.body.text)).toMatch(/\/ask/);
    });
    it('answers a group near miss with what the sources do give, not a bare refusal', async () => {
      // Prepare
      const soldiers = update('group-reply-to-bot');
      (soldiers.message as Record<string, unknown>).text = 'How many Soviet soldiers died in WWII?';

      // Act
      await h.send(bot, soldiers);

      // Assess
      const text = h.api.callsTo('sendMessage').map((c) => String(c.body.text)).join('\n');
      expect(text).toMatch(/^<b>No source gives a figure for soldiers alone\.<\/b>/);
      expect(text).toContain('27 million');
    });

    it('tells a group, in one line, that it does not read a language it has no reader for', async () => {
      // Prepare
      const japanese = update('group-reply-to-bot');
      (japanese.message as Record<string, unknown>).text = '第二次世界大戦で何人の中国人が亡くなりましたか？';

      // Act
      await h.send(bot, japanese);

      // Assess
      const sent = h.api.callsTo('sendMessage');
      expect(sent).toHaveLength(1);
      expect(String(sent[0]?.body.text)).toMatch(/^<b>I read English, Russian \(русский\) and Chinese \(中文\)/);
    });

    it('answers a Russian question in a group from the same sources as the English one', async () => {
      // Prepare
      const russian = update('group-reply-to-bot');
      (russian.message as Record<string, unknown>).text = 'Сколько китайцев погибло во Второй мировой?';

      // Act
      await h.send(bot, russian);

      // Assess
      const sent = h.api.callsTo('sendMessage');
      expect(sent).toHaveLength(1);
      expect(String(sent[0]?.body.text)).not.toMatch(/I understand English/);
      expect(String(sent[0]?.body.text)).toContain('MENAFN');
      expect(String(sent[0]?.body.text)).toContain('PUREWILAYAH');
    });
  });

  describe('inline queries', () => {
    it('offers a near miss inline as the closest topics, each led by what no source gives', async () => {
      // Prepare
      const inline = update('inline-query-empty');
      (inline.inline_query as Record<string, unknown>).query = 'how many soviet soldiers died in ww2';

      // Act
      await h.send(bot, inline);

      // Assess
      const results = inlineResults(h.api.callsTo('answerInlineQuery')[0]);
      expect(results.length).toBeGreaterThanOrEqual(1);
      for (const r of results) {
        expect(r.title).toBe('No source gives a figure for soldiers alone');
        expect(String((r.input_message_content as { message_text: string }).message_text)).toMatch(/^<b>No source gives a figure for soldiers alone\.<\/b>/);
      }
    });

    it('returns one result per topic with the spread and the full answer', async () => {
      // Prepare / Act
      await h.send(bot, update('inline-query'));

      // Assess
      const call = h.api.callsTo('answerInlineQuery')[0];
      expect(call?.body).toMatchObject({ inline_query_id: '2783920123456789012', cache_time: INLINE_CACHE_SECONDS });
      const results = inlineResults(call);
      expect(results.length).toBeGreaterThanOrEqual(1);
      expect(results.length).toBeLessThanOrEqual(50);
      for (const r of results) {
        expect(r).toMatchObject({ type: 'article', title: expect.any(String), description: expect.stringMatching(/source/) });
        expect(String(r.id).length).toBeLessThanOrEqual(64);
      }
      expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
    });

    it.each([
      ['how many chinese died', /^Sources differ: .*15–20 million.* vs 37 million/],
      ['china lost 14 million in ww2?', /^No: no source gives 14 million/],
      ['did the ussr or china lose more people', /^It depends on the source/],
    ])('titles the result "%s" with its one-line answer, within one message', async (query, title) => {
      // Prepare
      const inline = update('inline-query');
      (inline.inline_query as Record<string, unknown>).query = query;

      // Act
      await h.send(bot, inline);

      // Assess
      const results = inlineResults(h.api.callsTo('answerInlineQuery')[0]);
      expect(String(results[0]?.title)).toMatch(title);
      for (const r of results) {
        expect(String(r.title).length).toBeLessThanOrEqual(120);
        expect(String(r.description).length).toBeLessThanOrEqual(200);
        const message = String((r.input_message_content as { message_text: string }).message_text);
        expect(visibleLength(message)).toBeLessThanOrEqual(MESSAGE_CHARS);
        expect(message.split('\n')[0]).toMatch(/^<b>/);
      }
    });

    it.each([
      ['empty', ''],
      ['unmatched', 'how is the weather in Paris'],
      ['absurdly long', 'x'.repeat(5000)],
    ])('offers example questions for an %s query', async (_name, query) => {
      // Prepare
      const inline = update('inline-query-empty');
      (inline.inline_query as Record<string, unknown>).query = query;

      // Act
      await h.send(bot, inline);

      // Assess
      const results = inlineResults(h.api.callsTo('answerInlineQuery')[0]);
      expect(results.length).toBeGreaterThanOrEqual(3);
      const titles = results.map((r) => r.title);
      expect(titles).toContain(KNOWLEDGE.guide.examples[0]);
    });

    it('describes each example result by what its answer shows, never by source counts alone', async () => {
      // Prepare
      const inline = update('inline-query-empty');

      // Act
      await h.send(bot, inline);

      // Assess
      const results = inlineResults(h.api.callsTo('answerInlineQuery')[0]);
      const byTitle = new Map(results.map((r) => [r.title, String(r.description)]));
      expect(byTitle.get('How many Chinese died in WWII?')).toMatch(/^Chinese deaths in the Second World War — 2 sources: .*15–20M vs 37M$/);
      expect(byTitle.get('What did Xi say in Moscow?')).toMatch(/Russia–China strategic partnership \(\d sources?\)/);
      for (const description of byTitle.values()) expect(description).not.toMatch(/^\d+ sources?(; \d+ sources?)*$/);
    });

    it('offers a single "can\'t reach my sources" result when the store is down', async () => {
      // Prepare
      bot = h.bot({ answerer: failingAnswerer });

      // Act
      await h.send(bot, update('inline-query'));

      // Assess
      const call = h.api.callsTo('answerInlineQuery')[0];
      expect(inlineResults(call).map((r) => r.title)).toEqual([SOURCES_UNAVAILABLE]);
      expect(call?.body.cache_time).toBe(0);
    });
  });

  describe('the Show passages button', () => {
    it('expands a one-message answer in place with the full excerpts', async () => {
      // Prepare
      const callback = update('callback-query-passages');

      // Act
      await h.send(bot, callback);

      // Assess
      expect(h.api.callsTo('answerCallbackQuery')[0]?.body).toMatchObject({ callback_query_id: '817263545019283746' });
      const edits = h.api.callsTo('editMessageText');
      const sends = h.api.callsTo('sendMessage');
      expect(edits.length + sends.length).toBeGreaterThanOrEqual(1);
      if (edits.length > 0) {
        expect(edits[0]?.body).toMatchObject({ chat_id: PRIVATE_CHAT, message_id: 1001, parse_mode: 'HTML', reply_markup: { inline_keyboard: [] } });
      } else {
        expect(sends[0]?.body).toMatchObject({ reply_parameters: { message_id: 51 } });
        expect(h.api.callsTo('editMessageReplyMarkup')).toHaveLength(1);
      }
    });

    it('shows the same answer with longer passages than the short reply', async () => {
      // Prepare
      await h.send(bot, update('private-text'));
      const shortText = h.api.callsTo('sendMessage').map((c) => String(c.body.text)).join('\n');
      h.api.reset();

      // Act
      await h.send(bot, update('callback-query-passages'));

      // Assess
      const fullText = [...h.api.callsTo('editMessageText'), ...h.api.callsTo('sendMessage')].map((c) => String(c.body.text)).join('\n');
      expect(fullText.length).toBeGreaterThan(shortText.length);
    });

    it('sends the passages as new messages when they do not fit the answer\'s message, then drops the button', async () => {
      // Prepare
      bot = h.bot({ answerer: { answer: async () => everythingAnswer } });
      const callback = update('callback-query-passages');
      (callback.callback_query as Record<string, unknown>).data = 'full:0';

      // Act
      await h.send(bot, callback);

      // Assess
      expect(h.api.callsTo('editMessageText')).toHaveLength(0);
      const sent = h.api.callsTo('sendMessage');
      expect(sent.length).toBeGreaterThan(1);
      expect(sent.map((c) => String(c.body.text)).join('\n')).toContain('<blockquote>');
      expect(h.api.callsTo('editMessageReplyMarkup')[0]?.body).toMatchObject({ message_id: 1001, reply_markup: { inline_keyboard: [] } });
    });

    it('accepts the Show passages button of earlier deploys (passages:N)', async () => {
      // Prepare
      const callback = update('callback-query-passages');

      // Act
      await h.send(bot, callback);

      // Assess
      const shown = [...h.api.callsTo('editMessageText'), ...h.api.callsTo('sendMessage')].map((c) => String(c.body.text)).join('\n');
      expect(shown).toContain('<blockquote>');
    });

    it.each([
      ['garbage', 'callback-query-garbage', undefined],
      ['out-of-range', 'callback-query-passages', 'passages:0'],
      ['oversized', 'callback-query-passages', `passages:${'9'.repeat(60)}`],
      ['missing', 'callback-query-passages', null],
    ])('answers %s callback data with a toast and nothing else', async (_name, fixture, data) => {
      // Prepare
      const callback = update(fixture);
      const query = callback.callback_query as Record<string, unknown>;
      if (data === null) delete query.data;
      else if (data !== undefined) query.data = data;

      // Act
      await h.send(bot, callback);

      // Assess
      expect(methods()).toEqual(['answerCallbackQuery']);
      expect(String(h.api.callsTo('answerCallbackQuery')[0]?.body.text)).toMatch(/ask/i);
    });

    it('asks to re-ask when the question message is gone', async () => {
      // Prepare
      const callback = update('callback-query-passages');
      delete ((callback.callback_query as Record<string, unknown>).message as Record<string, unknown>).reply_to_message;

      // Act
      await h.send(bot, callback);

      // Assess
      expect(methods()).toEqual(['answerCallbackQuery']);
    });

    it('handles a button on an inaccessible message or an inline message', async () => {
      // Prepare
      const inaccessible = update('callback-query-passages');
      (inaccessible.callback_query as Record<string, unknown>).message = { message_id: 1001, chat: { id: PRIVATE_CHAT, type: 'private' }, date: 0 };
      const inline = update('callback-query-passages');
      const inlineQuery = inline.callback_query as Record<string, unknown>;
      delete inlineQuery.message;
      inlineQuery.inline_message_id = 'AAAAAQ';

      // Act
      await h.send(bot, inaccessible);
      await h.send(bot, inline);

      // Assess
      expect(methods()).toEqual(['answerCallbackQuery', 'answerCallbackQuery']);
    });

    it('tells the user in a toast when the store is down', async () => {
      // Prepare
      bot = h.bot({ answerer: failingAnswerer });

      // Act
      await h.send(bot, update('callback-query-passages'));

      // Assess
      expect(h.api.callsTo('answerCallbackQuery')[0]?.body).toMatchObject({ text: SOURCES_UNAVAILABLE, show_alert: true });
    });

    it('ignores "message is not modified" on a double tap', async () => {
      // Prepare
      h.api.queueReply('editMessageText', badRequest('Bad Request: message is not modified: specified new message content and reply markup are exactly the same'));

      // Act
      await h.send(bot, update('callback-query-passages'));

      // Assess
      expect(h.logLines.some((l) => l.includes('bot.handler_failed'))).toBe(false);
    });
  });

  describe('long answers', () => {
    it('fits a very long one-topic answer in one message of at most 1,200 characters, the rest behind Show passages', async () => {
      // Prepare: every claim in the dataset under one topic.
      bot = h.bot({ answerer: { answer: async () => everythingAnswer } });

      // Act
      await h.send(bot, update('private-text'));

      // Assess
      const sent = h.api.callsTo('sendMessage');
      expect(sent).toHaveLength(1);
      const text = String(sent[0]?.body.text);
      expect(visibleLength(text)).toBeLessThanOrEqual(SHORT_TOPIC_CHARS);
      expect(text).toMatch(/\+\d+ more claims on this topic/);
      expect(sent[0]?.body.reply_markup).toEqual({ inline_keyboard: [[{ text: 'Show passages', callback_data: 'full:0' }]] });
    });

    it('keeps topics that do not fit one message behind a "More: N topics" button, which sends the next page', async () => {
      // Prepare: many topics, each with every claim of one source.
      bot = h.bot({ answerer: { answer: async () => manyTopicsAnswer } });
      await h.send(bot, update('private-text'));
      const first = h.api.callsTo('sendMessage')[0]?.body ?? {};
      const buttons = (first.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard[0] ?? [];
      const more = buttons.find((b) => b.text.startsWith('More:'));
      h.api.reset();
      const callback = update('callback-query-passages');
      const query = callback.callback_query as Record<string, unknown>;
      query.data = more?.callback_data;
      (query.message as Record<string, unknown>).reply_markup = first.reply_markup;

      // Act
      await h.send(bot, callback);

      // Assess
      expect(visibleLength(String(first.text))).toBeLessThanOrEqual(MESSAGE_CHARS);
      expect(more?.text).toMatch(/^More: \d+ topics?$/);
      expect(more?.callback_data).toMatch(/^more:[1-9]\d*$/);
      const next = h.api.callsTo('sendMessage');
      expect(next).toHaveLength(1);
      expect(next[0]?.body).toMatchObject({ reply_parameters: { message_id: 51 } });
      const shownFirst = manyTopicsAnswer.topics.filter((t) => String(first.text).includes(`<u><b>${t.topic}</b></u>`));
      const shownNext = manyTopicsAnswer.topics.filter((t) => String(next[0]?.body.text).includes(`<u><b>${t.topic}</b></u>`));
      expect(shownFirst.length).toBeGreaterThan(0);
      expect(shownNext.length).toBeGreaterThan(0);
      expect(shownNext.some((t) => shownFirst.includes(t))).toBe(false);
      // The used More button is gone from the first message; its Show passages stays.
      expect(h.api.callsTo('editMessageReplyMarkup')[0]?.body).toMatchObject({ message_id: 1001, reply_markup: { inline_keyboard: [[{ text: 'Show passages', callback_data: 'full:0' }]] } });
    });
  });

  describe('Telegram failures', () => {
    it('retries a 429 once and delivers the answer', async () => {
      // Prepare
      h.api.queueReply('sendMessage', tooManyRequests(1));

      // Act
      await h.send(bot, update('private-text'));

      // Assess
      expect(h.api.callsTo('sendMessage').length).toBeGreaterThanOrEqual(2);
      expect(h.logLines.some((l) => l.includes('telegram.rate_limited.retrying'))).toBe(true);
      expect(h.logLines.some((l) => l.includes('bot.handler_failed'))).toBe(false);
    });

    it('does not retry a 429 the invocation has no time for, and logs it safely', async () => {
      // Prepare
      bot = h.bot({ remainingTimeMs: () => 2_000 });
      h.api.queueReply('sendMessage', tooManyRequests(30));

      // Act
      await h.send(bot, update('private-text'));

      // Assess
      expect(h.api.callsTo('sendMessage')).toHaveLength(1);
      const failure = h.logLines.find((l) => l.includes('bot.handler_failed'));
      expect(JSON.parse(failure ?? '{}')).toMatchObject({ error: { kind: 'telegram', method: 'sendMessage', code: 429 } });
    });

    it.each([
      ['a 500', serverError()],
      ['a 400', badRequest("Bad Request: can't parse entities: unsupported start tag")],
    ])('survives %s from Telegram and logs method, code and description only', async (_name, reply) => {
      // Prepare
      h.api.queueReply('sendMessage', reply);

      // Act
      await h.send(bot, update('private-text'));

      // Assess
      const failure = JSON.parse(h.logLines.find((l) => l.includes('bot.handler_failed')) ?? '{}') as Record<string, unknown>;
      expect(Object.keys(failure.error as object).sort()).toEqual(['code', 'description', 'kind', 'method']);
      expect(JSON.stringify(failure)).not.toContain('How many Chinese');
    });

    it('reports a refused token (401) once per failing call, at error level, without apologising', async () => {
      // Prepare
      let rejected = 0;
      bot = h.bot({ onTokenRejected: () => void (rejected += 1) });
      const unauthorized = { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } };
      h.api.queueReply('sendChatAction', unauthorized);
      h.api.queueReply('sendMessage', unauthorized);

      // Act
      await h.send(bot, update('private-text'));

      // Assess
      expect(rejected).toBe(2);
      const lines = h.logLines.map((l) => JSON.parse(l) as { level: string; event: string });
      expect(lines.filter((l) => l.event === 'telegram.token_rejected').map((l) => l.level)).toEqual(['error', 'error']);
      // The apology would be refused too: one sendMessage, the answer.
      expect(h.api.callsTo('sendMessage')).toHaveLength(1);
    });

    it('keeps going when "typing…" fails', async () => {
      // Prepare
      h.api.queueReply('sendChatAction', serverError());

      // Act
      await h.send(bot, update('private-text'));

      // Assess
      expect(h.api.callsTo('sendMessage').length).toBeGreaterThanOrEqual(1);
    });
  });

  it.each([
    ['an update of no known kind', { update_id: 1 }],
    ['a message that is a string', { update_id: 2, message: 'hi' }],
    ['a message without a chat', { update_id: 3, message: { message_id: 1, date: 1, text: 'How many Chinese died in WWII?' } }],
    ['a callback query without an id', { update_id: 4, callback_query: { from: { id: 1 }, data: 'passages:1' } }],
  ])('ignores %s without failing (long polling has no webhook gate)', async (_name, malformed) => {
    // Prepare / Act
    await h.send(bot, malformed);

    // Assess
    expect(h.api.calls).toEqual([]);
    expect(h.logLines.some((l) => l.includes('bot.handler_failed'))).toBe(false);
  });

  it('never calls getMe when botInfo is preset', async () => {
    // Prepare / Act
    await h.send(bot, update('private-text'));

    // Assess
    expect(methods()).not.toContain('getMe');
    expect(BOT_USER.username).toBe('factcheck_test_bot');
  });
});
