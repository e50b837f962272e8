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
import { impliedEntities } from './claim-matching';
import { normaliseText, stem, stemsMatch, tokenise } from './normalise-question';
import { DENIAL_WORDS, MODAL_WORDS, MONTH_NUMBERS, NEGATION_WORDS, OPEN_WORDS } from './stated-claim-words';
import type { ParsedQuestion } from './parse-question';
import type { Vocabulary } from './question-vocabulary';
import type { StatedClaim, StatedDates, StatedFigure } from './stated-claim';
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
  /** How the reply names the voice whose figures alone were judged: a speaker, or an outlet ("did RT report…"). */
  readonly voice?: string;
  /** Other sources' figures on the topic: what a fact-checker adds. */
  readonly context: readonly SourcedClaim[];
}

/** A yes/no question about a statement or quote. */
export interface StatementCheck {
  readonly kind: 'statement';
  /**
   * 'yes': a claim carries everything asked; 'no': it does, with the opposite polarity; 'unclear': no claim says it
   * in those words; 'reported': a question asked in the negative ("didn't Xi go…?"), where a yes or a no would be
   * read both ways, so the reply gives what the source reports.
   */
  readonly outcome: 'yes' | 'no' | 'unclear' | 'reported';
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
  /** "X lost more than Y?": the user's claim judged across the voices. */
  readonly verdict?: CheckVerdict;
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
  const hedge = figureHedge(figure)?.kind;
  // "More than 7 hours" neither confirms nor rules out "7 hours": the user's figure is the source's own bound.
  if ((hedge === 'more' || hedge === 'at-least') && stated.bound === 'exact' && stated.high === figure.low) return 'open';
  if (s.high < u.low || u.high < s.low) return 'contradicts';
  // The source's figure satisfies the user's claim ("more than 24" satisfies "over 20").
  if (within(s, u)) return 'supports';
  // "About 27 million" supports 27 million, not 26: a loose figure leaves a nearby exact one open.
  if ((hedge === 'about' || hedge === 'estimated') && stated.bound === 'exact' && (stated.low < figure.low || stated.high > figure.high)) return 'open';
  // The user's figure lies inside the source's estimate, unless the source is only a bound ("over two dozen" vs 29).
  if (within(u, s) && !s.unbounded) return 'supports';
  return 'open';
}

function overall(judged: readonly FigureJudgement[]): CheckVerdict {
  const count = (s: Support) => judged.filter((j) => j.support === s).length;
  const [yes, no] = [count('supports'), count('contradicts')];
  // Mixed only when some sources support it and others contradict it; none supporting is a contradiction.
  if (yes > 0 && no === 0) return 'supported';
  if (yes > 0) return 'mixed';
  return no > 0 ? 'contradicted' : 'open';
}

const countFigure = (c: SourcedClaim) => c.figure !== null && !isDateSpanUnit(c.figure.unit);

/**
 * The user's figure against one topic. `extraContext` holds claims on the same
 * topic that the question's speaker left out ("did Putin say…": the other sources).
 */
/** The voice a question asks about ("did Putin say…", "did RT report…"): its claims are judged, the others are context. */
export interface AskedVoice {
  readonly matches: (claim: SourcedClaim) => boolean;
  /** How the reply names it: "Putin", "RT". */
  readonly label: string;
}

export function checkFigure(topic: TopicAnswer, stated: StatedClaim, voice: AskedVoice | undefined, extraContext: readonly SourcedClaim[]): FigureCheck | undefined {
  if (stated.figure === null) return stated.dates === null || stated.negated ? undefined : checkDates(topic, stated, stated.dates);
  const figure = stated.figure;
  const figures = topic.claims.filter(countFigure);
  if (figures.length === 0) return DAY_NOUNS.has(figure.noun ?? '') ? checkSpanLength(topic, stated, figure) : undefined;
  const byVoice = voice === undefined ? [] : figures.filter(voice.matches);
  const judgedClaims = byVoice.length > 0 ? byVoice : figures;
  const judged = judgedClaims.map((claim) => {
    const support = judgeFigure(figure, claim.figure as Figure);
    // "Expected to attend" is a plan: it supports no figure of what happened, unless the question asks about the plan.
    return { claim, support: support === 'supports' && !stated.modal && isIntention(claim) ? ('open' as const) : support };
  });
  const seen = new Set(judgedClaims.map((c) => c.id));
  const context = [...figures, ...extraContext.filter((c) => c.topic === topic.topic && countFigure(c))].filter((c) => !seen.has(c.id) && seen.add(c.id));
  const speaker = byVoice.length > 0 ? byVoice[0]?.speaker : undefined;
  return { kind: 'figure', stated: figure, yesNo: stated.yesNo, judged, verdict: overall(judged), ...(speaker ? { speaker } : {}), ...(byVoice.length > 0 && voice ? { voice: voice.label } : {}), context };
}

