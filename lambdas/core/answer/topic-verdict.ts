/**
 * One-line verdicts on whether a topic's sources agree, and the figure labels
 * shared with the renderer. Each figure says who gives it:
 *
 *   "Sources differ: 37 million (Putin, via MENAFN, 8 May 2025) vs an
 *    estimated 15–20 million (RT, war with Japan from 1937)"
 *   "3 sources agree: about 27 million (Putin, via MENAFN; RT; an unnamed outlet)"
 *   "1 source, an unnamed outlet — Putin: 8–10 May 2025; Zelenskiy: 30 days"
 *   "Putin said it, reported by MENAFN alone (8 May 2025)"
 *   "Xi said it, reported by 2 sources: MENAFN; an unnamed outlet"
 *
 * Rules: only figures of the same measure from different sources can
 * differ or agree (a proposal and a condition in one article are not sources
 * disagreeing); every source of the topic is counted; outlets republishing
 * one origin count once ("2 outlets, 1 origin: RT"); a topic without figures
 * is reported, never "agreed".
 */
import type { Figure, Source, SourcedClaim } from '../claims/claim-schema';
import type { UnitTranslation } from '../knowledge/knowledge-schema';
import { isDateSpanUnit } from '../claims/lookup-keys';
import { leadingNumber } from './number-words';
import { capped, formatDate, originCount, outletList, outletName, qualifierIn, shortName, sourceCountText, voiceOf, wordsOf, type EntityNames } from './source-voice';
import { EN, type ReplyWords } from './reply-words';

export type { EntityNames } from './source-voice';

/** The counted noun of a unit as the claim writes it ("military deaths" → "deaths"). Claims compared in one topic share their wording. */
function headNoun(unit: string): string {
  const words = unit.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').trim().split(/\s+/);
  return words[words.length - 1] ?? unit;
}

/** Month names a span of dates is written with ("May 2025"): the claims' own English. */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Figures within this fraction of each other count as the same figure. */
const AGREEMENT_TOLERANCE = 0.05;

/** "15–20 million", "27 million", "14,000"; compact: "15–20M" (in the reply's language: "27 млн", "2700万"). */
export function formatRange(low: number, high: number, compact = false, w: ReplyWords = EN): string {
  return w.range(low, high, compact);
}

/**
 * How a figure's own qualifiers hedge its number. The renderer and the
 * verdict both go through this, so "over two dozen" reads "more than 24"
 * everywhere and never "25", and "estimated" is never dropped.
 */
export type HedgeKind = 'more' | 'at-least' | 'about' | 'estimated';

const NUMBER_START = '(?:$|\\s+(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|a dozen|dozen))';
const ESTIMATED = new RegExp(`^(?:an )?estimated${NUMBER_START}`);
const ABOUT = new RegExp(`^(?:about|approximately|approx|around|roughly|nearly|some)${NUMBER_START}`);

/** The hedge a figure's qualifiers put on its number, and the qualifier that says so; null for a plain figure or a span of dates. */
export function figureHedge(figure: Figure): { kind: HedgeKind; qualifier: string } | null {
  if (isDateSpanUnit(figure.unit)) return null;
  for (const qualifier of figure.qualifiers) {
    const q = qualifier.toLowerCase().trim();
    // "estimated", "approximately", "about 27 million", but not "around Victory Day".
    if (ESTIMATED.test(q)) return { kind: 'estimated', qualifier };
    if (ABOUT.test(q)) return { kind: 'about', qualifier };
    const bound = q.match(/^(more than|over|in excess of|upwards of|at least)\s+(.+)$/);
    // Only when the qualifier is about this very number ("more than seven hours" → 7, "over two dozen" → 24).
    if (bound && leadingNumber((bound[2] ?? '').split(/\s+/)) === figure.low) return { kind: bound[1] === 'at least' ? 'at-least' : 'more', qualifier };
  }
  return null;
}

/** How a figure is written: compact, with its unit, in a reply's words, with the curators' translations of units. */
export interface FigureFormat {
  readonly compact?: boolean;
  readonly withUnit?: boolean;
  readonly words?: ReplyWords;
  /** A curator's translation of a unit into the reply's language, when there is one. */
  readonly unit?: (english: string) => UnitTranslation | undefined;
  /** The hedge to write instead of the figure's own (a cluster's shared hedge); null for none. */
  readonly hedge?: HedgeKind | null;
}

