/**
 * Russian- and Chinese-speaking users asking the bot, in private, in a group
 * and inline: each question is answered from the same sources as its English
 * equivalent, and the reply (the verdict, figures, dates, buttons, and the
 * claims' sentences, topics and qualifiers a curator translated) is in the
 * user's language; the passages stay the articles' own words.
 */
import type { Telegraf } from 'telegraf';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadUpdate, withFreshId, type UpdateJson } from './fixtures';
import { startBotHarness, type BotHarness } from './support/bot-harness';
import { inlineResults, sentHtmlProblems } from './support/sent-messages';
import { KNOWLEDGE } from '../support/knowledge';

/** A fixture update from a user of that Telegram language, asking `text`. */
function asked(name: string, text: string, languageCode: string): UpdateJson {
  const update = withFreshId(loadUpdate(name));
  const body = (update.message ?? update.inline_query) as Record<string, unknown>;
  if ('inline_query' in update) body.query = text;
  else body.text = text;
  (body.from as Record<string, unknown>).language_code = languageCode;
  return update;
}

const QUESTIONS = [
  { user: 'Russian', languageCode: 'ru', text: 'Сколько китайцев погибло во Второй мировой?', frame: /^<b>Источники расходятся: .*15–20 млн.* против 37 млн \(Путин, через MENAFN, 8 мая 2025\)/, button: 'Показать цитаты', topic: 'Число погибших в Китае во Второй мировой войне', qualifier: 'война с Японией с 1937 года' },
  { user: 'Chinese', languageCode: 'zh-hans', text: '二战中有多少中国人死亡？', frame: /^<b>各来源说法不一：.*1500–2000万.* 对 3700万（普京, 经MENAFN, 2025年5月8日）|^<b>各来源说法不一：.*1500–2000万.*3700万/, button: '显示原文', topic: '中国在第二次世界大战中的死亡人数', qualifier: '1937年起的抗日战争' },
] as const;
/** What "How many Chinese died in WWII?" cites: the two sources that give a toll. */
const ENGLISH_SOURCES = [/MENAFN/, /PUREWILAYAH/i];