/** A claim that states a plan or an expectation: its figure's qualifiers or its sentence say so. */
function isIntention(claim: SourcedClaim): boolean {
  const words = tokenise(normaliseText(`${claim.figure?.qualifiers.join(' ') ?? ''} ${claim.text}`));
  return words.some((w) => MODAL_WORDS.has(w));
}

/** "May 2025" → month 5, year 2025: the month a span of dates falls in, from its unit. */
function unitMonth(unit: string): { month: number; year: number | null } | undefined {
  const words = unit.toLowerCase().split(/\s+/);
  const month = words.map((w) => MONTH_NUMBERS[w]).find((m) => m !== undefined);
  const year = words.find((w) => /^(?:19|20)\d\d$/.test(w));
  return month === undefined ? undefined : { month, year: year === undefined ? null : Number(year) };
}

/** "Was Xi in Moscow on 9 May?" against a span of dates ("7–10 May 2025"): inside it supports, outside it contradicts. */
function checkDates(topic: TopicAnswer, stated: StatedClaim, dates: StatedDates): FigureCheck | undefined {
  const spans = topic.claims.filter((c) => c.figure !== null && isDateSpanUnit(c.figure.unit));
  if (spans.length === 0) return undefined;
  const judged = spans.map((claim): FigureJudgement => {
    const figure = claim.figure as Figure;
    const span = unitMonth(figure.unit);
    if (span === undefined) return { claim, support: 'open' };
    if (span.month !== dates.month || (span.year !== null && dates.year !== null && span.year !== dates.year)) return { claim, support: 'contradicts' };
    if (dates.high < figure.low || dates.low > figure.high) return { claim, support: 'contradicts' };
    return { claim, support: dates.low >= figure.low && dates.high <= figure.high ? 'supports' : 'open' };
  });
  return { kind: 'figure', stated: { low: dates.low, high: dates.high, bound: 'exact', month: dates.month }, yesNo: stated.yesNo, judged, verdict: overall(judged), context: [] };
}

/** Nouns that make a stated figure a length in days ("a 30-day truce"), comparable with a span of dates. */
const DAY_NOUNS = new Set(['day', 'days']);

/** "Did Putin offer a 30-day ceasefire?" against "8–10 May 2025": a span of three days. */
function checkSpanLength(topic: TopicAnswer, stated: StatedClaim, figure: StatedFigure): FigureCheck | undefined {
  const spans = topic.claims.filter((c) => c.figure !== null && isDateSpanUnit(c.figure.unit));
  if (spans.length === 0) return undefined;
  const judged = spans.map((claim): FigureJudgement => {
    const span = claim.figure as Figure;
    const days = span.high - span.low + 1;
    return { claim, support: judgeFigure(figure, { low: days, high: days, unit: 'days', qualifiers: [] }) };
  });
  return { kind: 'figure', stated: figure, yesNo: stated.yesNo, judged, verdict: overall(judged), context: [] };
}

/** Whether one of a group's words is in the stems, and where first. */
function firstMatch(group: readonly string[], stems: readonly string[]): number {
  for (const word of group) {
    const wanted = stem(word);
    const at = stems.findIndex((s) => stemsMatch(wanted, s));
    if (at >= 0) return at;
  }
  return -1;
}

/**
 * A yes/no question about a statement. Only when a claim's own words carry
 * every word the question asks about (its keyword groups, synonyms included),
 * and the question has no word that no claim uses, so a partial match is never a yes. A denial before
 * those words ("refused to back sanctions") answers the opposite of a question
 * without one; an intention ("looked forward to a visit") answers neither.
 * A question made only of names ("were Brazil's and Serbia's leaders expected
 * in Moscow?") is a yes when a claim carries every name it asks about.
 */
