/**
 * Synthetic sourced claims for the scaling benchmark: other countries,
 * speakers, places, events, years and units, in proportions modelled on a
 * news fact-check corpus (and on the real data/ set), deterministic for a seed.
 *
 * - Popularity is skewed (Zipf): a few countries, speakers and places get most
 *   of the claims, as in real coverage, so some synthetic partitions grow big.
 * - The growth also reaches the entities the real questions ask about: about
 *   29% of the claims are by the dataset's principals (Putin 11%, Xi 7%) and
 *   the organisations that speak for their countries (the Kremlin, 3%), or
 *   about those countries (Russia and China, 4% each), so they share
 *   `said:putin`, `about:china` and the like. At 1,000,000 claims Putin has
 *   110,000 of them. They are on other subjects, places, occasions, units and
 *   years (1991–2014: before every real claim, and no year a question names),
 *   with words no question uses, so every real question must get exactly the
 *   same claims at any size: through the narrower keys its filters allow
 *   (`said:putin~unsc`, `said:xi@moscow`), or, where it can only read the broad
 *   partition, because a partition is read newest first.
 * - Every other synthetic entity id is disjoint from the real vocabulary
 *   (data/entities.json). Wars are the exception on purpose: the real war ids
 *   (wwii, korean-war, ...) appear as subjects of the unrelated claims, as in
 *   real claims, because wars are filters, never keys on their own.
 * - Every claim has at least one non-war subject, so none falls back to a bare
 *   war key (which would be a data problem in the real set too).
 * - Sources come from a fixed pool (`sources`), so that the benchmark can ship
 *   them with the bot's data, as a deploy ships every source of its table.
 */
import type { Source, SourcedClaim } from '../../lambdas/core/claims/claim-schema';
import { loadKnowledge } from '../../lambdas/core/knowledge/load-knowledge';
import { DATA_DIR } from '../lib/claims-table';

const KNOWLEDGE = loadKnowledge(DATA_DIR);
const ENTITIES = KNOWLEDGE.entities;

