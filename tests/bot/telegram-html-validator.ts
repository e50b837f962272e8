/**
 * A strict checker for Telegram's HTML parse mode, used by the tests to prove
 * that every message the bot sends would be accepted: only the tags Telegram
 * supports, balanced and properly nested, only the entities &lt; &gt; &amp;
 * &quot;, no stray < > &, and at most 4096 characters.
 *
 * Stricter than Telegram (which also takes numeric entities) on purpose.
 */
const ALLOWED_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'tg-emoji', 'code', 'pre', 'blockquote']);
const ENTITY = /^&(lt|gt|amp|quot);/;
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*>/;
const ATTRIBUTE = /([a-zA-Z-]+)(?:="([^"]*)")?/g;

export const TELEGRAM_LIMIT = 4096;

export function telegramHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  if (html.length > TELEGRAM_LIMIT) problems.push(`longer than ${TELEGRAM_LIMIT} characters (${html.length})`);
  if (html.replace(/<[^>]*>/g, '').trim().length === 0) problems.push('empty message');
  const stack: string[] = [];
  let i = 0;
  while (i < html.length) {
    const rest = html.slice(i);
    const ch = html[i];
    if (ch === '<') {
      const m = TAG.exec(rest);
      if (!m) {
        problems.push(`stray "<" at ${i}`);
        i += 1;
        continue;
      }
      const [whole, slash, rawName = '', attrs = ''] = m;
      const name = rawName.toLowerCase();
      if (!ALLOWED_TAGS.has(name)) problems.push(`tag <${name}> not allowed at ${i}`);
      if (slash) {
        const top = stack.pop();
        if (top !== name) problems.push(`</${name}> closes <${top ?? 'nothing'}> at ${i}`);
      } else {
        for (const a of attrs.matchAll(ATTRIBUTE)) {
          const value = a[2] ?? '';
          if (/[<>]/.test(value) || /&(?!(lt|gt|amp|quot);)/.test(value)) problems.push(`bad attribute value at ${i}`);
        }
        if (name === 'a' && !/\shref="/.test(attrs)) problems.push(`<a> without href at ${i}`);
        if (name === 'span' && !/class="tg-spoiler"/.test(attrs)) problems.push(`<span> without tg-spoiler at ${i}`);
        stack.push(name);
      }
      i += whole.length;
    } else if (ch === '&') {
      const m = ENTITY.exec(rest);
      if (!m) problems.push(`unknown or unescaped entity at ${i}: ${JSON.stringify(rest.slice(0, 10))}`);
      i += m ? m[0].length : 1;
    } else if (ch === '>') {
      problems.push(`stray ">" at ${i}`);
      i += 1;
    } else {
      i += 1;
    }
  }
  if (stack.length > 0) problems.push(`unclosed tags: ${stack.join(', ')}`);
  return problems;
}

export function isValidTelegramHtml(html: string): boolean {
  return telegramHtmlProblems(html).length === 0;
}
