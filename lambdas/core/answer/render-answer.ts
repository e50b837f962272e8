/**
 * Answers as text blocks: per topic a header block, one block per claim and a
 * verdict block. Each block stands on its own (balanced tags, no block spans
 * two messages), so the Telegram layer can pack blocks into 4096-character
 * messages and split only between them.
 *
 * Formats: Telegram HTML parse mode (only <b>, <i>, <u>, <a href>,
 * <blockquote>; every &, <, > in data is escaped) and plain terminal text,
 * with optional ANSI bold for a TTY.
 */
import type { SourcedClaim } from '../claims/claim-schema';
import type { Answer, TopicAnswer } from './answer-types';
import { displayedQualifiers, formatFigure, sourceLabel } from './topic-verdict';

export interface RenderOptions {
  readonly format: 'html' | 'terminal';
  /** short: passages trimmed to about 160 characters; full: verbatim. */
  readonly passages: 'short' | 'full';
  /** Terminal only: ANSI bold for headings (pass `process.stdout.isTTY`). */
  readonly color?: boolean;
}

export const NO_CLAIMS_MESSAGE = 'I have no sourced claims on that.';
/** When the read budget cut a lookup short: the answer may be incomplete, and a narrower question reads less. */
export const TRUNCATED_NOTE = 'I read as many claims as one question may, and more may match: a narrower question (a place, a year, a subject) gets a complete answer.';
const SHORT_PASSAGE_CHARS = 160;
/** A passage longer than this is cut even in full mode: one block must fit one Telegram message. */
const MAX_PASSAGE_CHARS = 3000;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Escape data and user text for Telegram HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** "8 May 2025" from "2025-05-08". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = MONTH_NAMES[Number(m) - 1];
  return month === undefined ? iso : `${Number(d)} ${month} ${y}`;
}

