/**
 * Synthetic sourced claims for the scaling benchmark: other countries,
 * speakers, places, events, years and units, in proportions modelled on a
 * news fact-check corpus (and on the real data/ set), deterministic for a seed.
 *
 * - Popularity is skewed (Zipf): a few countries, speakers and places get most
 *   of the claims, as in real coverage, so some synthetic partitions grow big.
 * - Every synthetic entity id is disjoint from the real vocabulary (data/entities.json),
 *   so the real questions must get exactly the same answers at any table size.
 *   Wars are the exception on purpose: the real war ids (wwii, korean-war, ...)
 *   appear as subjects, as in real claims, because wars are filters, never keys.
 * - Every claim has at least one non-war subject, so none falls back to a bare
 *   war key (which would be a data problem in the real set too).
 */
import type { Source, SourcedClaim } from '../../lambdas/core/claims/claim-schema';
import { loadKnowledge } from '../../lambdas/core/knowledge/load-knowledge';
import { DATA_DIR } from '../lib/claims-table';

const ENTITIES = loadKnowledge(DATA_DIR).entities;

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
const REAL_ALIASES = new Set<string>(ENTITIES.flatMap((e) => [...e.aliases]));

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

export interface SyntheticVocabulary {
  readonly countries: readonly string[];
  readonly speakers: readonly string[];
  readonly places: readonly string[];
  readonly events: readonly string[];
  readonly outlets: readonly string[];
}

export interface SyntheticOptions {
  readonly seed?: number;
  /** Claims per synthetic article (source); real articles hold 5–30. */
  readonly claimsPerSource?: number;
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
  let source: Source | undefined;

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

  function next(): SourcedClaim {
    const index = n++;
    if (source === undefined || index % claimsPerSource === 0) source = newSource(Math.floor(index / claimsPerSource));
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

  return { next, vocabulary: vocab };
}
