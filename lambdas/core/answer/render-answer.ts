/**
 * Answers as a phone shows them: the answer first, in one sentence, then one
 * compact line per claim (figure or quote, who, where, when, outlet). The
 * passages and full provenance come only in the full rendering ("Show
 * passages" in Telegram, `--full` in the terminal).
 *
 * The short rendering fits one Telegram message: a one-topic answer stays
 * within SHORT_TOPIC_CHARS, the whole within MESSAGE_CHARS; topics that do not
 * fit are counted in `moreTopics` for a "More" button or hint. The text is
 * made of blocks that each stand alone (balanced tags), so the full rendering
 * can be packed into several messages and split only between blocks.
 *
 * Formats: Telegram HTML parse mode (only <b>, <i>, <u>, <a href>,
 * <blockquote>; every &, <, > in data is escaped) and plain terminal text,
 * with optional ANSI bold for a TTY.
 */
import { examplesIn, summaryIn } from '../knowledge/knowledge-schema';
import type { SourcedClaim } from '../claims/claim-schema';
import type { Answer, TopicAnswer } from './answer-types';
import { isDateSpanUnit } from '../claims/lookup-keys';
import { formatDate, outletName } from './source-voice';
import { EN, replyWords, type ReplyWords } from './reply-words';
import { displayedQualifiers, formatFigure } from './topic-verdict';

export { formatDate } from './source-voice';

export interface RenderOptions {
  readonly format: 'html' | 'terminal';
  /** short: compact lines only, one message; full: every claim with its passage and provenance. */
  readonly passages: 'short' | 'full';
  /** Terminal only: ANSI bold for headings (pass `process.stdout.isTTY`). */
  readonly color?: boolean;
  /** Render from this topic on (a "More" button's page). */
  readonly fromTopic?: number;
}

export interface RenderedReply {
  readonly blocks: string[];
  /** Topics shown, counted from `fromTopic`. */
  readonly shownTopics: number;
  /** Topics after those shown, left for a "More" button. */
  readonly moreTopics: number;
}

export const NO_CLAIMS_MESSAGE = EN.noClaims;
/** A language the bot does not read: one line, in English, naming those it does. */
export const OTHER_LANGUAGE_MESSAGE = 'I read English, Russian (русский) and Chinese (中文): please ask in one of them.';
/** When the read budget cut a lookup short: the answer may be incomplete, and a narrower question reads less. */
export const TRUNCATED_NOTE = EN.truncated;
/** Visible characters of a one-topic short answer (Telegram counts text, not markup). */
export const SHORT_TOPIC_CHARS = 1200;
/** Visible characters of any short answer: one Telegram message (4096) with room to spare. */
export const MESSAGE_CHARS = 3500;
/** A claim's line in the short answer: its sentence is cut here. */
const LINE_TEXT_CHARS = 180;
/** A passage longer than this is cut even in full mode: one block must fit one Telegram message. */
const MAX_PASSAGE_CHARS = 3000;
const QUALIFIERS_SHOWN = 2;
const QUALIFIER_CHARS = 60;

/** Escape data and user text for Telegram HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * The characters Telegram counts: text without tags, entities decoded. The
 * renderer budgets on the raw length instead (never less), so a reply within
 * its budget also fits Telegram's 4096-character limit on the markup.
 */
export function visibleLength(html: string): number {
  return html.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot);/g, '_').length;
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
  readonly html: boolean;
  /** The frame's words, in the reply's language. */
  readonly w: ReplyWords;
  text(s: string): string;
  bold(s: string): string;
  italic(s: string): string;
  heading(s: string): string;
  link(label: string, url: string | null): string;
  quote(passage: string): string;
}