/** Cut at a word boundary and mark the cut with "…". */
export function trimPassage(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

interface Style {
  text(s: string): string;
  bold(s: string): string;
  italic(s: string): string;
  heading(s: string): string;
  link(label: string, url: string | null): string;
  quote(passage: string): string;
}

function styleFor(options: RenderOptions): Style {
  if (options.format === 'html') {
    return {
      text: escapeHtml,
      bold: (s) => `<b>${escapeHtml(s)}</b>`,
      italic: (s) => `<i>${escapeHtml(s)}</i>`,
      heading: (s) => `<u><b>${escapeHtml(s)}</b></u>`,
      link: (label, url) => (url === null ? escapeHtml(label) : `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`),
      quote: (p) => `<blockquote>${escapeHtml(p)}</blockquote>`,
    };
  }
  const bold = (s: string) => (options.color ? `\x1b[1m${s}\x1b[22m` : s);
  return {
    text: (s) => s,
    bold,
    italic: (s) => s,
    heading: (s) => bold(`== ${s} ==`),
    link: (label, url) => (url === null ? label : `${label} <${url}>`),
    quote: (p) => p.split('\n').map((line) => `  | ${line}`).join('\n'),
  };
}

type Names = Answer['names'];

function entityName(id: string | null, names: Names): string | null {
  return id === null ? null : (names?.[id] ?? id);
}

function publicationNote(claim: SourcedClaim): string {
  const { published, publishedNote } = claim.source;
  if (published === null) return 'publication date unknown';
  const inferred = /inferred|likely|uncertain|not stated|upper bound/i.test(publishedNote);
  return `published ${formatDate(published)}${inferred ? ' (inferred)' : ''}`;
}

function renderClaim(claim: SourcedClaim, options: RenderOptions, s: Style, names: Names): string {
  const lines: string[] = [];
  if (claim.figure !== null) {
    const shown = displayedQualifiers(claim.figure);
    const qualifiers = shown.length > 0 ? ` ${s.italic(`(${shown.join('; ')})`)}` : '';
    lines.push(`${s.bold(formatFigure(claim.figure, { withUnit: true }))}${qualifiers}`);
    lines.push(s.text(claim.text));
  } else {
    lines.push(s.bold(claim.text));
  }
  const who = entityName(claim.speaker, names) ?? 'not attributed (the outlet’s own reporting)';
  const where = entityName(claim.place, names) ?? 'not stated';
  const when = claim.date === null ? 'not stated' : formatDate(claim.date);
  lines.push(`${s.italic('Who:')} ${s.text(who)} · ${s.italic('Where:')} ${s.text(where)} · ${s.italic('When:')} ${s.text(when)}`);
  const outlet = s.link(sourceLabel(claim.source, 'long'), claim.source.url);
  const headline = claim.source.outlet === null && claim.source.origin === null ? '' : ` — ${s.italic(`“${claim.source.headline}”`)}`;
  lines.push(`${s.italic('Source:')} ${outlet}${headline}, ${s.text(publicationNote(claim))}`);
  const passage = options.passages === 'short' ? trimPassage(claim.excerpt, SHORT_PASSAGE_CHARS) : trimPassage(claim.excerpt, MAX_PASSAGE_CHARS);
  lines.push(s.quote(passage));
  return lines.join('\n');
}

function renderTopic(topic: TopicAnswer, options: RenderOptions, s: Style, names: Names): string[] {
  const count = new Set(topic.claims.map((c) => c.source.id)).size;
  const header = `${s.heading(topic.topic)}\n${s.italic(`${count} source${count === 1 ? '' : 's'}`)}`;
  const verdict = `${s.bold('Verdict:')} ${s.text(topic.verdict)}`;
  const trimmed = topic.omittedClaims ?? 0;
  const more = trimmed > 0 ? [s.italic(`+${trimmed} more claim${trimmed === 1 ? '' : 's'} on this topic from the same sources, not shown; the verdict covers them.`)] : [];
  return [header, ...topic.claims.map((c) => renderClaim(c, options, s, names)), ...more, verdict];
}

/** Topic names listed in the "not shown" note before it says "…". */
const OMITTED_TOPICS_LISTED = 3;

/** "9 more topics not shown (38 claims): A; B; C; … — ask a narrower question, e.g. “…”". */
function renderOmitted(answer: Answer, s: Style): string[] {
  const omitted = answer.omitted;
  if (omitted === undefined || omitted.claims === 0) return [];
  const asked = answer.question.trim().toLowerCase();
  const examples = answer.guide?.examples ?? [];
  const example = examples.find((q) => q.toLowerCase() !== asked) ?? examples[0];
  const n = omitted.topics.length;
  const listed = omitted.topics.slice(0, OMITTED_TOPICS_LISTED).join('; ') + (n > OMITTED_TOPICS_LISTED ? '; …' : '');
  const what =
    n > 0
      ? `${n} more topic${n === 1 ? '' : 's'} not shown (${omitted.claims} claim${omitted.claims === 1 ? '' : 's'}): ${listed}`
      : `${omitted.claims} more claim${omitted.claims === 1 ? '' : 's'} not shown`;
  return [`${s.bold('More:')} ${s.text(`${what} — ask a narrower question${example === undefined ? '' : `, e.g. “${example}”`}`)}`];
}

/** The polite "no sourced claims" reply: what the bot knows and questions it can answer. */
function renderUnanswered(answer: Answer, s: Style, options: RenderOptions): string[] {
  const guide = answer.guide;
  const examples = (guide?.examples ?? []).slice(0, 3).map((q) => `• ${s.text(q)}`).join('\n');
  const suggestions = examples ? [`${s.italic('You could ask:')}\n${examples}`] : [];
  switch (answer.reason) {
    case 'language':
      return [`${s.bold('I understand English for now.')} ${s.text('Please ask in English, for example:')}`, ...(examples ? [examples] : [])];
    case 'unreadable':
      // Not "no article covers it": the bot could not tell what was asked.
      return [`${s.bold('I could not read that as a question.')} ${s.text('Name who or what it is about, e.g. “What did <person> say in <place>?” or “How many … died in …?”')}`, ...suggestions];
    case 'near-miss': {
      const related = answer.related ?? [];
      const lead = `${s.bold(`No source gives ${answer.missing ?? 'exactly that'}.`)} ${s.text('What the sources do give:')}`;
      return [lead, ...related.flatMap((t) => renderTopic(t, options, s, answer.names))];
    }
    default:
      return [`${s.bold(NO_CLAIMS_MESSAGE)} I only answer from sourced news articles, and none of them covers this question.`, ...(guide ? [s.text(guide.summary)] : []), ...suggestions];
  }
}

/** Whether the full rendering would show more than the short one: some passage is longer than its short cut. */
export function hasLongerPassages(answer: Answer): boolean {
  return answer.topics.some((t) => t.claims.some((c) => trimPassage(c.excerpt, SHORT_PASSAGE_CHARS) !== trimPassage(c.excerpt, MAX_PASSAGE_CHARS)));
}

/** Blocks of a reply, in order; join with a blank line or pack into messages. */
export function renderAnswer(answer: Answer, options: RenderOptions): string[] {
  const s = styleFor(options);
  const cut = answer.truncated === true ? [s.italic(TRUNCATED_NOTE)] : [];
  if (!answer.answered || answer.topics.length === 0) return [...renderUnanswered(answer, s, options), ...cut];
  return [...answer.topics.flatMap((t) => renderTopic(t, options, s, answer.names)), ...renderOmitted(answer, s), ...cut];
}

/** The whole reply as one text: the terminal chat, `npm run ask`, and the public JSON `reply`. */
export function renderReplyText(answer: Answer, format: 'html' | 'terminal', options: { color?: boolean; passages?: 'short' | 'full' } = {}): string {
  return renderAnswer(answer, { format, passages: options.passages ?? 'short', color: options.color ?? false }).join('\n\n');
}
