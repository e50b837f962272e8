/**
 * Telegram HTML parse mode: escaping, and packing rendered blocks into
 * messages of at most 4096 characters.
 *
 * Telegram rejects the whole message ("400 can't parse entities") for one
 * stray `<` or `&`, and rejects anything over 4096 characters, so every text
 * that leaves the bot goes through these helpers.
 */

/** Telegram's limit for a message text (and an inline result's message_text). */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

/** Between two blocks of one message. */
const BLOCK_SEPARATOR = '\n\n';

/**
 * Escapes text for Telegram HTML. `"` is escaped too so the same function is
 * safe inside attribute values (href). Only &lt; &gt; &amp; &quot; are used:
 * Telegram knows no other named entities.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * Replaces lone UTF-16 surrogates (possible in hostile JSON) with U+FFFD so
 * that what we send back is well-formed UTF-8.
 */
export function toWellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * Packs self-contained HTML blocks (each balanced on its own) into as few
 * messages as possible, splitting only between blocks. A single block longer
 * than the limit is split inside itself at word boundaries, closing and
 * reopening its tags so that every message stays valid HTML.
 */
export function packBlocks(blocks: readonly string[], limit: number = TELEGRAM_MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim().length > 0) messages.push(current);
    current = '';
  };
  for (const raw of blocks) {
    const block = raw.trim();
    if (block.length === 0) continue;
    const pieces = block.length > limit ? splitHtml(block, limit) : [block];
    for (const piece of pieces) {
      if (current.length === 0) current = piece;
      else if (current.length + BLOCK_SEPARATOR.length + piece.length <= limit) current += BLOCK_SEPARATOR + piece;
      else {
        flush();
        current = piece;
      }
    }
  }
  flush();
  return messages;
}

type Token = { kind: 'open'; name: string; raw: string } | { kind: 'close'; name: string; raw: string } | { kind: 'text'; raw: string };

/** Tags, entities and words (a word keeps its leading whitespace, so splits fall on spaces). */
function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const re = /<\/?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>|&[a-zA-Z]+;|&#x?[0-9a-fA-F]+;|\s*[^\s<&]+|\s+|[<&]/g;
  for (const match of html.matchAll(re)) {
    const raw = match[0];
    const name = match[1];
    if (name !== undefined) tokens.push({ kind: raw.startsWith('</') ? 'close' : 'open', name: name.toLowerCase(), raw });
    else tokens.push({ kind: 'text', raw });
  }
  return tokens;
}

/** Splits a word longer than `max` on code-point boundaries (never inside a surrogate pair). */
function chopWord(word: string, max: number): string[] {
  const parts: string[] = [];
  let part = '';
  for (const ch of word) {
    if (part.length > 0 && part.length + ch.length > max) {
      parts.push(part);
      part = '';
    }
    part += ch;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/**
 * Splits one balanced HTML fragment into pieces of at most `limit` characters,
 * never inside a tag or an entity. Open tags are closed at the end of a piece
 * and reopened (with their attributes) at the start of the next.
 */
export function splitHtml(html: string, limit: number = TELEGRAM_MESSAGE_LIMIT): string[] {
  const pieces: string[] = [];
  const open: Array<{ name: string; raw: string }> = [];
  const closing = () => open.map((t) => `</${t.name}>`).reverse().join('');
  const reopening = () => open.map((t) => t.raw).join('');
  let piece = '';
  const room = () => limit - piece.length - closing().length;
  const flush = () => {
    const text = piece + closing();
    if (text.replace(/<[^>]*>/g, '').trim().length > 0) pieces.push(text);
    piece = reopening();
  };
  for (const token of tokenize(html)) {
    if (token.kind === 'open') {
      // An opening tag needs room for itself, its closing tag and some text.
      if (room() < token.raw.length + token.name.length + 3 + 16) flush();
      open.push({ name: token.name, raw: token.raw });
      piece += token.raw;
    } else if (token.kind === 'close') {
      const at = open.map((t) => t.name).lastIndexOf(token.name);
      if (at >= 0) open.splice(at, 1);
      piece += token.raw;
    } else {
      let text = token.raw;
      if (text.length > room()) {
        flush();
        // At the start of a piece, leading whitespace is noise.
        text = text.trimStart();
      }
      // A single word longer than a message: chop it, piece by piece.
      while (text.length > room()) {
        const head = chopWord(text, Math.max(1, room()))[0] ?? text;
        piece += head;
        text = text.slice(head.length);
        flush();
      }
      piece += text;
    }
  }
  if (piece.replace(/<[^>]*>/g, '').trim().length > 0) pieces.push(piece + closing());
  return pieces;
}

/** Cuts a plain (not yet escaped) text to `max` characters with an ellipsis, on a code-point boundary. */
export function truncatePlain(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}