describe('Russian and Chinese speakers asking the bot', () => {
  let h: BotHarness;
  let bot: Telegraf;

  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(() => {
    h.api.reset();
    bot = h.bot();
  });

  const sentText = () => h.api.callsTo('sendMessage').map((c) => String(c.body.text)).join('\n');

  it.each(QUESTIONS)('answers a $user speaker in private from the English answer’s sources', async ({ text, languageCode }) => {
    // Act
    await h.send(bot, asked('private-text', text, languageCode));

    // Assess
    for (const source of ENGLISH_SOURCES) expect(sentText()).toMatch(source);
    expect(sentText()).not.toMatch(/I understand English/);
    expect(sentHtmlProblems(h.api)).toEqual([]);
  });

  it.each(QUESTIONS)('speaks to a $user speaker in their language: verdict, figures, dates, topic, qualifiers and the button', async ({ text, languageCode, frame, button, topic, qualifier }) => {
    // Act
    await h.send(bot, asked('private-text', text, languageCode));

    // Assess
    const sent = h.api.callsTo('sendMessage')[0]?.body ?? {};
    expect(String(sent.text)).toMatch(frame);
    expect(JSON.stringify(sent.reply_markup)).toContain(button);
    expect(String(sent.text)).not.toMatch(/Sources differ|Show passages|Chinese deaths|war with Japan/);
    expect(String(sent.text)).toContain(topic);
    expect(String(sent.text)).toContain(qualifier);
    // A claim a curator translated (data/translations/) shows in their language in the passages view.
    h.api.reset();
    const callback = withFreshId(loadUpdate('callback-query-passages'));
    const message = (callback.callback_query as Record<string, unknown>).message as Record<string, unknown>;
    (message.reply_to_message as Record<string, unknown>).text = text;
    (callback.callback_query as Record<string, unknown>).data = 'full:0';
    await h.send(bot, callback);
    const passages = [...h.api.callsTo('editMessageText'), ...h.api.callsTo('sendMessage')].map((c) => String(c.body.text)).join('\n');
    expect(passages).toMatch(languageCode === 'ru' ? /Путин сказал, что Китай потерял/ : /普京说，中国在第二次世界大战中/);
  });

  it.each([
    { languageCode: 'ru', greeting: /^<b>Здравствуйте!<\/b>/, about: /Откуда берутся ответы/ },
    { languageCode: 'zh-hans', greeting: /^<b>你好！<\/b>/, about: /回答的来源/ },
  ])('greets a $languageCode Telegram user in their language on /start and /about', async ({ languageCode, greeting, about }) => {
    // Prepare
    const start = withFreshId(loadUpdate('private-start'));
    ((start.message as Record<string, unknown>).from as Record<string, unknown>).language_code = languageCode;
    const aboutUpdate = withFreshId(loadUpdate('private-start'));
    const message = aboutUpdate.message as Record<string, unknown>;
    (message.from as Record<string, unknown>).language_code = languageCode;
    message.text = '/about';
    message.entities = [{ type: 'bot_command', offset: 0, length: 6 }];

    // Act
    await h.send(bot, start);
    const welcome = sentText();
    h.api.reset();
    await h.send(bot, aboutUpdate);

    // Assess
    expect(welcome).toMatch(greeting);
    expect(sentText()).toMatch(about);
    expect(sentHtmlProblems(h.api)).toEqual([]);
  });

  it.each(QUESTIONS)('answers a $user speaker in a group, replying to the bot', async ({ text, languageCode }) => {
    // Act
    await h.send(bot, asked('group-reply-to-bot', text, languageCode));

    // Assess
    expect(h.api.callsTo('sendMessage')).toHaveLength(1);
    for (const source of ENGLISH_SOURCES) expect(sentText()).toMatch(source);
  });

  it.each(QUESTIONS)('answers a $user speaker inline, the result described by the topic in their language', async ({ text, languageCode, topic }) => {
    // Act
    await h.send(bot, asked('inline-query-empty', text, languageCode));

    // Assess
    const results = inlineResults(h.api.callsTo('answerInlineQuery')[0]);
    expect(results.length).toBeGreaterThanOrEqual(1);
    const messages = results.map((r) => String((r.input_message_content as { message_text: string }).message_text)).join('\n');
    for (const source of ENGLISH_SOURCES) expect(messages).toMatch(source);
    expect(String(results[0]?.description)).toContain(topic);
  });

  /** A command update from a user of that Telegram language. */
  const command = (text: string, languageCode: string): UpdateJson => {
    const update = withFreshId(loadUpdate('private-start'));
    const message = update.message as Record<string, unknown>;
    (message.from as Record<string, unknown>).language_code = languageCode;
    message.text = text;
    message.entities = [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }];
    return update;
  };

  it.each([
    { languageCode: 'ru', title: /^<b>Мои источники \(5\)<\/b>/, date: /\d{1,2} (?:мая|июня|сентября) 20(?:20|25)/, english: /My 5 sources|date unknown|Outlet not named/ },
    { languageCode: 'zh-hans', title: /^<b>我的5个来源<\/b>/, date: /20(?:20|25)年\d{1,2}月\d{1,2}日/, english: /My 5 sources|date unknown|Outlet not named/ },
  ])('lists the sources in the $languageCode user’s language on /sources, headlines as published', async ({ languageCode, title, date, english }) => {
    // Act
    await h.send(bot, command('/sources', languageCode));

    // Assess
    const text = sentText();
    expect(text).toMatch(title);
    expect(text).toMatch(date);
    expect(text).not.toMatch(english);
    expect(text).toMatch(/MENAFN/);
    expect(sentHtmlProblems(h.api)).toEqual([]);
  });

  it.each([
    { languageCode: 'ru', example: /Сколько китайцев погибло/, unknown: /Такой команды я не знаю/ },
    { languageCode: 'zh-hans', example: /二战中有多少中国人死亡/, unknown: /我不认识这个命令/ },
  ])('offers the $languageCode user example questions in their language, and says so of an unknown command', async ({ languageCode, example, unknown }) => {
    // Act
    await h.send(bot, command('/help', languageCode));
    const help = sentText();
    h.api.reset();
    await h.send(bot, command('/frobnicate', languageCode));

    // Assess
    expect(help).toMatch(example);
    expect(help).not.toMatch(/How many Chinese died in WWII\?/);
    expect(sentText()).toMatch(unknown);
  });

  it.each([
    { languageCode: 'ru', title: /^Сколько|^Что|^Когда/ },
    { languageCode: 'zh-hans', title: /[\p{Script=Han}]/u },
  ])('suggests example questions in the $languageCode user’s language for an empty inline query, each answered', async ({ languageCode, title }) => {
    // Act
    await h.send(bot, asked('inline-query-empty', '', languageCode));

    // Assess
    const results = inlineResults(h.api.callsTo('answerInlineQuery')[0]);
    expect(results.length).toBeGreaterThanOrEqual(5);
    for (const r of results) expect(String(r.title)).toMatch(title);
  });

  it.each([
    { languageCode: 'ru', frame: /источник|Источники/, english: /Sources differ|sources agree|Show passages/ },
    { languageCode: 'zh-hans', frame: /来源/, english: /Sources differ|sources agree|Show passages/ },
  ])('answers a message of names and numbers alone ("Xi Moscow 2025?") in the $languageCode user’s Telegram language', async ({ languageCode, frame, english }) => {
    // Act
    await h.send(bot, asked('private-text', 'Xi Moscow 2025?', languageCode));

    // Assess
    const sent = h.api.callsTo('sendMessage')[0]?.body ?? {};
    expect(String(sent.text)).toMatch(frame);
    expect(`${String(sent.text)} ${JSON.stringify(sent.reply_markup)}`).not.toMatch(english);
  });

  it('keeps English for an English question from a Russian Telegram user', async () => {
    // Act
    await h.send(bot, asked('private-text', 'How many Chinese died in WWII?', 'ru'));

    // Assess
    expect(String(h.api.callsTo('sendMessage')[0]?.body.text)).toMatch(/^<b>Sources differ/);
  });

  it('tells a Russian speaker in Russian what it knows when no source covers the question', async () => {
    // Act
    await h.send(bot, asked('private-text', 'Что Путин сказал о футболе?', 'ru'));

    // Assess
    const text = sentText();
    expect(text).toContain(KNOWLEDGE.guide.localSummary?.ru ?? 'a Russian summary in data/guide.json');
    expect(text).toContain(KNOWLEDGE.guide.localExamples?.ru?.[0] ?? 'a Russian example in data/guide.json');
    expect(text).not.toContain(KNOWLEDGE.guide.summary);
  });
});
