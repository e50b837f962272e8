/**
 * Everything the engine knows besides the claims themselves, built once from
 * data/ and read-only afterwards: entities and their relations, the lexicon,
 * the guide, the sources, and what is derived from the claims (their units
 * and how often each word occurs). Nothing here names this dataset: a new
 * article's people, places, units and words arrive through the data files.
 */
import type { Claim, Source } from '../claims/claim-schema';
import type { Entity, EntityKind, Guide, Lexicon, LocalLanguage, LocalLexicon, Translations, UnitTranslation } from './knowledge-schema';
import { claimTermsOf, stem } from './terms';

export interface KnowledgeParts {
  readonly entities: readonly Entity[];
  readonly lexicon: Lexicon;
  /** The lexicons of the other languages questions are read in (data/lexicon/ru.json, …); a language without one is not read. */
  readonly localLexicons?: Readonly<Partial<Record<LocalLanguage, LocalLexicon>>>;
  readonly guide: Guide;
  readonly sources: readonly Source[];
  /** The curated claims: their units and words become vocabulary. */
  readonly claims: readonly Claim[];
  /** Curators' translations of claims' sentences, topics, qualifiers and units, by language (data/translations/<language>.json). */
  readonly translations?: Readonly<Partial<Record<LocalLanguage, Translations>>>;
}

/** A record's own entry: a topic or qualifier is free text, and "constructor" must not find Object's. */
const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined => (record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined);

const MONTH_YEAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{4}$/i;

/**
 * A figure whose unit is a month and year ("May 2025") is a span of dates as
 * the source gives it, low and high being days of that month. It answers
 * "how long" questions (it is filed with the day counts) without a day count
 * the source never states, and is never compared with one.
 */
export function isDateSpanUnit(unit: string): boolean {
  return MONTH_YEAR.test(unit.trim());
}

export class Knowledge {
  readonly entities: readonly Entity[];
  readonly lexicon: Lexicon;
  readonly localLexicons: Readonly<Partial<Record<LocalLanguage, LocalLexicon>>>;
  readonly guide: Guide;
  readonly sources: readonly Source[];
  /** The people the dataset is about: "they", "both leaders" when nobody is named. */
  readonly principals: readonly string[];
  /** Canonical units: every unit a claim counts, plus the lexicon's. */
  readonly units: ReadonlySet<string>;
  /** Question word → canonical unit ("killed" → "deaths", "tanks" → "tanks"). */
  readonly unitWords: ReadonlyMap<string, string>;
  /** Stem → number of curated claims whose words carry it (for weighting question words). */
  readonly termFrequency: ReadonlyMap<string, number>;
  readonly claimCount: number;

  private readonly byId: ReadonlyMap<string, Entity>;
  private readonly leadersOf: ReadonlyMap<string, readonly string[]>;
  private readonly voicesOf: ReadonlyMap<string, readonly string[]>;
  private readonly theatres: ReadonlyMap<string, ReadonlyArray<{ war: string; country: string }>>;

  private readonly translations: Readonly<Partial<Record<LocalLanguage, Translations>>>;

