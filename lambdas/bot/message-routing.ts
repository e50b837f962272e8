/**
 * Decides what an incoming message asks of the bot, as a pure function of the
 * message and the bot's identity, so the rules for private chats, groups and
 * channels can be tested without Telegram.
 *
 * Groups: bots there usually run in privacy mode and see only commands,
 * mentions and replies to their own messages. The bot speaks only when it is
 * addressed (mention, reply to it, /ask) and stays silent otherwise. A mention
 * or a reply that does not read as a question ("thanks!", "lol @bot") is
 * chatter too: silence. `/ask` is an explicit request and is always answered.
 */
import { toWellFormed } from './telegram-html';

/** Longer questions get a polite "please ask a shorter question". */
export const MAX_QUESTION_CHARS = 1000;

export interface BotIdentity {
  readonly id: number;
  readonly username: string;
}

export type InfoCommand = 'start' | 'help' | 'sources' | 'about';

export type Route =
  | { readonly kind: 'question'; readonly question: string }
  | { readonly kind: 'too-long' }
  | { readonly kind: 'command'; readonly command: InfoCommand; readonly payload: string }
  /** Addressed to the bot but with nothing to ask (bare /ask or a bare mention). */
  | { readonly kind: 'usage' }
  /** A private-chat command the bot does not know. */
  | { readonly kind: 'unknown-command' }
  /** A sticker, photo, voice note… in a private chat. */
  | { readonly kind: 'non-text' }
  | { readonly kind: 'ignore'; readonly reason: string };

/** The few message fields routing reads; everything is optional because updates are untrusted. */
export interface RoutableMessage {
  readonly text?: unknown;
  readonly chat?: { readonly type?: unknown } | null;
  readonly from?: { readonly id?: unknown; readonly is_bot?: unknown } | null;
  readonly via_bot?: { readonly id?: unknown } | null;
  readonly reply_to_message?: { readonly from?: { readonly id?: unknown } | null } | null;
  readonly entities?: unknown;
}

const INFO_COMMANDS: ReadonlySet<string> = new Set<InfoCommand>(['start', 'help', 'sources', 'about']);
const COMMAND = /^\/([A-Za-z0-9_]{1,64})(?:@([A-Za-z0-9_]{1,64}))?(?=\s|$)/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The bot's username is the same for every update: its pattern is built once per name. */
const mentionPatterns = new Map<string, RegExp>();

function mentionPattern(me: BotIdentity): RegExp {
  let pattern = mentionPatterns.get(me.username);
  if (pattern === undefined) {
    // A whole-word @username, case-insensitive (Telegram usernames are).
    pattern = new RegExp(`(^|[^A-Za-z0-9_@])@${escapeRegExp(me.username)}(?![A-Za-z0-9_])`, 'gi');
    if (mentionPatterns.size > 16) mentionPatterns.clear();
    mentionPatterns.set(me.username, pattern);
  }
  // A global pattern remembers where its last test stopped.
  pattern.lastIndex = 0;
  return pattern;
}

function mentionsMe(message: RoutableMessage, text: string, me: BotIdentity): boolean {
  if (mentionPattern(me).test(text)) return true;
  // A text_mention carries the user itself (used for users without a username, but harmless for bots).
  if (!Array.isArray(message.entities)) return false;
  return message.entities.some((e: unknown) => {
    if (typeof e !== 'object' || e === null) return false;
    const entity = e as { type?: unknown; user?: { id?: unknown } };
    return entity.type === 'text_mention' && entity.user?.id === me.id;
  });
}

/**
 * Removes mentions of the bot and tidies whitespace: what is left is the question. Line breaks stay (one per
 * run of them): a pasted forward is told by its lines, the "Forwarded from …" header and the quoted "> …" lines.
 */
export function cleanQuestion(text: string, me: BotIdentity): string {
  return toWellFormed(text)
    .replace(mentionPattern(me), '$1')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    // "@bot, how many…" and "Hey @bot, how…" leave punctuation behind.
    .replace(/ ([,;:!?])/g, '$1')
    .replace(/^[\s,;:.!–—-]+/, '')
    .trim();
}

function questionRoute(text: string, me: BotIdentity): Route {
  const question = cleanQuestion(text, me);
  if (question.length === 0) return { kind: 'usage' };
  if (question.length > MAX_QUESTION_CHARS) return { kind: 'too-long' };
  return { kind: 'question', question };
}

/**
 * The question inside a message the bot already answered (for "Show passages"):
 * the text without a leading /ask command and without mentions.
 */
export function questionOf(message: RoutableMessage, me: BotIdentity): string | undefined {
  if (typeof message.text !== 'string') return undefined;
  const command = COMMAND.exec(message.text);
  const rest = command && command[1]?.toLowerCase() === 'ask' ? message.text.slice(command[0].length) : message.text;
  const route = questionRoute(rest, me);
  return route.kind === 'question' ? route.question : undefined;
}

export interface RoutingOptions {
  /**
   * Groups only: whether a mention or a reply to the bot reads as a question.
   * Omitted, every one does (private chats never ask: any text is a question there).
   */
  readonly looksLikeQuestion?: (text: string) => boolean;
}

export function routeMessage(message: RoutableMessage, me: BotIdentity, options: RoutingOptions = {}): Route {
  const chatType = message.chat?.type;
  const isPrivate = chatType === 'private';
  const isGroup = chatType === 'group' || chatType === 'supergroup';
  if (!isPrivate && !isGroup) return { kind: 'ignore', reason: `chat type ${String(chatType)}` };
  // Our own inline answers posted by a user come back to us in groups: never answer ourselves.
  if (message.via_bot?.id === me.id) return { kind: 'ignore', reason: 'sent via this bot' };
  if (message.from?.is_bot === true) return { kind: 'ignore', reason: 'from a bot' };

  const text = message.text;
  if (typeof text !== 'string') return isPrivate ? { kind: 'non-text' } : { kind: 'ignore', reason: 'non-text in a group' };

  const command = COMMAND.exec(text);
  if (command) {
    const name = (command[1] ?? '').toLowerCase();
    const target = command[2];
    if (target !== undefined && target.toLowerCase() !== me.username.toLowerCase()) {
      return { kind: 'ignore', reason: 'command for another bot' };
    }
    const rest = text.slice(command[0].length);
    if (name === 'ask') return questionRoute(rest, me);
    if (INFO_COMMANDS.has(name)) return { kind: 'command', command: name as InfoCommand, payload: rest.trim() };
    return isPrivate ? { kind: 'unknown-command' } : { kind: 'ignore', reason: 'unknown command in a group' };
  }

  if (isPrivate) return questionRoute(text, me);

  const repliesToMe = message.reply_to_message?.from?.id === me.id;
  if (!repliesToMe && !mentionsMe(message, text, me)) return { kind: 'ignore', reason: 'group chatter' };
  const route = questionRoute(text, me);
  if (route.kind === 'question' && options.looksLikeQuestion && !options.looksLikeQuestion(route.question)) {
    return { kind: 'ignore', reason: 'not a question in a group' };
  }
  return route;
}