/** Small, fast, deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples indexes 0..n-1 with P(i) ∝ 1/(i+1)^s, by binary search over the CDF. */
export function zipf(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cdf[i] = total += 1 / (i + 1) ** s;
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cdf[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const SYLLABLES = ['ka', 'lo', 'ri', 'man', 'tor', 'vel', 'sa', 'din', 'mo', 'ra', 'zen', 'bu', 'ha', 'li', 'quor', 'ne', 'sta', 'vi', 'gor', 'el', 'an', 'tu', 'pe', 'dro', 'mi', 'sal', 'ko', 'ber', 'ia', 'os'];
const REAL_IDS = new Set<string>(ENTITIES.map((e) => e.id));
const REAL_ALIASES = new Set<string>(ENTITIES.flatMap((e) => [...e.aliases.en]));

/** Pronounceable pseudo-names, unique, never a real entity id or alias. */
function nameFactory(random: () => number) {
  const used = new Set<string>();
  const word = (minSyllables: number, maxSyllables: number): string => {
    const count = minSyllables + Math.floor(random() * (maxSyllables - minSyllables + 1));
    let w = '';
    for (let i = 0; i < count; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return w;
  };
  /** A unique name of one word, or of two (given name and family name) when `twoWords`. */
  return (minSyllables: number, maxSyllables: number, twoWords = false): string => {
    for (;;) {
      const name = twoWords ? `${word(2, 2)}-${word(minSyllables, maxSyllables)}` : word(minSyllables, maxSyllables);
      if (!used.has(name) && !REAL_IDS.has(name) && !REAL_ALIASES.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Figure units with their share of figure claims (deaths dominate, as in war coverage). */
const UNITS: ReadonlyArray<readonly [unit: string, weight: number, low: number, high: number]> = [
  ['deaths', 30, 10, 30_000_000],
  ['troops', 12, 100, 2_000_000],
  ['refugees', 8, 1_000, 10_000_000],
  ['wounded', 6, 10, 5_000_000],
  ['days', 6, 1, 2_000],
  ['years', 6, 1, 100],
  ['dollars', 6, 1_000_000, 900_000_000_000],
  ['tonnes', 4, 10, 50_000_000],
  ['tanks', 4, 5, 20_000],
  ['aircraft', 3, 1, 5_000],
  ['leaders', 3, 2, 60],
  ['hours', 3, 1, 72],
  ['votes', 3, 1_000, 90_000_000],
  ['kilometres', 3, 1, 10_000],
  ['percent', 3, 1, 100],
];
const UNIT_CDF = (() => {
  let t = 0;
  return UNITS.map(([, w]) => (t += w));
})();
const WARS = ['wwii', 'wwi', 'korean-war', 'vietnam-war', 'sino-japanese-war'] as const;
const QUALIFIERS = ['estimated', 'approximately', 'over', 'at least', 'military only', 'military and civilian', 'civilian', 'official figure', 'disputed', 'according to officials', 'cumulative', 'as of the report date'];
const OUTLET_WORDS = ['Daily', 'Herald', 'Times', 'Post', 'Observer', 'Tribune', 'Chronicle', 'Gazette', 'Monitor', 'Wire', 'Express', 'Courier'];
const VERBS = ['said', 'stated', 'told reporters', 'wrote', 'declared', 'claimed', 'insisted'];
const TOPIC_NOUNS = ['casualties', 'troop numbers', 'aid', 'the ceasefire', 'the summit', 'reconstruction', 'the border', 'the treaty', 'elections', 'sanctions', 'the anniversary', 'refugees'];

/** Words of the real-entity claims: a prefix no English word (and so no question keyword) starts with. */
const REAL_ENTITY_WORD_PREFIX = 'zq';
/** Years of the real-entity claims: older than every real claim, and none a question names. */
const REAL_ENTITY_YEARS = [1991, 2014] as const;

/**
 * The real entities the growth reaches, from the knowledge: the principals,
 * the countries they lead, and the organisations that speak for those countries.
 */
export function realEntityTargets(knowledge = KNOWLEDGE): { speakers: Array<{ id: string; share: number }>; countries: Array<{ id: string; share: number }> } {
  const principals = [...knowledge.principals];
  const countries = principals.map((id) => knowledge.entity(id)?.leaderOf).filter((c): c is string => c !== undefined);
  const voices = knowledge.entities.filter((e) => e.kind === 'organisation' && e.speaksFor !== undefined && countries.includes(e.speaksFor)).map((e) => e.id);
  const principalShares = [0.11, 0.07];
  return {
    speakers: [...principals.map((id, i) => ({ id, share: principalShares[i] ?? 0.03 })), ...voices.map((id) => ({ id, share: 0.03 }))],
    countries: countries.map((id) => ({ id, share: 0.04 })),
  };
}

export interface SyntheticVocabulary {
  readonly countries: readonly string[];
  readonly speakers: readonly string[];
  readonly places: readonly string[];
  readonly events: readonly string[];
  readonly outlets: readonly string[];
}

export interface SyntheticOptions {
  readonly seed?: number;
  /** Consecutive claims from one synthetic article (source); real articles hold 5–30. */
  readonly claimsPerSource?: number;
  /** Synthetic articles in all; claims go round them (default 300). */
  readonly sourcePool?: number;
  /** Grow the real speakers and countries too (default true). */
  readonly realEntities?: boolean;
}

/**
 * An endless, deterministic stream of synthetic SourcedClaims (call `next()`
 * as often as needed; claim ids are `syn-<n>`).
 */
export function syntheticClaimStream(options: SyntheticOptions = {}) {
  const random = prng(options.seed ?? 20250509);
  const name = nameFactory(random);
  const vocab: SyntheticVocabulary = {
    countries: Array.from({ length: 190 }, () => name(2, 3)),
    speakers: Array.from({ length: 20_000 }, () => name(2, 3, true)),
    places: Array.from({ length: 4_000 }, () => name(2, 4)),
    events: Array.from({ length: 3_000 }, () => `${name(2, 3)}-summit`),
    outlets: Array.from({ length: 400 }, (_, i) => `${cap(name(2, 3))} ${OUTLET_WORDS[i % OUTLET_WORDS.length]}`),
  };
  const pickCountry = zipf(vocab.countries.length, 1.0, random);
  const pickSpeaker = zipf(vocab.speakers.length, 1.05, random);
  const pickPlace = zipf(vocab.places.length, 1.0, random);
  const pickEvent = zipf(vocab.events.length, 0.9, random);
  const pickOutlet = zipf(vocab.outlets.length, 1.1, random);
  const claimsPerSource = options.claimsPerSource ?? 15;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const chance = (p: number) => random() < p;

  let n = 0;

  /** Recent years dominate coverage; a long tail reaches back to 1900. */
  const year = () => (chance(0.6) ? 2015 + Math.floor(random() * 11) : 1900 + Math.floor(random() * 115));
  const date = (y: number) => `${y}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;

  function newSource(index: number): Source {
    const y = year();
    const outlet = vocab.outlets[pickOutlet()] ?? 'Unknown';
    return {
      id: `syn-src-${index}`,
      document: `syn_${index}.txt`,
      outlet: chance(0.9) ? outlet : null,
      origin: chance(0.15) ? (vocab.outlets[pickOutlet()] ?? null) : null,
      headline: `${cap(pick(TOPIC_NOUNS))}: ${cap(vocab.countries[pickCountry()] ?? '')} and ${cap(vocab.countries[pickCountry()] ?? '')} at odds`,
      published: chance(0.85) ? date(y) : null,
      publishedNote: chance(0.5) ? 'Dateline of the article.' : 'No dateline; resolved from the relative date in the first paragraph against the events described.',
      language: 'en',
      url: chance(0.6) ? `https://news.example/${index}` : null,
    };
  }

  const sources = Array.from({ length: options.sourcePool ?? 300 }, (_, i) => newSource(i));
  const targets = options.realEntities === false ? { speakers: [], countries: [] } : realEntityTargets();
  const realTargets = [...targets.speakers.map((t) => ({ ...t, role: 'speaker' as const })), ...targets.countries.map((t) => ({ ...t, role: 'subject' as const }))];
  /** Units no real claim counts (and the lexicon does not know), so no "how many" question reads their partitions. */
  const otherUnits = UNITS.filter(([unit]) => !KNOWLEDGE.units.has(KNOWLEDGE.normaliseUnit(unit)));
  const pseudoWord = () => `${REAL_ENTITY_WORD_PREFIX}${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}`;
  const pseudoPhrase = (words: number) => Array.from({ length: words }, pseudoWord).join(' ');

  /** A claim by a real speaker, or about a real country, on synthetic subjects, places, occasions, units and years. */
  function realEntityClaim(index: number, source: Source, target: (typeof realTargets)[number]): SourcedClaim {
    const r = random();
    const kind = r < 0.15 && otherUnits.length > 0 ? 'figure' : r < 0.55 ? 'quote' : 'statement';
    const speaker = target.role === 'speaker' ? target.id : chance(0.45) ? (vocab.speakers[pickSpeaker()] ?? null) : null;
    const subjects = new Set<string>(target.role === 'subject' ? [target.id] : []);
    const countryCount = 1 + Math.floor(random() * 2);
    for (let i = 0; i < countryCount; i++) subjects.add(vocab.countries[pickCountry()] ?? 'x');
    const y = REAL_ENTITY_YEARS[0] + Math.floor(random() * (REAL_ENTITY_YEARS[1] - REAL_ENTITY_YEARS[0] + 1));
    let figure: SourcedClaim['figure'] = null;
    if (kind === 'figure') {
      const [unit, , lo, hi] = pick(otherUnits);
      const low = Math.round(lo + (hi - lo) * random() ** 3);
      figure = { low, high: low, unit, qualifiers: [] };
    }
    const text = `${cap(pseudoPhrase(3))}.`;
    return {
      id: `syn-${index}`,
      kind,
      topic: cap(pseudoPhrase(2)),
      subjects: [...subjects],
      speaker,
      place: chance(0.7) ? (vocab.places[pickPlace()] ?? null) : null,
      event: chance(0.4) ? (vocab.events[pickEvent()] ?? null) : null,
      date: date(y),
      figure,
      text,
      excerpt: `${text} ${cap(pseudoPhrase(4))}.`,
      source,
    };
  }

  function next(): SourcedClaim {
    const index = n++;
    const source = sources[Math.floor(index / claimsPerSource) % sources.length] as Source;
    let roll = random();
    for (const target of realTargets) {
      if (roll < target.share) return realEntityClaim(index, source, target);
      roll -= target.share;
    }
    const r = random();
    const kind = r < 0.35 ? 'figure' : r < 0.55 ? 'quote' : 'statement';
    const speaker = kind === 'quote' || chance(0.45) ? (vocab.speakers[pickSpeaker()] ?? null) : null;
    const subjects = new Set<string>();
    const countryCount = 1 + Math.floor(random() * 3);
    for (let i = 0; i < countryCount; i++) subjects.add(vocab.countries[pickCountry()] ?? 'x');
    if (speaker !== null && chance(0.5)) subjects.add(speaker);
    if (chance(0.45)) subjects.add(pick(WARS));
    const place = chance(0.7) ? (vocab.places[pickPlace()] ?? null) : null;
    const event = chance(0.55) ? (vocab.events[pickEvent()] ?? null) : null;
    const y = year();
    const claimDate = chance(0.85) ? date(y) : null;

    let figure: SourcedClaim['figure'] = null;
    let text: string;
    const who = speaker === null ? (source.outlet ?? 'The article') : cap(speaker.replace('-', ' '));
    const about = [...subjects].map((s) => cap(s.replace('-', ' '))).join(', ');
    if (kind === 'figure') {
      const x = random() * UNIT_CDF[UNIT_CDF.length - 1]!;
      const [unit, , lo, hi] = UNITS[UNIT_CDF.findIndex((c) => x < c)] ?? UNITS[0]!;
      const low = Math.round(lo + (hi - lo) * random() ** 3);
      const high = chance(0.3) ? Math.round(low * (1 + random())) : low;
      const qualifiers = Array.from({ length: Math.floor(random() * 4) }, () => pick(QUALIFIERS));
      figure = { low, high, unit, qualifiers: [...new Set(qualifiers)] };
      text = `${who} put the number of ${unit} (${about}) at ${low === high ? low.toLocaleString('en') : `${low.toLocaleString('en')}–${high.toLocaleString('en')}`}.`;
    } else if (kind === 'quote') {
      text = `${who} ${pick(VERBS)}: "We will never forget what ${about} went through."`;
    } else {
      text = `${who} ${pick(VERBS)} that ${about} ${pick(['agreed on', 'disputed', 'marked', 'commemorated', 'discussed'])} ${pick(TOPIC_NOUNS)}.`;
    }
    return {
      id: `syn-${index}`,
      kind,
      topic: `${cap(pick(TOPIC_NOUNS))} (${[...subjects][0] ?? ''})`,
      subjects: [...subjects],
      speaker,
      place,
      event,
      date: claimDate,
      figure,
      text,
      excerpt: `${text} ${pick(['Officials gave no further details.', 'The figure could not be independently verified.', 'The remarks came during a press conference.', ''])}`.trim(),
      source,
    };
  }

  return { next, vocabulary: vocab, sources };
}