  constructor(parts: KnowledgeParts) {
    this.translations = parts.translations ?? {};
    this.entities = parts.entities;
    this.lexicon = parts.lexicon;
    this.localLexicons = parts.localLexicons ?? {};
    this.guide = parts.guide;
    this.sources = parts.sources;
    this.byId = new Map(parts.entities.map((e) => [e.id, e]));
    this.principals = parts.entities.filter((e) => e.principal === true).map((e) => e.id);

    const leaders = new Map<string, string[]>();
    const voices = new Map<string, string[]>();
    const theatres = new Map<string, Array<{ war: string; country: string }>>();
    for (const e of parts.entities) {
      if (e.leaderOf !== undefined) leaders.set(e.leaderOf, [...(leaders.get(e.leaderOf) ?? []), e.id]);
      const voiceOf = e.leaderOf ?? e.speaksFor;
      if (voiceOf !== undefined) voices.set(voiceOf, [...(voices.get(voiceOf) ?? []), e.id]);
      if (e.partOf !== undefined && e.theatreOf !== undefined) theatres.set(e.partOf, [...(theatres.get(e.partOf) ?? []), { war: e.id, country: e.theatreOf }]);
    }
    this.leadersOf = leaders;
    this.voicesOf = voices;
    this.theatres = theatres;

    const unitWords = new Map<string, string>();
    const units = new Set<string>();
    for (const [unit, words] of Object.entries(parts.lexicon.units)) {
      units.add(unit);
      unitWords.set(unit, unit);
      for (const w of words) unitWords.set(w.toLowerCase(), unit);
    }
    this.unitWords = unitWords;
    // A unit only the claims know ("tanks") is asked for by its own word, singular or plural.
    for (const claim of parts.claims) {
      if (claim.figure === null || isDateSpanUnit(claim.figure.unit)) continue;
      const unit = this.normaliseUnit(claim.figure.unit);
      units.add(unit);
      if (!unitWords.has(unit)) unitWords.set(unit, unit);
      const singular = unit.endsWith('s') ? unit.slice(0, -1) : unit;
      if (!unitWords.has(singular)) unitWords.set(singular, unit);
    }
    this.units = units;

    const frequency = new Map<string, number>();
    for (const claim of parts.claims) {
      for (const term of claimTermsOf(claim, (id) => this.entityWords(id))) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
    this.termFrequency = frequency;
    this.claimCount = parts.claims.length;
  }

  entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  kind(id: string): EntityKind | undefined {
    return this.byId.get(id)?.kind;
  }

  /** Display name, or the id itself for an id the data does not know (an item read back from an older deploy). */
  name(id: string): string {
    return this.byId.get(id)?.name ?? id;
  }

  /** Name and English aliases: the words a claim about the entity can be found by (claims are English). */
  entityWords(id: string): readonly string[] {
    const e = this.byId.get(id);
    return e === undefined ? [] : [e.name, ...e.aliases.en];
  }

  /** The people who lead a country ("the Russian president"). */
  leadersOfCountry(country: string): readonly string[] {
    return this.leadersOf.get(country) ?? [];
  }

  /** The country a place lies in. */
  countryOf(place: string): string | undefined {
    return this.byId.get(place)?.in;
  }

  /** Places inside a country: "in Russia" is satisfied by a claim made in Moscow. */
  placesIn(country: string): string[] {
    return this.entities.filter((e) => e.in === country).map((e) => e.id);
  }

  /**
   * Who speaks when a country, its capital or an organisation is the
   * grammatical speaker ("what did Russia say", "what did Beijing say"):
   * the country itself, its leaders and the organisations that speak for it.
   */
  speakersFor(id: string): readonly string[] {
    const e = this.byId.get(id);
    if (e === undefined) return [id];
    if (e.kind === 'place') return e.seatOf === undefined ? [] : this.speakersFor(e.seatOf);
    if (e.kind === 'organisation' && e.speaksFor !== undefined) return [id, e.speaksFor];
    if (e.kind === 'country') return [id, ...(this.voicesOf.get(id) ?? [])];
    return [id];
  }

  /** A country together with the states it counts as in history (Russia's Second World War dead are Soviet dead). */
  historicalSelves(country: string): readonly string[] {
    return [...(this.byId.get(country)?.formerly ?? []), country];
  }

  /**
   * The wars a claim is about, including what follows from its subjects: a
   * war that is part of a larger one is that one too, and a claim on the
   * larger war about a country whose part of it has its own name is about
   * that part ("China's Second World War is its war with Japan").
   */
  claimWars(claim: Pick<Claim, 'subjects'>): string[] {
    const wars = new Set(claim.subjects.filter((id) => this.kind(id) === 'war'));
    for (const war of [...wars]) {
      const whole = this.byId.get(war)?.partOf;
      if (whole !== undefined) wars.add(whole);
    }
    for (const war of [...wars]) {
      for (const part of this.theatres.get(war) ?? []) if (claim.subjects.includes(part.country)) wars.add(part.war);
    }
    return [...wars];
  }

  /** Occasions that commemorate something (Victory Days): "the Nth anniversary" picks among them. */
  eventsMarkingAnniversary(n: number): string[] {
    return this.entities.filter((e) => e.kind === 'event' && e.anniversary === n).map((e) => e.id);
  }

  /**
   * Canonical, key-safe form of a figure unit: the head noun of "military
   * deaths" or "world leaders" (the last word), mapped through the lexicon
   * ("lives" → "deaths"); a span of dates ("May 2025") is filed with "days".
   */
  normaliseUnit(unit: string): string {
    if (isDateSpanUnit(unit)) return 'days';
    const words = unit.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(' ').filter((w) => w.length > 0);
    const head = words[words.length - 1] ?? 'count';
    return this.unitWords.get(head) ?? this.unitWords.get(stem(head)) ?? head;
  }

  /** How informative a word of a question is: rare words in the claims weigh more (BM25's idf); unknown words weigh nothing. */
  termWeight(term: string): number {
    const df = this.termFrequency.get(term);
    if (df === undefined) return 0;
    return Math.log(1 + (this.claimCount - df + 0.5) / (df + 0.5));
  }

  /** A curator's translation of a claim's sentence into `language`, when there is one. */
  translation(claimId: string, language: string): string | undefined {
    return own(this.translations[language as LocalLanguage]?.claims, claimId);
  }

  /** A curator's translation of a topic (as the claims write it) into `language`, when there is one. */
  topicTranslation(topic: string, language: string): string | undefined {
    return own(this.translations[language as LocalLanguage]?.topics, topic);
  }

  /** A curator's translation of a figure qualifier (as the claims write it) into `language`, when there is one. */
  qualifierTranslation(qualifier: string, language: string): string | undefined {
    return own(this.translations[language as LocalLanguage]?.qualifiers, qualifier);
  }

  /** A curator's translation of a figure unit (as the claims write it) into `language`, when there is one. */
  unitTranslation(unit: string, language: string): UnitTranslation | undefined {
    return own(this.translations[language as LocalLanguage]?.units, unit);
  }
}
