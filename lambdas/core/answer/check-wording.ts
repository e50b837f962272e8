/**
 * The one-line answers for a judged claim and a comparison, in a
 * fact-checker's neutral words: the sources support, contradict or don't
 * address what the user said; who says what, and through which outlet.
 *
 *   "No: no source gives 14 million. Sources differ: 37 million (Putin, via
 *    MENAFN, 8 May 2025) vs an estimated 15–20 million (RT, war with Japan from 1937)"
 *   "Yes: Putin said 37 million (via MENAFN, 8 May 2025). Another source gives
 *    a different figure: an estimated 15–20 million (RT, war with Japan from 1937)"
 *   "Not confirmed: more than 24 leaders (MENAFN) neither confirms nor rules out 29"
 *   "It depends on the source: by Putin's figures, higher for China (37 million
 *    vs 27 million for the Soviet Union); by RT's, higher for the Soviet Union (…)"
 */
import type { Figure, SourcedClaim } from '../claims/claim-schema';
import type { TopicAnswer } from './answer-types';
import type { Comparison, FigureCheck, StatementCheck } from './claim-check';
import { judgeFigure } from './claim-check';
import { formatDate, outletName, proseName, shortName, type EntityNames } from './source-voice';
import type { StatedFigure } from './stated-claim';
import { figureVoice, formatFigure, formatRange } from './topic-verdict';

/** Names the wording needs: display names and people's short names (the Knowledge). */
export type WordingNames = EntityNames;

/** Stated figures as the reply repeats them: "14 million", "more than 20". */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatStated(f: StatedFigure): string {
  if (f.month !== undefined) return `${f.low === f.high ? f.low : `${f.low}–${f.high}`} ${MONTHS[f.month - 1] ?? ''}`.trim();
  const prefix: Record<StatedFigure['bound'], string> = { exact: '', about: 'about ', more: 'more than ', 'at-least': 'at least ', less: 'fewer than ', 'at-most': 'at most ', range: '' };
  return `${prefix[f.bound]}${formatRange(f.low, f.high)}`;
}

const figureOf = (c: SourcedClaim) => formatFigure(c.figure as Figure);
const withVoice = (c: SourcedClaim, names: EntityNames) => `${figureOf(c)} (${figureVoice(c, names)})`;
const list = (claims: readonly SourcedClaim[], names: EntityNames) => claims.map((c) => withVoice(c, names)).join('; ');

/** "via MENAFN, 8 May 2025": where a speaker's words were reported. */
function reportedVia(c: SourcedClaim): string {
  return [`via ${outletName(c.source, 'short')}`, ...(c.date === null ? [] : [formatDate(c.date)])].join(', ');
}

/** The other sources' figures, as a fact-checker adds them after a speaker's. */
function contextSentence(check: FigureCheck, names: EntityNames): string {
  if (check.context.length === 0) return '';
  const differ = check.context.filter((c) => judgeFigure(check.stated, c.figure as Figure) !== 'supports');
  const agree = check.context.filter((c) => !differ.includes(c));
  const parts: string[] = [];
  if (differ.length > 0) parts.push(`${differ.length === 1 ? 'Another source gives a different figure' : 'Other sources give different figures'}: ${list(differ, names)}.`);
  if (agree.length > 0) parts.push(`${agree.length === 1 ? 'Another source agrees' : 'Other sources agree'}: ${list(agree, names)}.`);
  return ` ${parts.join(' ')}`;
}