function styleFor(options: RenderOptions, w: ReplyWords = EN): Style {
  if (options.format === 'html') {
    return {
      w,
      html: true,
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
    w,
    html: false,
    text: (s) => s,
    bold,
    italic: (s) => s,
    heading: (s) => bold(`== ${s} ==`),
    link: (label, url) => (url === null ? label : `${label} <${url}>`),
    quote: (p) => p.split('\n').map((line) => `  | ${line}`).join('\n'),
  };
}

/** Display names and short names ("Putin") of the entities a reply shows, and what curators translated of its claims. */
interface Names {
  readonly display: Answer['names'];
  readonly short: Answer['shortNames'];
  /** Curators' translations of claims' sentences, by claim id. */
  readonly translated?: Answer['translations'];
  /** Curators' translations of topics, qualifiers and units, by their English. */
  readonly topics?: Answer['topicTranslations'];
  readonly qualifiers?: Answer['qualifierTranslations'];
  readonly units?: Answer['unitTranslations'];
}

const namesOf = (answer: Answer): Names => ({
  display: answer.names,
  short: answer.shortNames,
  translated: answer.translations,
  topics: answer.topicTranslations,
  qualifiers: answer.qualifierTranslations,
  units: answer.unitTranslations,
});

const sentenceOf = (claim: SourcedClaim, names: Names) => claimSentenceIn(claim, { translations: names.translated });

/** A topic in the reply's language when a curator translated it, else as the claims write it. */
export const topicIn = (topic: string, answer: Pick<Answer, 'topicTranslations'>): string => answer.topicTranslations?.[topic] ?? topic;

/** A claim's sentence in the reply's language when a curator translated it, else its English. */
export const claimSentenceIn = (claim: SourcedClaim, answer: Pick<Answer, 'translations'>): string => answer.translations?.[claim.id] ?? claim.text;

function entityName(id: string | null, names: Names): string | null {
  return id === null ? null : (names.display?.[id] ?? id);
}

/** Who, where, when of a claim, only the parts it has: "Putin, Moscow, 8 May 2025". */
function whoWhereWhen(claim: SourcedClaim, names: Names, withWho: boolean, w: ReplyWords): string {
  const parts: string[] = [];
  if (withWho && claim.speaker !== null) parts.push(names.short?.[claim.speaker] ?? entityName(claim.speaker, names) ?? claim.speaker);
  const place = entityName(claim.place, names);
  if (place !== null) parts.push(place);
  // A span of dates is its own date.
  if (claim.date !== null && !(claim.figure !== null && isDateSpanUnit(claim.figure.unit))) parts.push(formatDate(claim.date, w));
  return parts.join(', ');
}

/** Qualifiers worth a compact line: at most two, each short; chosen by their English, shown translated where a curator did. */
function lineQualifiers(claim: SourcedClaim, all: boolean, names: Names): string[] {
  if (claim.figure === null) return [];
  const shown = (q: string) => names.qualifiers?.[q] ?? q;
  if (all) return displayedQualifiers(claim.figure).map(shown);
  return displayedQualifiers(claim.figure)
    // Not the speaker again, and not what a source leaves open ("period not specified"): the full rendering keeps those.
    .filter((q) => !/\b(?:stated by|quoting|according to|said by|cited by|not specified|not stated|not distinguished)\b/i.test(q))
    .slice(0, QUALIFIERS_SHOWN)
    .map((q) => trimPassage(shown(q), QUALIFIER_CHARS));
}

/** One line per claim: "• 37 million deaths (period not specified) — Putin, Moscow, 8 May 2025 · MENAFN". */
function compactLine(claim: SourcedClaim, s: Style, names: Names, allQualifiers = false): string {
  const outlet = s.link(outletName(claim.source, 'long', s.w), claim.source.url);
  if (claim.figure !== null) {
    const qualifiers = lineQualifiers(claim, allQualifiers, names);
    const what = `${s.bold(formatFigure(claim.figure, { withUnit: true, words: s.w, unit: (u) => names.units?.[u] }))}${qualifiers.length > 0 ? ` ${s.text(`(${qualifiers.join('; ')})`)}` : ''}`;
    const context = whoWhereWhen(claim, names, true, s.w);
    return `• ${what} — ${context ? `${s.text(context)} · ` : ''}${outlet}`;
  }
  const short = claim.speaker === null ? null : (names.short?.[claim.speaker] ?? entityName(claim.speaker, names));
  // The claim's sentence usually names its speaker already ("Xi said…"); else the line does.
  const sentence = sentenceOf(claim, names);
  const withWho = short !== null && !sentence.toLowerCase().includes(short.toLowerCase());
  const context = whoWhereWhen(claim, names, withWho, s.w);
  return `• ${s.text(trimPassage(sentence, LINE_TEXT_CHARS))} — ${context ? `${s.text(context)} · ` : ''}${outlet}`;
}

function publicationNote(claim: SourcedClaim, w: ReplyWords): string {
  const { published, publishedNote } = claim.source;
  if (published === null) return w.publishedUnknown;
  const inferred = /inferred|likely|uncertain|not stated|upper bound/i.test(publishedNote);
  return w.published(formatDate(published, w), inferred);
}

/** Full rendering of one claim: its line, the verbatim passage, and where it was published. */
function fullClaim(claim: SourcedClaim, s: Style, names: Names): string {
  const lines = [compactLine(claim, s, names, true)];
  if (claim.figure !== null) lines.push(s.text(sentenceOf(claim, names)));
  lines.push(s.quote(trimPassage(claim.excerpt, MAX_PASSAGE_CHARS)));
  lines.push(s.italic(`${outletName(claim.source, 'long', s.w)}, “${claim.source.headline}”, ${publicationNote(claim, s.w)}`));
  return lines.join('\n');
}

/** The topic's one-line answer: the judgement of the user's claim when there is one, else the sources' verdict. */
export function topicAnswerLine(topic: TopicAnswer): string {
  return topic.check?.line ?? topic.verdict;
}

/** The whole answer's one line: a comparison, else the first topic's answer. */
export function answerLine(answer: Answer): string {
  if (answer.comparison) return answer.comparison.line;
  const first = answer.topics[0];
  return first === undefined ? NO_CLAIMS_MESSAGE : topicAnswerLine(first);
}

function topicBlocks(topic: TopicAnswer, s: Style, names: Names, mode: 'short' | 'full', single: boolean, maxChars: number, ledAlready = false): string[] {
  const line = topicAnswerLine(topic);
  const count = new Set(topic.claims.map((c) => c.source.id)).size;
  const title = names.topics?.[topic.topic] ?? topic.topic;
  // Each topic's first line is its answer: alone, the answer then the topic; among several, the topic then its answer.
  const head = single
    ? `${s.bold(line)}\n${s.italic(s.w.topicSources(title, count))}`
    : ledAlready
      ? s.heading(title)
      : `${s.heading(title)} ${s.text(`— ${line}`)}`;
  if (mode === 'full') return [head, ...topic.claims.map((c) => fullClaim(c, s, names))];
  const lines: string[] = [];
  let used = head.length;
  const trimmed = topic.omittedClaims ?? 0;
  for (const [i, claim] of topic.claims.entries()) {
    const text = compactLine(claim, s, names);
    const left = topic.claims.length - i - 1 + trimmed;
    const reserve = left > 0 ? 60 : 0;
    if (lines.length > 0 && used + text.length + 1 + reserve > maxChars) {
      const rest = topic.claims.length - i + trimmed;
      lines.push(s.italic(s.w.moreClaims(rest, s.html ? s.w.showPassages : '--full')));
      return [`${head}\n${lines.join('\n')}`];
    }
    lines.push(text);
    used += text.length + 1;
  }
  if (trimmed > 0) lines.push(s.italic(s.w.trimmedClaims(trimmed)));
  return [`${head}\n${lines.join('\n')}`];
}

/** Topic names listed in the "not shown" note before it says "…". */
const OMITTED_TOPICS_LISTED = 3;

/** "9 more topics not shown (38 claims): A; B; C; … — ask a narrower question, e.g. “…”". */
function renderOmitted(answer: Answer, s: Style): string[] {
  const omitted = answer.omitted;
  if (omitted === undefined || omitted.claims === 0) return [];
  const asked = answer.question.trim().toLowerCase();
  const examples = answer.guide ? examplesIn(answer.guide, answer.language) : [];
  const example = examples.find((q) => q.toLowerCase() !== asked) ?? examples[0];
  const n = omitted.topics.length;
  const listed = omitted.topics.slice(0, OMITTED_TOPICS_LISTED).map((t) => topicIn(t, answer)).join('; ') + (n > OMITTED_TOPICS_LISTED ? '; …' : '');
  const what = n > 0 ? s.w.omitted(n, omitted.claims, listed) : s.w.omittedClaims(omitted.claims);
  return [`${s.bold(s.w.more)} ${s.italic(s.w.narrower(what, example))}`];
}

/** The polite "no sourced claims" reply: what the bot knows and questions it can answer. */
function renderUnanswered(answer: Answer, s: Style, mode: 'short' | 'full'): string[] {
  const guide = answer.guide;
  const examples = (guide ? examplesIn(guide, answer.language) : []).slice(0, 3).map((q) => `• ${s.text(q)}`).join('\n');
  const w = s.w;
  const suggestions = examples ? [`${s.italic(w.youCouldAsk)}\n${examples}`] : [];
  switch (answer.reason) {
    case 'language':
      return [s.bold(OTHER_LANGUAGE_MESSAGE)];
    case 'unreadable':
      // Not "no article covers it": the bot could not tell what was asked.
      return [`${s.bold(w.unreadable)} ${s.text(w.unreadableHow)}`, ...suggestions];
    case 'near-miss': {
      const related = answer.related ?? [];
      const lead = `${s.bold(w.nearMiss(answer.missing ?? 'exactly that'))} ${s.text(w.nearMissLead)}`;
      return [lead, ...related.flatMap((t) => topicBlocks(t, s, namesOf(answer), mode, false, SHORT_TOPIC_CHARS))];
    }
    default:
      return [`${s.bold(w.noClaims)} ${s.text(w.noClaimsWhy)}`, ...(guide ? [s.text(summaryIn(guide, answer.language))] : []), ...suggestions];
  }
}

/** The reply's blocks, and how many topics were left for a "More" page. */
export function renderReply(answer: Answer, options: RenderOptions): RenderedReply {
  const s = styleFor(options, replyWords(answer.language));
  const names = namesOf(answer);
  const cut = answer.truncated === true ? [s.italic(s.w.truncated)] : [];
  if (!answer.answered || answer.topics.length === 0) {
    const blocks = [...renderUnanswered(answer, s, options.passages), ...cut];
    return { blocks: fitMessage(blocks, options), shownTopics: 0, moreTopics: 0 };
  }
  const from = Math.max(0, options.fromTopic ?? 0);
  // A stale "More" button past the last topic: nothing more to show.
  if (from >= answer.topics.length) return { blocks: [], shownTopics: 0, moreTopics: 0 };
  const topics = answer.topics.slice(from);
  const single = answer.topics.length === 1;
  // A comparison answers the question across topics, and a judged claim among several topics is the answer: either leads.
  const checked = single || answer.comparison ? undefined : answer.topics.find((t) => t.check !== undefined);
  const lead = answer.comparison?.line ?? checked?.check?.line;
  const blocks: string[] = from === 0 && lead !== undefined ? [s.bold(lead)] : [];
  // A reply in another language says once that claims' own sentences are English, unless a curator translated every one shown.
  const untranslated = answer.topics.some((t) => t.claims.some((c) => answer.translations?.[c.id] === undefined));
  const english = s.w.claimsInEnglish === null || !untranslated ? [] : [s.italic(s.w.claimsInEnglish)];
  const notes = [...(from === 0 ? renderOmitted(answer, s) : []), ...cut, ...english];
  let used = [...blocks, ...notes].reduce((n, b) => n + b.length + 2, 0);
  let shown = 0;
  for (const topic of topics) {
    const limit = options.passages === 'full' ? Number.POSITIVE_INFINITY : Math.min(SHORT_TOPIC_CHARS, MESSAGE_CHARS - used - 80);
    // The topic whose check leads says nothing more under its heading: the lead already gave its verdict.
    const rendered = topicBlocks(topic, s, names, options.passages, single, limit, topic === checked);
    const size = rendered.reduce((n, b) => n + b.length + 2, 0);
    if (options.passages === 'short' && shown > 0 && used + size + 80 > MESSAGE_CHARS) break;
    blocks.push(...rendered);
    used += size;
    shown++;
  }
  const more = topics.length - shown;
  if (more > 0 && options.passages === 'short' && !s.html) blocks.push(s.italic(s.w.moreTopicsHint(more)));
  return { blocks: [...blocks, ...notes], shownTopics: shown, moreTopics: more };
}

/** Unanswered replies are short by construction; a long near miss is cut to one message all the same. */
function fitMessage(blocks: string[], options: RenderOptions): string[] {
  if (options.passages === 'full') return blocks;
  const kept: string[] = [];
  let used = 0;
  for (const b of blocks) {
    if (kept.length > 0 && used + b.length + 2 > MESSAGE_CHARS) break;
    kept.push(b);
    used += b.length + 2;
  }
  return kept;
}

/** Blocks of a reply, in order; join with a blank line or pack into messages. */
export function renderAnswer(answer: Answer, options: RenderOptions): string[] {
  return renderReply(answer, options).blocks;
}

/** The whole reply as one text: the terminal chat, `npm run ask`, and the public JSON `reply`. */
export function renderReplyText(answer: Answer, format: 'html' | 'terminal', options: { color?: boolean; passages?: 'short' | 'full' } = {}): string {
  return renderAnswer(answer, { format, passages: options.passages ?? 'short', color: options.color ?? false }).join('\n\n');
}

