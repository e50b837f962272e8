/**
 * Judges what the user's message asserts against the sources, the way a
 * fact-checker words it, in neutral terms: the sources support the claim,
 * contradict it, or don't address it. The bot never rates a person.
 *
 * - A stated figure is compared with every source's figure of the topic, each
 *   read with its own hedge: "more than 24" neither confirms nor rules out 29,
 *   but rules out 20; "an estimated 15–20 million" rules out 14 million.
 * - "Did Putin say 37 million…?" judges Putin's own figure, and keeps the
 *   other sources' different figures as context.
 * - A comparison ("did X or Y lose more") is answered per voice that gives
 *   both figures, and says when the answer depends on the source.
 * - A yes/no question without a figure is answered yes only when a claim
 *   carries every word the question asks about, with the same polarity.
 */
import type { Figure, SourcedClaim } from '../claims/claim-schema';
import { isDateSpanUnit } from '../claims/lookup-keys';
import type { Knowledge } from '../knowledge/knowledge';
import type { TopicAnswer } from './answer-types';
import { keywordsMatch } from './claim-matching';
import type { ParsedQuestion } from './parse-question';
import type { Vocabulary } from './question-vocabulary';
import type { StatedClaim, StatedFigure } from './stated-claim';
import { figureHedge } from './topic-verdict';
import { originOf, voiceOf, type EntityNames } from './source-voice';

export type Support = 'supports' | 'contradicts' | 'open';
export type CheckVerdict = 'supported' | 'contradicted' | 'mixed' | 'open';

export interface FigureJudgement {
  readonly claim: SourcedClaim;
  readonly support: Support;
}

/** The user's figure judged against one topic. */
export interface FigureCheck {
  readonly kind: 'figure';
  readonly stated: StatedFigure;
  readonly yesNo: boolean;
  /** The claims judged: the named speaker's when the question asks what they said, else every figure of the topic. */
  readonly judged: readonly FigureJudgement[];
  readonly verdict: CheckVerdict;
  /** Set when only this speaker's figures were judged ("did Putin say…"). */
  readonly speaker?: string;
  /** Other sources' figures on the topic: what a fact-checker adds. */
  readonly context: readonly SourcedClaim[];
}

/** A yes/no question about a statement or quote. */
export interface StatementCheck {
  readonly kind: 'statement';
  /** 'yes': a claim carries everything asked; 'no': it does, with the opposite polarity; 'unclear': no claim says it in those words. */
  readonly outcome: 'yes' | 'no' | 'unclear';
  /** The claims the outcome rests on. */
  readonly claims: readonly SourcedClaim[];
}

export type TopicCheck = FigureCheck | StatementCheck;

/** One voice's figures for the compared entities. */
export interface ComparedVoice {
  /** Who gives the figures ("Putin", "RT"). */
  readonly voice: string;
  readonly figures: readonly { readonly entity: string; readonly claim: SourcedClaim }[];
  /** The entity with the larger (or, for "fewer", the smaller) figure; null when the figures overlap. */
  readonly answer: string | null;
}

export interface Comparison {
  readonly entities: readonly string[];
  readonly comparative: 'more' | 'less';
  /** Voices that give a figure for at least two compared entities. */
  readonly voices: readonly ComparedVoice[];
  /** Claims that give only one side, by entity: listed, not compared. */
  readonly oneSided: number;
  /** The voices answer differently. */
  readonly dependsOnSource: boolean;
}

/** A source's plain figure holds to within 1%; a hedged one ("about", "estimated") to within 5%. */
const EXACT_TOLERANCE = 0.01;
const LOOSE_TOLERANCE = 0.05;

interface Interval {
  readonly low: number;
  readonly high: number;
  /** Open above: "more than 24". */
  readonly unbounded: boolean;
}

function sourceInterval(figure: Figure): Interval {
  const hedge = figureHedge(figure)?.kind;
  if (hedge === 'more') return { low: figure.low * (1 + 1e-9), high: Number.POSITIVE_INFINITY, unbounded: true };
  if (hedge === 'at-least') return { low: figure.low, high: Number.POSITIVE_INFINITY, unbounded: true };
  const t = hedge === 'about' || hedge === 'estimated' ? LOOSE_TOLERANCE : EXACT_TOLERANCE;
  return { low: figure.low * (1 - t), high: figure.high * (1 + t), unbounded: false };
}

function statedInterval(f: StatedFigure): Interval {
  switch (f.bound) {
    case 'more':
      return { low: f.low * (1 + 1e-9), high: Number.POSITIVE_INFINITY, unbounded: true };
    case 'at-least':
      return { low: f.low, high: Number.POSITIVE_INFINITY, unbounded: true };
    case 'less':
      return { low: 0, high: f.high * (1 - 1e-9), unbounded: false };
    case 'at-most':
      return { low: 0, high: f.high, unbounded: false };
    case 'about':
      return { low: f.low * (1 - LOOSE_TOLERANCE), high: f.high * (1 + LOOSE_TOLERANCE), unbounded: false };
    default:
      return { low: f.low, high: f.high, unbounded: false };
  }
}

const within = (inner: Interval, outer: Interval) => inner.low >= outer.low && inner.high <= outer.high;

/** Does this figure support the user's, contradict it, or leave it open? */
export function judgeFigure(stated: StatedFigure, figure: Figure): Support {
  const s = sourceInterval(figure);
  const u = statedInterval(stated);
  if (s.high < u.low || u.high < s.low) return 'contradicts';
  // The source's figure satisfies the user's claim ("more than 24" satisfies "over 20").
  if (within(s, u)) return 'supports';
  // The user's figure lies inside the source's estimate, unless the source is only a bound ("over two dozen" vs 29).
  if (within(u, s) && !s.unbounded) return 'supports';
  return 'open';
}

