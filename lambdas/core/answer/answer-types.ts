import type { SourcedClaim } from '../claims/claim-schema';
import type { Guide, UnitTranslation } from '../knowledge/knowledge-schema';
import type { Comparison, TopicCheck } from './claim-check';

/** Claims on one topic, shown side by side, with a one-line verdict on agreement. */
export interface TopicAnswer {
  readonly topic: string;
  readonly claims: readonly SourcedClaim[];
  /** e.g. "Sources differ: 15–20 million (PUREWILAYAH/RT, …) vs 37 million (MENAFN, quoting Putin)". */
  readonly verdict: string;
  /** Short spread for inline-result descriptions, e.g. "2 sources: 15–20M vs 37M". */
  readonly spread: string;
  /** Claims of this topic left out to keep the answer short (the verdict still judges all of them). */
  readonly omittedClaims?: number;
  /** The user's own claim (a figure, a yes/no statement) judged against this topic's sources. */
  readonly check?: TopicCheck & { readonly line: string };
}

export interface Answer {
  readonly question: string;
  /** The language the question was read in ('en', 'ru', 'zh'); absent when it is in one the bot does not read. */
  readonly language?: string;
  /** False exactly when `topics` is empty. */
  readonly answered: boolean;
  readonly topics: readonly TopicAnswer[];
  /**
   * Why nothing was answered, when nothing was: no claim fits ("no-claims"), the
   * question could not be read ("unreadable"), it is in a language the bot does
   * not read yet ("language"), or only close claims exist ("near-miss", see related).
   */
  readonly reason?: 'no-claims' | 'unreadable' | 'language' | 'near-miss';
  /** Close claims that do not answer the question (a narrower scope than any source gives): shown, never counted as an answer. */
  readonly related?: readonly TopicAnswer[];
  /** Near misses: what the question asked that no source gives ("a figure for soldiers alone"). */
  readonly missing?: string;
  /** The read budget per question ran out before every claim that might match was read: the reply says so. */
  readonly truncated?: boolean;
  /** Display names of the entity ids in the answer's claims (speaker, place), from data/entities.json. */
  readonly names?: Readonly<Record<string, string>>;
  /** Curators' translations of the shown claims' sentences into the reply's language, by claim id (data/translations/). */
  readonly translations?: Readonly<Record<string, string>>;
  /** Curators' translations of the shown topics (headings, the "not shown" note), by the topic as the claims write it. */
  readonly topicTranslations?: Readonly<Record<string, string>>;
  /** Curators' translations of the shown figures' qualifiers, by the qualifier as the claims write it. */
  readonly qualifierTranslations?: Readonly<Record<string, string>>;
  /** Curators' translations of the shown figures' units, by the unit as the claims write it (see TranslationsSchema). */
  readonly unitTranslations?: Readonly<Record<string, UnitTranslation>>;
  /** Short names of the people among them ("Putin", "Xi"), for compact lines. */
  readonly shortNames?: Readonly<Record<string, string>>;
  /** Example questions and what the bot knows, for replies that answer nothing. */
  readonly guide?: Guide;
  /** "Did X or Y lose more?": answered per source. */
  readonly comparison?: Comparison & { readonly line: string };
  /** Set when the answer was capped: what was left out, for the "ask a narrower question" note. */
  readonly omitted?: {
    /** Topics left out entirely, best-matching first. */
    readonly topics: readonly string[];
    /** Claims not shown, in omitted topics and trimmed from shown ones. */
    readonly claims: number;
  };
}

/** The `npm run ask -- --json` line format. Public interface: keep it stable. */
export interface PublicAnswerJson {
  question: string;
  answered: boolean;
  claims: Array<{
    id: string;
    kind: 'figure' | 'quote' | 'statement';
    topic: string;
    speaker: string | null;
    place: string | null;
    date: string | null;
    figure: { low: number; high: number; unit: string; qualifiers: string[] } | null;
    text: string;
    excerpt: string;
    source: {
      id: string;
      outlet: string | null;
      origin: string | null;
      url: string | null;
      published: string | null;
      document: string;
    };
  }>;
  /** Near misses: the closest claims, which do not answer the question; empty when it was answered. */
  related: PublicAnswerJson['claims'];
  /** Other sources' figures the reply adds as context when it judges one speaker's ("did Putin say…"); same shape as claims. */
  context: PublicAnswerJson['claims'];
  reply: string;
  /** The language the question was read in ('en', 'ru', 'zh'); null when the bot does not read its language. */
  language: string | null;
}
