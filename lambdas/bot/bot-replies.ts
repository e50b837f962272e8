/**
 * Every fixed text the bot sends, as Telegram HTML. Data and user text are
 * escaped here; nothing else in the bot builds HTML by hand.
 */
import type { Answer } from '../core/answer/answer-types';
import { OTHER_LANGUAGE_MESSAGE, formatDate } from '../core/answer/render-answer';
import { replyWords } from '../core/answer/reply-words';
import type { Source } from '../core/claims/claim-schema';
import { BOT_DESCRIPTION, LOCALIZED_BOT_TEXTS } from './bot-commands';
import { MAX_QUESTION_CHARS } from './message-routing';
import { escapeHtml } from './telegram-html';

/** Plain text (no markup), also used as a callback-query toast and an inline result. */
export const SOURCES_UNAVAILABLE = "I can't reach my sources right now, please try again in a minute.";

export const SHOW_PASSAGES_LABEL = 'Show passages';
/** The button under an answer whose other topics did not fit its message. */
export const moreTopicsLabel = (n: number) => `More: ${n} topic${n === 1 ? '' : 's'}`;

function exampleList(examples: readonly string[]): string {
  return examples.map((q) => `• <code>${escapeHtml(q)}</code>`).join('\n');
}

/** /start and /help for a user whose Telegram is in Russian or Chinese: the same text in their language. */
const LOCAL_WELCOME: Readonly<Record<'ru' | 'zh', (username: string, examples: string) => string[]>> = {
  ru: (username, examples) => [
    `<b>Здравствуйте!</b> ${escapeHtml(LOCALIZED_BOT_TEXTS[0].description)}`,
    `<b>Спросите, например</b> (можно по-русски):\n${examples}`,
    [
      '<b>Где спрашивать</b>',
      '• Здесь: просто отправьте вопрос.',
      `• В группе: упомяните меня (<code>@${escapeHtml(username)} ваш вопрос</code>), ответьте на моё сообщение или используйте <code>/ask ваш вопрос</code>.`,
      `• В любом чате: наберите <code>@${escapeHtml(username)} ваш вопрос</code> и выберите ответ.`,
    ].join('\n'),
    '/sources — статьи, которые я знаю. /about — откуда берутся ответы.',
  ],
  zh: (username, examples) => [
    `<b>你好！</b>${escapeHtml(LOCALIZED_BOT_TEXTS[1].description)}`,
    `<b>可以这样问</b>（中文也可以）：\n${examples}`,
    [
      '<b>在哪里提问</b>',
      '• 在这里：直接发送问题。',
      `• 在群组中：提到我（<code>@${escapeHtml(username)} 你的问题</code>）、回复我的消息，或使用 <code>/ask 你的问题</code>。`,
      `• 在任何聊天中：输入 <code>@${escapeHtml(username)} 你的问题</code> 并选择回答。`,
    ].join('\n'),
    '/sources 列出我知道的文章。/about 说明回答的来源。',
  ],
};

const LOCAL_ABOUT: Readonly<Record<'ru' | 'zh', string[]>> = {
  ru: [
    '<b>Откуда берутся ответы</b>',
    [
      'Каждый ответ — из проверенной таблицы утверждений из новостных статей: цифра, цитата или сообщение, с тем, кто это сказал, где и когда, изданием и датой, и отрывком слово в слово из статьи.',
      'Я не пишу ответов от себя: первая строка говорит, что сообщают источники, кто это говорит и согласны ли они. Издания, перепечатавшие один материал, считаются одним первоисточником.',
      'Пришлите утверждение, чтобы его проверить: я скажу, подтверждают ли его источники, опровергают или не касаются, с их собственными цифрами. Я оцениваю только то, что говорят источники, а не людей.',
      'Отрывки приводятся слово в слово, на языке статьи; пересказ утверждений — по-русски, где редакция его перевела, иначе по-английски, и ответ это отмечает. Если ни один источник не касается вопроса, я так и скажу.',
    ].join('\n\n'),
    'Кнопка <b>Показать цитаты</b> под ответом показывает отрывки и где они опубликованы, <b>Ещё</b> — темы, которые не поместились.',
  ],
  zh: [
    '<b>回答的来源</b>',
    [
      '每个回答都来自一张整理好的新闻报道说法表：数字、引语或报道的陈述，附上说话人、地点、时间、媒体及其日期，以及逐字摘录的原文段落。',
      '我从不自己编写答案：回答的第一行说明各来源怎么说、是谁说的、是否一致。转载同一篇报道的媒体只算一个原始来源。',
      '把你听到的说法发给我核查：我会说明各来源是支持、反驳还是没有涉及，并给出它们自己的数字。我只评判来源说了什么，不评价任何人。',
      '原文段落逐字引用，保留文章的语言；说法的转述在编辑提供译文时用中文，否则用英文，并在回答中注明。如果没有来源涉及这个问题，我会直说。',
    ].join('\n\n'),
    '点击回答下方的<b>显示原文</b>查看原文段落及其出处，点击<b>更多</b>查看未显示的话题。',
  ],
};