function overall(judged: readonly FigureJudgement[]): CheckVerdict {
  const count = (s: Support) => judged.filter((j) => j.support === s).length;
  const [yes, no, open] = [count('supports'), count('contradicts'), count('open')];
  if (yes > 0 && no === 0) return 'supported';
  if (yes > 0 || (no > 0 && open > 0)) return 'mixed';
  return no > 0 ? 'contradicted' : 'open';
}

const countFigure = (c: SourcedClaim) => c.figure !== null && !isDateSpanUnit(c.figure.unit);

/**
 * The user's figure against one topic. `extraContext` holds claims on the same
 * topic that the question's speaker left out ("did Putin say…": the other sources).
 */
export function checkFigure(topic: TopicAnswer, stated: StatedClaim, speakers: readonly string[], extraContext: readonly SourcedClaim[]): FigureCheck | undefined {
  const figure = stated.figure;
  if (figure === null) return undefined;
  const figures = topic.claims.filter(countFigure);
  if (figures.length === 0) return undefined;
  const bySpeaker = speakers.length > 0 ? figures.filter((c) => c.speaker !== null && speakers.includes(c.speaker)) : [];
  const judgedClaims = bySpeaker.length > 0 ? bySpeaker : figures;
  const judged = judgedClaims.map((claim) => ({ claim, support: judgeFigure(figure, claim.figure as Figure) }));
  const seen = new Set(judgedClaims.map((c) => c.id));
  const context = [...figures, ...extraContext.filter((c) => c.topic === topic.topic && countFigure(c))].filter((c) => !seen.has(c.id) && seen.add(c.id));
  const speaker = bySpeaker.length > 0 ? bySpeaker[0]?.speaker : undefined;
  return { kind: 'figure', stated: figure, yesNo: stated.yesNo, judged, verdict: overall(judged), ...(speaker ? { speaker } : {}), context };
}

/** Words of negation and refusal: a claim that carries them answers the opposite of a question that does not. */
const NEGATIONS = /\b(?:not|no|never|none|nor|refus\w*|reject\w*|den(?:y|ied|ies)|declin\w*|without|fail\w*|against|opposes?|opposed)\b/i;

/**
 * A yes/no question about a statement. Only when a claim carries every word
 * the question asks about (keywords), so a partial match is never a yes.
 */
export function checkStatement(topic: TopicAnswer, parsed: ParsedQuestion, v: Vocabulary): StatementCheck | undefined {
  if (parsed.keywords.length === 0) return undefined;
  const full = topic.claims.filter((c) => keywordsMatch(parsed.keywords, c, v, false));
  if (full.length === 0) return { kind: 'statement', outcome: 'unclear', claims: [] };
  const askedNegated = parsed.words.some((w) => NEGATIONS.test(w));
  const same = full.filter((c) => NEGATIONS.test(c.text) === askedNegated);
  if (same.length > 0) return { kind: 'statement', outcome: 'yes', claims: same };
  return { kind: 'statement', outcome: 'no', claims: full };
}

function entityOf(claim: SourcedClaim, entities: readonly string[], knowledge: Knowledge): string | undefined {
  const matches = entities.filter((e) => knowledge.historicalSelves(e).some((id) => claim.subjects.includes(id)));
  return matches.length === 1 ? matches[0] : undefined;
}

/** Midpoints, unless the ranges overlap: then neither is larger. */
function larger(a: Figure, b: Figure): 'a' | 'b' | null {
  const [sa, sb] = [sourceInterval(a), sourceInterval(b)];
  if (!(sa.high < sb.low || sb.high < sa.low)) return null;
  return (a.low + a.high) / 2 > (b.low + b.high) / 2 ? 'a' : 'b';
}

/** "Did the USSR or China lose more?": per voice that gives both, which is larger. */
export function compareSources(topics: readonly TopicAnswer[], stated: StatedClaim, knowledge: Knowledge & EntityNames): Comparison | undefined {
  if (stated.comparative === null || stated.compared.length < 2) return undefined;
  const claims = topics.flatMap((t) => t.claims).filter(countFigure);
  // Keyed by who speaks (a speaker, else the story's origin): two unnamed outlets are two voices.
  const byVoice = new Map<string, { voice: string; figures: Map<string, SourcedClaim> }>();
  let assigned = 0;
  for (const claim of claims) {
    const entity = entityOf(claim, stated.compared, knowledge);
    if (entity === undefined) continue;
    assigned++;
    const key = claim.speaker ?? originOf(claim.source);
    const entry = byVoice.get(key) ?? { voice: voiceOf(claim, knowledge), figures: new Map<string, SourcedClaim>() };
    if (!entry.figures.has(entity)) entry.figures.set(entity, claim);
    byVoice.set(key, entry);
  }
  const voices: ComparedVoice[] = [];
  let used = 0;
  for (const { voice, figures } of byVoice.values()) {
    if (figures.size < 2) continue;
    const entries = [...figures.entries()].slice(0, 2);
    const [[ea, ca], [eb, cb]] = entries as [[string, SourcedClaim], [string, SourcedClaim]];
    const big = larger(ca.figure as Figure, cb.figure as Figure);
    const answer = big === null ? null : stated.comparative === 'more' ? (big === 'a' ? ea : eb) : big === 'a' ? eb : ea;
    used += figures.size;
    voices.push({ voice, figures: entries.map(([entity, claim]) => ({ entity, claim })), answer });
  }
  if (voices.length === 0) return undefined;
  const answers = new Set(voices.map((v) => v.answer ?? 'same'));
  return { entities: stated.compared, comparative: stated.comparative, voices, oneSided: assigned - used, dependsOnSource: answers.size > 1 };
}