export function describeFigureCheck(check: FigureCheck, topic: TopicAnswer, names: WordingNames): string {
  const stated = formatStated(check.stated);
  const judged = check.judged.map((j) => j.claim);
  const verdict = topic.verdict.replace(/\.$/, '');
  if (check.speaker !== undefined) {
    const who = shortName(check.speaker, names);
    const said = judged.map((c) => `${figureOf(c)} (${reportedVia(c)})`).join('; ');
    const context = contextSentence(check, names);
    switch (check.verdict) {
      case 'supported':
        return `${check.yesNo ? 'Yes' : 'The sources support it'}: ${who} said ${said}.${context}`;
      case 'contradicted':
        return `${check.yesNo ? 'No' : 'The sources contradict it'}: ${who} said ${said}, not ${stated}.${context}`;
      case 'open':
        return `Not confirmed: ${who} said ${said}, which neither confirms nor rules out ${stated}.${context}`;
      default:
        return `${who}'s figures differ on ${stated}: ${said}.${context}`;
    }
  }
  const by = (support: string) => check.judged.filter((j) => j.support === support).map((j) => j.claim);
  switch (check.verdict) {
    case 'supported':
      return `${check.yesNo ? 'Yes' : 'Supported'}: ${judged.length === 1 ? 'the source supports' : 'the sources support'} ${stated}. ${verdict}`;
    case 'contradicted':
      return `${check.yesNo ? 'No' : 'Contradicted'}: no source gives ${stated}. ${verdict}`;
    case 'open':
      return `Not confirmed: ${list(judged, names)} neither confirms nor rules out ${stated}`;
    default: {
      const open = by('open');
      return [
        `It depends on the source. For ${stated}: ${list(by('supports'), names)}`,
        ...(by('contradicts').length > 0 ? [`against: ${list(by('contradicts'), names)}`] : []),
        ...(open.length > 0 ? [`neither: ${list(open, names)}`] : []),
      ].join('; ');
    }
  }
}

/** "Yes: Putin said … (MENAFN, 8 May 2025)", or that the sources don't say it in those words. */
export function describeStatementCheck(check: StatementCheck, topic: TopicAnswer): string {
  const first = check.claims[0];
  const verdict = topic.verdict.replace(/\.$/, '');
  if (first === undefined) return `The sources don't say that in those words. Closest: ${verdict}`;
  if (check.outcome === 'unclear') return `The sources don't say that in those words. Closest: ${first.text.replace(/\.$/, '')} (${outletName(first.source, 'short')}).`;
  const outlet = outletName(first.source, 'short');
  const where = first.date === null ? outlet : `${outlet} (${formatDate(first.date)})`;
  const more = new Set(topic.claims.map((c) => c.source.id)).size > 1 ? ` ${verdict}.` : '';
  // The claim's own sentence ends the line, with its own punctuation (a closing quote, a full stop).
  return `${check.outcome === 'yes' ? 'Yes' : 'No'}, ${where} reports: ${first.text}${more}`;
}

function possessive(voice: string): string {
  return voice.endsWith('s') ? `${voice}’` : `${voice}’s`;
}

export function describeComparison(c: Comparison, names: WordingNames): string {
  const side = c.comparative === 'more' ? 'higher' : 'lower';
  const phrase = (v: Comparison['voices'][number]) => {
    const [a, b] = v.figures;
    if (a === undefined || b === undefined) return '';
    const winner = v.figures.find((f) => f.entity === v.answer);
    const other = v.figures.find((f) => f !== winner) ?? b;
    const by = `by ${possessive(v.voice)} figures`;
    if (winner === undefined) return `${by}, about the same (${figureOf(a.claim)} for ${proseName(a.entity, names)}, ${figureOf(b.claim)} for ${proseName(b.entity, names)})`;
    return `${by}, ${side} for ${proseName(winner.entity, names)} (${figureOf(winner.claim)} vs ${figureOf(other.claim)} for ${proseName(other.entity, names)})`;
  };
  const phrases = c.voices.map(phrase);
  // "X lost more than Y?": the user's claim, judged across the voices that give both.
  if (c.verdict === 'supported') return `Yes: ${phrases.join('; ')}.`;
  if (c.verdict === 'contradicted') return `No: ${phrases.join('; ')}.`;
  if (c.dependsOnSource) return `It depends on the source: ${phrases.join('; ')}.`;
  const only = c.voices.length === 1 ? ' No other source gives both.' : '';
  const lead = phrases.join('; ');
  return `${lead.charAt(0).toUpperCase()}${lead.slice(1)}.${only}`;
}