/** The language of the bot's fixed texts for a Telegram user: Russian or Chinese where their Telegram is, else English. */
export function fixedTextLanguage(languageCode: string | undefined): 'en' | 'ru' | 'zh' {
  const language = replyWords(languageCode?.slice(0, 2)).language;
  return language;
}

export function welcomeHtml(username: string, examples: readonly string[], languageCode?: string): string[] {
  const language = fixedTextLanguage(languageCode);
  if (language !== 'en') return LOCAL_WELCOME[language](username, exampleList(examples));
  return [
    `<b>Hello!</b> ${escapeHtml(BOT_DESCRIPTION)}`,
    `<b>Try asking:</b>\n${exampleList(examples)}`,
    [
      '<b>Where you can ask</b>',
      '• Here: just send a question.',
      `• In a group: mention me (<code>@${escapeHtml(username)} your question</code>), reply to one of my messages, or use <code>/ask your question</code>.`,
      `• In any chat: type <code>@${escapeHtml(username)} your question</code> and pick an answer.`,
    ].join('\n'),
    '/sources lists the articles I know. /about explains how answers are sourced.',
  ];
}

export function aboutHtml(languageCode?: string): string[] {
  const language = fixedTextLanguage(languageCode);
  if (language !== 'en') return LOCAL_ABOUT[language];
  return [
    '<b>How answers are sourced</b>',
    [
      'Every answer comes from a curated table of claims taken from news articles. Each claim is a figure, a quote or a reported statement, with who said it, where and when, the outlet and its date, and the passage copied word for word from the article.',
      'I never write an answer of my own: the first line of a reply says what the sources say, who says it and whether they agree. When they differ, it shows both figures and, where the articles explain it, why (for example a different period or scope). Outlets that republish the same story count as one origin.',
      'Send me a claim to check it, a figure or a quote as you heard it: I say whether the sources support it, contradict it or don’t address it, with their own figures. I never rate a person, only what the sources say.',
      'If no source covers a question, I say so rather than guess.',
    ].join('\n\n'),
    'Tap <b>Show passages</b> under an answer to see the passages and where they were published, and <b>More</b> for topics that did not fit.',
  ];
}

/**
 * In a group, the answer to a question no source covers: one line, not the private chat's
 * list of what the bot knows and example questions, which would flood the group.
 */
export function noClaimsInGroupHtml(reason?: Answer['reason'], language?: string | null): string {
  if (reason === 'language') return `<b>${escapeHtml(OTHER_LANGUAGE_MESSAGE)}</b>`;
  const w = replyWords(language);
  if (reason === 'unreadable') return `<b>${escapeHtml(w.unreadable)}</b> ${escapeHtml(w.groupUnreadable)}`;
  return `<b>${escapeHtml(w.noClaims)}</b> ${escapeHtml(w.groupNoClaims)}`;
}

/** The bot's short fixed texts, per Telegram language (replies frame their own words in reply-words.ts). */
interface FixedTexts {
  usage(command: string, mention: string): string;
  readonly unknownCommand: string;
  nonText(example: string): string;
  tooLong(max: number, example: string): string;
  readonly sourcesUnavailable: string;
  sourcesTitle(n: number): string;
  readonly noSources: string;
  readonly outletNotNamed: string;
  readonly dateUnknown: string;
  via(origin: string): string;
}