export function checkStatement(topic: TopicAnswer, parsed: ParsedQuestion, stated: StatedClaim, v: Vocabulary): StatementCheck | undefined {
  if (parsed.words.some((w) => OPEN_WORDS.has(w))) return undefined;
  // A denial the question asks about ("did Putin reject…") is a word to find, not the question's polarity.
  const denials = parsed.words.filter((w) => DENIAL_WORDS.has(w)).map((w) => [w]);
  const groups = [...parsed.keywords.filter((g) => !g.some((w) => NEGATION_WORDS.has(w) || DENIAL_WORDS.has(w))), ...denials];
  const negated = parsed.words.some((w) => NEGATION_WORDS.has(w));
  const closest = topic.claims.slice(0, 1);
  // A word no claim uses and the reader does not know ("sending troops") is something no source says: never a yes.
  const unaddressed = parsed.words.some((w) => /^[a-z]{3,}$/.test(w) && !v.knownWords.has(w) && !NEGATION_WORDS.has(w) && !MODAL_WORDS.has(w) && v.knowledge.termWeight(w) === 0 && v.knowledge.termWeight(stem(w)) === 0);
  if (unaddressed) return { kind: 'statement', outcome: 'unclear', claims: closest };
  if (groups.length === 0) {
    const named = [...parsed.subjects, ...parsed.places, ...parsed.events].filter((g) => !g.implicit);
    // Names alone ("Putin?") ask nothing to confirm; a check needs its own form ("were … expected in …?").
    if (named.length === 0 || !stated.explicit) return undefined;
    const carries = topic.claims.filter((c) => named.every((g) => g.ids.some((id) => impliedEntities(c, v).has(id))) && (stated.modal || !isIntention(c)));
    return carries.length === 0 || negated ? { kind: 'statement', outcome: 'unclear', claims: closest } : { kind: 'statement', outcome: 'yes', claims: carries };
  }
  const askedModal = parsed.words.some((w) => MODAL_WORDS.has(w));
  const asked = new Set(groups.flat().map(stem));
  const full: { claim: SourcedClaim; denied: boolean; modal: boolean }[] = [];
  for (const claim of topic.claims) {
    const words = tokenise(normaliseText(claim.text));
    const stems = words.map(stem);
    const at = groups.map((g) => firstMatch(g, stems));
    if (at.some((i) => i < 0)) continue;
    const first = Math.min(...at);
    const last = Math.max(...at);
    // A negation in what the claim says of the words asked ("refused to back sanctions", "must never be forgotten")
    // sets its polarity; a denial the question itself asks about ("did Putin reject…") does not.
    const span = words.slice(Math.max(0, first - DENIAL_REACH), last + 1);
    const denied = span.some((w) => (NEGATION_WORDS.has(w) || DENIAL_WORDS.has(w)) && !asked.has(stem(w)));
    // An intention before what is asked ("looked forward to a visit") is not the fact asked about.
    const modal = words.slice(0, Math.max(...at)).some((w) => MODAL_WORDS.has(w));
    full.push({ claim, denied, modal });
  }
  const factual = full.filter((f) => askedModal || !f.modal);
  if (factual.length === 0) return { kind: 'statement', outcome: 'unclear', claims: full.length > 0 ? full.slice(0, 1).map((f) => f.claim) : closest };
  // "Didn't Xi go…?": a yes or a no would be read both ways.
  const askedInTheNegative = parsed.words[1] === 'not' || parsed.words[0] === 'not';
  if (askedInTheNegative) return { kind: 'statement', outcome: 'reported', claims: factual.map((f) => f.claim) };
  const same = factual.filter((f) => f.denied === negated).map((f) => f.claim);
  if (same.length > 0) return { kind: 'statement', outcome: 'yes', claims: same };
  return { kind: 'statement', outcome: 'no', claims: factual.map((f) => f.claim) };
}

/** How many words before what is asked a denial reaches: "refused to back", "has not backed". */
const DENIAL_REACH = 2;

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
export function compareSources(topics: readonly TopicAnswer[], stated: StatedClaim, knowledge: Knowledge & EntityNames, only?: (claim: SourcedClaim) => boolean, names: EntityNames = knowledge): Comparison | undefined {
  if (stated.comparative === null || stated.compared.length < 2) return undefined;
  // "according to Putin", "by RT's numbers": only that voice is asked.
  const claims = topics.flatMap((t) => t.claims).filter(countFigure).filter((c) => only === undefined || only(c));
  // Keyed by who speaks (a speaker, else the story's origin): two unnamed outlets are two voices.
  const byVoice = new Map<string, { voice: string; figures: Map<string, SourcedClaim> }>();
  let assigned = 0;
  for (const claim of claims) {
    const entity = entityOf(claim, stated.compared, knowledge);
    if (entity === undefined) continue;
    assigned++;
    const key = claim.speaker ?? originOf(claim.source);
    const entry = byVoice.get(key) ?? { voice: voiceOf(claim, names), figures: new Map<string, SourcedClaim>() };
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
  const claimed = stated.claimedOrder ? stated.compared[0] : undefined;
  const verdict = claimed === undefined ? undefined : overall(voices.map((v) => ({ claim: v.figures[0]?.claim as SourcedClaim, support: v.answer === null ? 'open' : v.answer === claimed ? 'supports' : 'contradicts' })));
  return { entities: stated.compared, comparative: stated.comparative, voices, oneSided: assigned - used, dependsOnSource: answers.size > 1, ...(verdict ? { verdict } : {}) };
}