/** "37 million", "about 27 million", "more than 7 hours", "7–10 May 2025" (deaths go without the unit, as tolls read naturally). */
export function formatFigure(figure: Figure, options: FigureFormat = {}): string {
  const w = options.words ?? EN;
  // A span of dates is days of a month: its numbers are days, written as dates are, not as counts.
  if (isDateSpanUnit(figure.unit)) {
    const month = MONTHS.findIndex((m) => figure.unit.toLowerCase().startsWith(m)) + 1;
    const year = /\b(1[89]|20)\d\d\b/.exec(figure.unit)?.[0];
    return month > 0 ? w.daySpan(figure.low, figure.high, month, year === undefined ? null : Number(year)) : `${formatRange(figure.low, figure.high)} ${figure.unit}`;
  }
  const number = formatRange(figure.low, figure.high, options.compact ?? false, w);
  const unit = headNoun(figure.unit);
  const translated = w.language === 'en' ? undefined : options.unit?.(figure.unit);
  // Deaths read without their noun; another language's reply leaves an untranslated English noun out too rather than mix it in.
  const showUnit = (options.withUnit ?? unit !== 'deaths') && !(w.language !== 'en' && unit === 'deaths' && translated === undefined);
  const hedge = options.hedge !== undefined ? options.hedge : (figureHedge(figure)?.kind ?? null);
  const hedged = `${hedge === null ? '' : w.hedge(hedge, options.compact ?? false)}${number}`;
  if (!showUnit) return hedged;
  return translated === undefined ? w.withUnit(hedged, figure.unit) : w.withTranslatedUnit(hedged, translated, figure.high, hedge);
}

/** Qualifiers worth printing beside a figure: not a bare "estimated" the figure already reads with. */
export function displayedQualifiers(figure: Figure): string[] {
  const hedge = figureHedge(figure);
  return figure.qualifiers.filter((q) => !(hedge !== null && q === hedge.qualifier && !/\s/.test(q.trim())));
}

/** "PUREWILAYAH.COM via RT", "MENAFN", its site, or "an unnamed outlet" (never a headline). */
export function sourceLabel(source: Source, style: 'long' | 'short' = 'long'): string {
  return outletName(source, style);
}

/** Qualifiers that explain a gap between figures: a period, a scope, a population. */
function scopeQualifiers(figure: Figure): string[] {
  return figure.qualifiers.filter(
    (q) => /\b1[89]\d\d\b|\b20\d\d\b|\bperiod\b|\bmilitary\b|\bcivilian|\bsoldiers\b|\bfrom\b|\bsince\b|\bwar with\b/i.test(q) && !/stated by|quoting|according to/i.test(q),
  );
}

function speakerName(claim: SourcedClaim, names: EntityNames): string | null {
  return claim.speaker === null ? null : shortName(claim.speaker, names);
}

/** "Putin, via MENAFN, 8 May 2025" or "RT, war with Japan from 1937": who gives a figure, in a few words. */
export function figureVoice(claim: SourcedClaim, names: EntityNames): string {
  const w = wordsOf(names);
  const parts = [voiceOf(claim, names)];
  if (claim.speaker !== null) parts.push(w.via(outletName(claim.source, 'short', w)));
  // A span of dates is its own date: "7–10 May 2025 (…, 7 May 2025)" would say it twice.
  if (claim.date !== null && !(claim.figure !== null && isDateSpanUnit(claim.figure.unit))) parts.push(formatDate(claim.date, w));
  // The scope that explains a gap between sources; "period not specified" explains nothing.
  const scope = claim.figure ? scopeQualifiers(claim.figure).find((q) => !/\bnot (?:specified|stated|distinguished)\b/i.test(q)) : undefined;
  if (scope !== undefined) parts.push(qualifierIn(scope, names));
  return parts.join(', ');
}

function distinctSources(claims: readonly SourcedClaim[]): Source[] {
  const byId = new Map(claims.map((c) => [c.source.id, c.source]));
  return [...byId.values()];
}

interface Cluster {
  low: number;
  high: number;
  claims: SourcedClaim[];
}