const FIXED_TEXTS: Readonly<Record<'en' | 'ru' | 'zh', FixedTexts>> = {
  en: {
    usage: (command, mention) => `Ask me like this: ${command}\nor mention me: ${mention}`,
    unknownCommand: "I don't know that command. Send me a question, or try /help.",
    nonText: (example) => `I can only read questions sent as text. Try: ${example}`,
    tooLong: (max, example) => `That message is too long for me. Please ask a shorter question (up to ${max} characters), for example ${example}`,
    sourcesUnavailable: SOURCES_UNAVAILABLE,
    sourcesTitle: (n) => `My ${n} source${n === 1 ? '' : 's'}`,
    noSources: 'I have no sources loaded yet.',
    outletNotNamed: 'Outlet not named',
    dateUnknown: 'date unknown',
    via: (origin) => `via ${origin}`,
  },
  ru: {
    usage: (command, mention) => `Спросите так: ${command}\nили упомяните меня: ${mention}`,
    unknownCommand: 'Такой команды я не знаю. Пришлите вопрос или наберите /help.',
    nonText: (example) => `Я читаю только вопросы, отправленные текстом. Попробуйте: ${example}`,
    tooLong: (max, example) => `Слишком длинное сообщение. Задайте вопрос покороче (до ${max} символов), например: ${example}`,
    sourcesUnavailable: replyWords('ru').sourcesUnavailable,
    sourcesTitle: (n) => `Мои источники (${n})`,
    noSources: 'Источники ещё не загружены.',
    outletNotNamed: 'Издание не названо',
    dateUnknown: 'дата неизвестна',
    via: (origin) => `через ${origin}`,
  },
  zh: {
    usage: (command, mention) => `可以这样问：${command}\n或者提到我：${mention}`,
    unknownCommand: '我不认识这个命令。请直接发送问题，或输入 /help。',
    nonText: (example) => `我只能读取以文字发送的问题。试试：${example}`,
    tooLong: (max, example) => `消息太长了。请把问题缩短到${max}个字符以内，例如：${example}`,
    sourcesUnavailable: replyWords('zh').sourcesUnavailable,
    sourcesTitle: (n) => `我的${n}个来源`,
    noSources: '尚未加载任何来源。',
    outletNotNamed: '未署名媒体',
    dateUnknown: '日期不详',
    via: (origin) => `经${origin}`,
  },
};

const textsFor = (languageCode?: string) => FIXED_TEXTS[fixedTextLanguage(languageCode)];

export function usageHtml(username: string, examples: readonly string[], languageCode?: string): string {
  const example = escapeHtml(examples[0] ?? 'How many Chinese died in WWII?');
  return textsFor(languageCode).usage(`<code>/ask ${example}</code>`, `<code>@${escapeHtml(username)} ${example}</code>`);
}

export function unknownCommandHtml(languageCode?: string): string {
  return escapeHtml(textsFor(languageCode).unknownCommand);
}

export function nonTextHintHtml(examples: readonly string[], languageCode?: string): string {
  return textsFor(languageCode).nonText(`<code>${escapeHtml(examples[0] ?? 'How many Chinese died in WWII?')}</code>`);
}

export function tooLongHtml(examples: readonly string[] = [], languageCode?: string): string {
  return textsFor(languageCode).tooLong(MAX_QUESTION_CHARS, `<i>${escapeHtml(examples[0] ?? 'How many Chinese died in WWII?')}</i>`);
}

/** Plain text: also a callback-query toast and an inline result's title. */
export function sourcesUnavailableText(languageCode?: string): string {
  return textsFor(languageCode).sourcesUnavailable;
}

export function sourcesUnavailableHtml(languageCode?: string): string {
  return escapeHtml(sourcesUnavailableText(languageCode));
}

/** One block per source: outlet (and origin), date, headline. Headlines stay as the outlet wrote them. */
export function sourcesHtml(sources: readonly Source[], languageCode?: string): string[] {
  const t = textsFor(languageCode);
  const w = replyWords(fixedTextLanguage(languageCode));
  if (sources.length === 0) return [escapeHtml(t.noSources)];
  return [
    `<b>${escapeHtml(t.sourcesTitle(sources.length))}</b>`,
    ...sources.map((s) => {
      const outlet = s.outlet ?? t.outletNotNamed;
      const origin = s.origin ? ` (${escapeHtml(t.via(s.origin))})` : '';
      const date = s.published ? formatDate(s.published, w) : t.dateUnknown;
      const headline = s.url ? `<a href="${escapeHtml(s.url)}">${escapeHtml(s.headline)}</a>` : `<i>${escapeHtml(s.headline)}</i>`;
      return `• <b>${escapeHtml(outlet)}</b>${origin}, ${escapeHtml(date)}\n${headline}`;
    }),
  ];
}
