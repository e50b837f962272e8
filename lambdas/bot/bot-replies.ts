/**
 * Every fixed text the bot sends, as Telegram HTML. Data and user text are
 * escaped here; nothing else in the bot builds HTML by hand.
 */
import type { Answer } from '../core/answer/answer-types';
import { OTHER_LANGUAGE_MESSAGE, formatDate } from '../core/answer/render-answer';
import { replyWords } from '../core/answer/reply-words';
import type { Source } from '../core/claims/claim-schema';
import { BOT_DESCRIPTION } from './bot-commands';
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

export function welcomeHtml(username: string, examples: readonly string[]): string[] {
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

export function aboutHtml(): string[] {
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

export function usageHtml(username: string, examples: readonly string[]): string {
  const example = examples[0] ?? 'How many Chinese died in WWII?';
  return `Ask me like this: <code>/ask ${escapeHtml(example)}</code>\nor mention me: <code>@${escapeHtml(username)} ${escapeHtml(example)}</code>`;
}

export function unknownCommandHtml(): string {
  return "I don't know that command. Send me a question, or try /help.";
}

export function nonTextHintHtml(examples: readonly string[]): string {
  const example = examples[0] ?? 'How many Chinese died in WWII?';
  return `I can only read questions sent as text. Try: <code>${escapeHtml(example)}</code>`;
}

export function tooLongHtml(): string {
  return `That message is too long for me. Please ask a shorter question (up to ${MAX_QUESTION_CHARS} characters), for example <i>How many Chinese died in WWII?</i>`;
}

export function sourcesUnavailableHtml(): string {
  return escapeHtml(SOURCES_UNAVAILABLE);
}

/** One block per source: outlet (and origin), date, headline. */
export function sourcesHtml(sources: readonly Source[]): string[] {
  if (sources.length === 0) return ['I have no sources loaded yet.'];
  return [
    `<b>My ${sources.length} source${sources.length === 1 ? '' : 's'}</b>`,
    ...sources.map((s) => {
      const outlet = s.outlet ?? 'Outlet not named';
      const origin = s.origin ? ` (via ${escapeHtml(s.origin)})` : '';
      const date = s.published ? formatDate(s.published) : 'date unknown';
      const headline = s.url ? `<a href="${escapeHtml(s.url)}">${escapeHtml(s.headline)}</a>` : `<i>${escapeHtml(s.headline)}</i>`;
      return `• <b>${escapeHtml(outlet)}</b>${origin}, ${escapeHtml(date)}\n${headline}`;
    }),
  ];
}