/** Group figures that agree: overlapping ranges, or within a few per cent; spans of dates only when equal. */
function cluster(claims: readonly SourcedClaim[]): Cluster[] {
  const sorted = [...claims].filter((c) => c.figure !== null).sort((a, b) => (a.figure?.low ?? 0) - (b.figure?.low ?? 0) || (a.figure?.high ?? 0) - (b.figure?.high ?? 0));
  const clusters: Cluster[] = [];
  for (const claim of sorted) {
    const figure = claim.figure;
    if (figure === null) continue;
    const last = clusters[clusters.length - 1];
    // Measured against the cluster's first figure, so 20, 21, 22… million never chain into one "agreement".
    const anchor = last?.claims[0]?.figure;
    const same = isDateSpanUnit(figure.unit) ? last?.low === figure.low && last.high === figure.high : anchor !== undefined && anchor !== null && figure.low <= anchor.high * (1 + AGREEMENT_TOLERANCE);
    if (last && same) {
      last.high = Math.max(last.high, figure.high);
      last.claims.push(claim);
    } else {
      clusters.push({ low: figure.low, high: figure.high, claims: [claim] });
    }
  }
  return clusters;
}

/**
 * A cluster's figure as text, hedged as its claims are: one claim keeps its
 * own hedge; several keep a hedge they all share, and "about" when they mix.
 */
function clusterText(c: Cluster, compact: boolean, names: EntityNames): string {
  const format = { compact, words: wordsOf(names), unit: names.unit };
  const first = c.claims[0]?.figure;
  if (c.claims.length === 1 && first) return formatFigure(first, format);
  const plain = { low: c.low, high: c.high, unit: first?.unit ?? '', qualifiers: [] };
  const kinds = new Set(c.claims.map((x) => (x.figure ? (figureHedge(x.figure)?.kind ?? 'none') : 'none')));
  const shared = kinds.size === 1 ? [...kinds][0] : 'about';
  if (shared === undefined || shared === 'none') return formatFigure(plain, { ...format, hedge: null });
  const kind: HedgeKind = (shared === 'more' || shared === 'at-least') && c.low !== c.high ? 'about' : shared;
  return formatFigure(plain, { ...format, hedge: kind });
}

function clusterContext(c: Cluster, names: EntityNames): string {
  return capped([...new Set(c.claims.map((x) => figureVoice(x, names)))], wordsOf(names));
}

/** What a figure measures: its canonical unit, or for a span of dates the month it falls in (never compared with a count of days). */
function measureOf(figure: Figure): string {
  return isDateSpanUnit(figure.unit) ? `dates:${figure.unit.toLowerCase()}` : headNoun(figure.unit);
}

function measureGroups(claims: readonly SourcedClaim[]): SourcedClaim[][] {
  const byMeasure = new Map<string, SourcedClaim[]>();
  for (const c of claims) {
    if (c.figure === null) continue;
    const measure = measureOf(c.figure);
    byMeasure.set(measure, [...(byMeasure.get(measure) ?? []), c]);
  }
  return [...byMeasure.values()];
}

/** Do clusters disagree across sources: some source in one cluster, a different source in another? */
function sourcesDiffer(clusters: readonly Cluster[]): boolean {
  if (clusters.length < 2) return false;
  return new Set(clusters.flatMap((c) => c.claims.map((x) => x.source.id))).size > 1;
}

/** Within one source: who gave the figure ("Putin: 8–10 May 2025"), or its scope when the outlet gave it. */
function withinSourceText(c: Cluster, names: EntityNames): string {
  const speakers = [...new Set(c.claims.map((x) => speakerName(x, names)).filter((x): x is string => x !== null))];
  const text = clusterText(c, false, names);
  if (speakers.length > 0) return `${speakers.join(', ')}: ${text}`;
  const scopes = [...new Set(c.claims.flatMap((x) => (x.figure ? scopeQualifiers(x.figure).slice(0, 1) : [])))].map((q) => qualifierIn(q, names));
  return scopes.length > 0 ? `${text} (${scopes.join('; ')})` : text;
}

type Verdict = Readonly<{ verdict: string; spread: string }>;

/**
 * A warm container meets the same claim objects again (the store hands out one
 * object per decoded claim and source), and a verdict depends only on the
 * claims and the names it is worded in: a speaker's near misses judge the same
 * related topics on every update. Remembered by identity, a few per first claim.
 */
const verdicts = new WeakMap<EntityNames, WeakMap<SourcedClaim, { claims: readonly SourcedClaim[]; verdict: Verdict }[]>>();
const VERDICTS_PER_FIRST_CLAIM = 8;

