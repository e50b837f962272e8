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
import { EN, type ReplyWords } from './reply-words';
import { capped, formatDate, outletName, proseName, sentenceIn, shortName, wordsOf, type EntityNames } from './source-voice';
import type { StatedFigure } from './stated-claim';
import { figureVoice, formatFigure, formatRange } from './topic-verdict';

/** Names the wording needs: display names, people's short names, the reply's words. */
export type WordingNames = EntityNames;

/** Stated figures as the reply repeats them: "14 million", "more than 20", "9 May". */
export function formatStated(f: StatedFigure, w: ReplyWords = EN): string {
  if (f.month !== undefined) return w.days(f.low, f.high, f.month);
  const range = formatRange(f.low, f.high, false, w);
  return f.bound === 'exact' || f.bound === 'range' ? range : `${w.bound(f.bound)}${range}`;
}

const figureOf = (c: SourcedClaim, names: EntityNames) => formatFigure(c.figure as Figure, { words: wordsOf(names), unit: names.unit });
const withVoice = (c: SourcedClaim, names: EntityNames) => `${figureOf(c, names)} (${figureVoice(c, names)})`;
const list = (claims: readonly SourcedClaim[], names: EntityNames) => capped(claims.map((c) => withVoice(c, names)), wordsOf(names));

/** "via MENAFN, 8 May 2025": where a speaker's words were reported. */
function reportedVia(c: SourcedClaim, w: ReplyWords): string {
  return [w.via(outletName(c.source, 'short', w)), ...(c.date === null ? [] : [formatDate(c.date, w)])].join(', ');
}

/** The other sources' figures, as a fact-checker adds them after a speaker's. */
function contextSentence(check: FigureCheck, names: EntityNames): string {
  if (check.context.length === 0) return '';
  const w = wordsOf(names);
  const differ = check.context.filter((c) => judgeFigure(check.stated, c.figure as Figure) !== 'supports');
  const agree = check.context.filter((c) => !differ.includes(c));
  const parts: string[] = [];
  if (differ.length > 0) parts.push(w.otherSourcesDiffer(differ.length, list(differ, names)));
  if (agree.length > 0) parts.push(w.otherSourcesAgree(agree.length, list(agree, names)));
  return ` ${parts.join(' ')}`;
}

export function describeFigureCheck(check: FigureCheck, topic: TopicAnswer, names: WordingNames): string {
  const w = wordsOf(names);
  const stated = formatStated(check.stated, w);
  const judged = check.judged.map((j) => j.claim);
  const verdict = topic.verdict.replace(/\.$/, '');
  if (check.voice !== undefined || check.speaker !== undefined) {
    const who = check.voice ?? shortName(check.speaker ?? '', names);
    // A speaker's words came through an outlet; an outlet's own figure needs only its date.
    const said = judged.map((c) => (check.speaker !== undefined ? `${figureOf(c, names)} (${reportedVia(c, w)})` : c.date === null ? figureOf(c, names) : `${figureOf(c, names)} (${formatDate(c.date, w)})`)).join('; ');
    const context = contextSentence(check, names);
    switch (check.verdict) {
      case 'supported':
        return `${check.yesNo ? w.yes : w.supported}: ${w.speakerSaid(who, said)}.${context}`;
      case 'contradicted':
        return `${check.yesNo ? w.no : w.contradicted}: ${w.speakerSaidNot(who, said, stated)}.${context}`;
      case 'open':
        return `${w.speakerOpen(who, said, stated)}.${context}`;
      default:
        return `${w.speakerDiffers(who, stated, said)}.${context}`;
    }
  }
  const by = (support: string) => check.judged.filter((j) => j.support === support).map((j) => j.claim);
  switch (check.verdict) {
    case 'supported':
      return `${check.yesNo ? w.yes : w.supported}: ${w.sourcesSupport(stated, judged.length === 1)}. ${verdict}`;
    case 'contradicted':
      return `${check.yesNo ? w.no : w.contradicted}: ${w.noSourceGives(stated)}. ${verdict}`;
    case 'open':
      return w.notConfirmed(list(judged, names), stated);
    default: {
      const against = by('contradicts');
      const open = by('open');
      return w.dependsOn(stated, list(by('supports'), names), against.length > 0 ? list(against, names) : null, open.length > 0 ? list(open, names) : null);
    }
  }
}

/** "Yes, MENAFN (8 May 2025) reports: …", or that the sources don't say it in those words. */
export function describeStatementCheck(check: StatementCheck, topic: TopicAnswer, names: WordingNames = { entity: () => undefined }): string {
  const w = wordsOf(names);
  const first = check.claims[0];
  const verdict = topic.verdict.replace(/\.$/, '');
  if (first === undefined) return w.notInThoseWords(verdict, false);
  const text = sentenceIn(first, names);
  const english = text === first.text;
  if (check.outcome === 'unclear') return w.notInThoseWords(`${text.replace(/[.。]$/, '')} (${outletName(first.source, 'short', w)}).`, english);
  const outlet = outletName(first.source, 'short', w);
  const where = first.date === null ? outlet : `${outlet} (${formatDate(first.date, w)})`;
  const more = new Set(topic.claims.map((c) => c.source.id)).size > 1 ? ` ${verdict}.` : '';
  // The claim's own sentence ends the line, with its own punctuation (a closing quote, a full stop).
  if (check.outcome === 'reported') return `${w.reportsOnly(where, text, english)}${more}`;
  return `${w.reports(check.outcome === 'yes' ? w.yes : w.no, where, text, english)}${more}`;
}

export function describeComparison(c: Comparison, names: WordingNames): string {
  const w = wordsOf(names);
  const phrase = (v: Comparison['voices'][number]) => {
    const [a, b] = v.figures;
    if (a === undefined || b === undefined) return '';
    const winner = v.figures.find((f) => f.entity === v.answer);
    const other = v.figures.find((f) => f !== winner) ?? b;
    const by = w.byFigures(v.voice);
    if (winner === undefined) return `${by}, ${w.aboutTheSame(proseName(a.entity, names), figureOf(a.claim, names), proseName(b.entity, names), figureOf(b.claim, names))}`;
    return `${by}, ${w.higherFor(c.comparative, proseName(winner.entity, names), figureOf(winner.claim, names), figureOf(other.claim, names), proseName(other.entity, names))}`;
  };
  const phrases = c.voices.map(phrase);
  // "X lost more than Y?": the user's claim, judged across the voices that give both.
  if (c.verdict === 'supported') return `${w.yes}: ${phrases.join('; ')}.`;
  if (c.verdict === 'contradicted') return `${w.no}: ${phrases.join('; ')}.`;
  if (c.dependsOnSource) return w.dependsOnSource(phrases.join('; '));
  const only = c.voices.length === 1 ? w.noOtherGivesBoth : '';
  const lead = phrases.join('; ');
  return `${lead.charAt(0).toUpperCase()}${lead.slice(1)}.${only}`;
}
