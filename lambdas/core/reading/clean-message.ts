/**
 * What a pasted or chatty Telegram message carries besides its question:
 * "Forwarded from …" lines, quoted lines ("> …"), links, other bots'
 * @mentions, emoji and markdown. Each rule removes one kind of noise; the
 * order is written once in CLEANING_RULES. Quoted lines are kept apart: when
 * the user's own words say nothing ("is this right?"), the quote is what they ask about.
 */

export interface CleanedMessage {
  /** The user's own words, noise removed. */
  readonly text: string;
  /** Lines the user quoted ("> …"), noise removed. */
  readonly quoted: string;
}

type Rule = (text: string) => string;

// "Forwarded from Channel" on its own line goes whole; "Fwd from a friend: question" only up to the colon.
// Telegram writes the header in the user's language: "Переслано от …", "转发自 …".
const forwardedHeader: Rule = (t) =>
  t
    .replace(/^\s*(?:forwarded from|fwd?(?: from)?|fw)\b(?:[^\n:]*:|[^\n]*(?:\n|$))/gim, '\n')
    .replace(/^\s*(?:переслано от|пересланное сообщение|转发自)(?:[^\n:：]*[:：]|[^\n]*(?:\n|$))/gimu, '\n');
const links: Rule = (t) => t.replace(/\b(?:https?:\/\/|www\.|t\.me\/)\S+/gi, ' ');
/** E-mail addresses and phone numbers are contact details, not words of a question ("call me on +44 20 …"). */
const contacts: Rule = (t) => t.replace(/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, ' ').replace(/(?:\+\d{1,3}[\s.-]?)(?:\(?\d{1,4}\)?[\s.-]?){2,5}\d{2,4}\b/g, ' ');
const mentions: Rule = (t) => t.replace(/(^|\s)@\w{2,}/g, '$1');
// Emoji, flags, pictographs and their joiners; keeps letters of any script.
const emoji: Rule = (t) => t.replace(/\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{FE0F}|\u{200D}|\u{20E3}|[\u{1F3FB}-\u{1F3FF}]/gu, ' ');
// Markdown marks around words (*bold*, _italic_, `code`, ~strike~), not apostrophes or hyphens inside them.
const markdown: Rule = (t) => t.replace(/[*_`~]+/g, ' ').replace(/^\s*#+\s*/gm, '');

/** The order the rules run in. */
const CLEANING_RULES: readonly Rule[] = [forwardedHeader, links, contacts, mentions, emoji, markdown];

/** A pasted message longer than this is cut before reading: questions are short, and each stretch is parsed. */
export const MAX_MESSAGE_CHARS = 2_000;

export function cleanMessage(raw: string): CleanedMessage {
  const own: string[] = [];
  const quoted: string[] = [];
  for (const line of raw.slice(0, MAX_MESSAGE_CHARS).split('\n')) {
    const quote = line.match(/^\s*(?:>|&gt;)\s?(.*)$/);
    if (quote) quoted.push(quote[1] ?? '');
    else own.push(line);
  }
  const clean = (text: string) => CLEANING_RULES.reduce((t, rule) => rule(t), text).replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  return { text: clean(own.join('\n')), quoted: clean(quoted.join('\n')) };
}