const sameClaims = (a: readonly SourcedClaim[], b: readonly SourcedClaim[]): boolean => a.length === b.length && a.every((c, i) => c === b[i]);

/** The verdict line and inline spread for one topic's claims. */
export function judgeTopic(claims: readonly SourcedClaim[], names: EntityNames): Verdict {
  const first = claims[0];
  if (first === undefined) return judgeTopicNow(claims, names);
  let byFirst = verdicts.get(names);
  if (byFirst === undefined) verdicts.set(names, (byFirst = new WeakMap()));
  let known = byFirst.get(first);
  if (known === undefined) byFirst.set(first, (known = []));
  const hit = known.find((k) => sameClaims(k.claims, claims));
  if (hit !== undefined) return hit.verdict;
  const verdict = Object.freeze(judgeTopicNow(claims, names));
  known.push({ claims: [...claims], verdict });
  if (known.length > VERDICTS_PER_FIRST_CLAIM) known.shift();
  return verdict;
}

function judgeTopicNow(claims: readonly SourcedClaim[], names: EntityNames): { verdict: string; spread: string } {
  const w = wordsOf(names);
  const sourceCount = distinctSources(claims).length;
  const figures = claims.filter((c) => c.figure !== null);
  if (figures.length === 0) return { verdict: statementVerdict(claims, names), spread: sourceCountText(claims.map((c) => c.source), 'spread', w) };

  const figureSources = distinctSources(figures);
  const measures = measureGroups(figures).map(cluster);
  const withoutFigure = sourceCount - figureSources.length;
  const rest = withoutFigure > 0 ? w.withoutFigure(withoutFigure) : '';
  const spreadText = measures.map((clusters) => clusters.map((c) => clusterText(c, true, names)).join(w.vs)).join('; ');
  const spread = `${w.sources(figureSources.length)}: ${spreadText}`;
  const figureWithWho = (c: Cluster) => `${clusterText(c, false, names)} (${clusterContext(c, names)})`;

  let body: string;
  const only = measures.length === 1 && measures[0]?.length === 1 ? measures[0][0] : undefined;
  if (measures.some(sourcesDiffer)) {
    // Per measure: "A (who) vs B (who)"; a measure one source alone gives is listed after.
    body = w.differ(measures.map((clusters) => clusters.map(figureWithWho).join(w.vs)).join('; '));
  } else if (only !== undefined && figureSources.length > 1) {
    // Outlets that republish one origin are not independent: "3 outlets, 2 origins (RT) agree".
    body = w.agree(originCount(figureSources) < figureSources.length ? sourceCountText(figureSources, 'sentence', w) : w.sources(figureSources.length), clusterText(only, false, names), clusterContext(only, names));
  } else if (figureSources.length === 1 && figures.length === 1 && only !== undefined) {
    body = w.oneSource(clusterText(only, false, names), clusterContext(only, names));
  } else if (figureSources.length === 1) {
    // Several figures in one article: a proposal and a condition, not sources disagreeing.
    body = w.oneSourceSeveral(outletName(figureSources[0] as Source, 'short', w), measures.flat().map((c) => withinSourceText(c, names)).join('; '));
  } else {
    // Several sources, several measures, no disagreement on any: each measure with its sources.
    body = w.severalMeasures(w.sources(figureSources.length), measures.flat().map(figureWithWho).join('; '));
  }
  return { verdict: `${body}${rest}`, spread };
}

/**
 * A quote or statement: who said it and who reports it, and whether more than
 * one independent origin does ("reported by 2 sources" vs "by MENAFN alone").
 */
function statementVerdict(claims: readonly SourcedClaim[], names: EntityNames): string {
  const w = wordsOf(names);
  const sources = distinctSources(claims);
  const speakers = [...new Set(claims.map((c) => speakerName(c, names)).filter((s): s is string => s !== null))];
  const who = speakers.length === 0 ? null : speakers.join(', ');
  if (sources.length === 1) {
    const source = sources[0] as Source;
    const dates = [...new Set(claims.map((c) => c.date).filter((d): d is string => d !== null))].map((d) => formatDate(d, w));
    return w.reportedAlone(who, outletName(source, 'long', w), dates.length === 1 ? (dates[0] ?? null) : null);
  }
  return w.reportedBy(who, sourceCountText(sources, 'sentence', w), outletList(sources, w), originCount(sources) === 1);
}
