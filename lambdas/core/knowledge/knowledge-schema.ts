/**
 * Schemas of the knowledge files a curator writes under data/: the entities
 * (people, countries, places, organisations, wars, events, documents), the
 * English lexicon (synonyms, unit words, names the data never carries) and
 * the guide (example questions, what-I-know summary).
 *
 * Only id, kind, name and aliases are required of an entity. Aliases are a
 * plain list (English) or a map by language ({"en": [...], "ru": [...],
 * "zh": [...]}): the readers of Russian and Chinese questions find entities
 * by their own language's aliases, since the claims are written in English.
 * The optional
 * relations are what lets the reader understand a question without code that
 * names this dataset:
 * - `leaderOf`: the country a person leads ("the Russian president");
 * - `speaksFor`: the country an organisation speaks for ("the Kremlin said");
 * - `in`: the country a place lies in ("in Russia" covers Moscow);
 * - `seatOf`: the country a capital stands for as a speaker ("Beijing said");
 * - `formerly`: states a country counts as in history ("Russians died in WWII");
 * - `partOf` / `theatreOf`: a war that is one country's part of a larger one;
 * - `commemorates` / `anniversary`: an occasion and the anniversary it marks;
 * - `principal`: the people the dataset is about ("they", "both leaders");
 * - `outlet`: the entity is a news outlet whose name a source's outlet or origin carries.
 */
import * as z from 'zod/mini';

export const ENTITY_KINDS = ['person', 'country', 'place', 'organisation', 'war', 'event', 'document'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1));

/** The languages questions are read in: English, and those with a reader in lambdas/core/reading/. */
export const LANGUAGES = ['en', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Languages read through a lexicon of their own (data/lexicon/<language>.json) into the words the parser knows. */
export type LocalLanguage = Exclude<Language, 'en'>;
export const LOCAL_LANGUAGES: readonly LocalLanguage[] = ['ru', 'zh'];

export type Aliases = Readonly<Record<Language, readonly string[]>>;

/**
 * A plain list (the aliases are English, as before languages were added) or
 * a map by language; an unknown language key is an error, not silently dropped.
 * Either way the entity gets one list per language, empty where none is given.
 */
const AliasesSchema = z.pipe(
  z.union([z.array(nonEmpty()), z.strictObject({ en: z.optional(z.array(nonEmpty())), ru: z.optional(z.array(nonEmpty())), zh: z.optional(z.array(nonEmpty())) })]),
  z.transform((a): Aliases => (Array.isArray(a) ? { en: a, ru: [], zh: [] } : { en: a.en ?? [], ru: a.ru ?? [], zh: a.zh ?? [] })),
);
const slug = () => z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, single hyphens)'));

export const EntitySchema = z.object({
  id: slug(),
  kind: z.enum(ENTITY_KINDS),
  /** Display name used in replies. */
  name: nonEmpty(),
  /** What people type for it; any case and punctuation (matched after normalisation). A plain list or a map by language. */
  aliases: AliasesSchema,
  leaderOf: z.optional(slug()),
  speaksFor: z.optional(slug()),
  in: z.optional(slug()),
  seatOf: z.optional(slug()),
  formerly: z.optional(z.array(slug())),
  partOf: z.optional(slug()),
  theatreOf: z.optional(slug()),
  commemorates: z.optional(slug()),
  anniversary: z.optional(z.number().check(z.int(), z.gte(1))),
  principal: z.optional(z.boolean()),
  outlet: z.optional(z.boolean()),
});
export type Entity = z.infer<typeof EntitySchema>;

export const EntitiesFileSchema = z.object({ entities: z.array(EntitySchema) });

/** Entity fields that hold another entity's id, with the kinds they may point at. */
export const ENTITY_REFERENCES: ReadonlyArray<readonly [keyof Entity & string, readonly EntityKind[]]> = [
  ['leaderOf', ['country']],
  ['speaksFor', ['country']],
  ['in', ['country']],
  ['seatOf', ['country']],
  ['formerly', ['country']],
  ['partOf', ['war']],
  ['theatreOf', ['country']],
  ['commemorates', ['war']],
];

export const LexiconSchema = z.object({
  /** Words that mean the same for finding a claim ("truce", "ceasefire"). */
  synonyms: z.array(z.array(nonEmpty())),
  /** Question words that ask for a counted unit, by the unit's head noun ("killed" → "deaths"). */
  units: z.record(z.string(), z.array(nonEmpty())),
  /**
   * Parts of a count that sources state apart or together ("soldiers", "civilians"). A question for one
   * part is answered only by a figure that gives that part alone; a combined total is related, not an answer.
   */
  scopes: z.optional(z.array(z.array(nonEmpty()))),
  /** Names no entity carries (other countries, people, cities): a question naming one is about something else. */
  otherNames: z.array(nonEmpty()),
});
export type Lexicon = z.infer<typeof LexiconSchema>;

/**
 * data/lexicon/<language>.json for a language other than English. The claims
 * are English, so a Russian or Chinese question is read into the words the
 * parser knows: `glosses` maps an English word or phrase (a question word,
 * a verb of saying, a unit word, a part of a count, a synonym the English
 * lexicon groups) to the ways the language says it. Russian forms are
 * stemmed (Snowball) before matching, so one form of a word covers its
 * cases; Chinese forms are matched as written, without spaces.
 * `otherNames`: as in the English lexicon, names no entity carries.
 */
export const LocalLexiconSchema = z.object({
  glosses: z.record(z.string().check(z.regex(/^[a-z0-9]+(?: [a-z0-9]+)*$/, 'must be lower-case English words')), z.array(nonEmpty())),
  otherNames: z.optional(z.array(nonEmpty())),
});
export type LocalLexicon = z.infer<typeof LocalLexiconSchema>;

/**
 * data/translations/<language>.json, optional: a curator's translation into
 * that language of what a reply shows of the claims, each part by its English:
 * - `claims`: each claim's sentence (`text`), by claim id;
 * - `topics` (optional): each topic as the claims write it ("Chinese deaths in
 *   the Second World War"), shown as a heading;
 * - `qualifiers` (optional): each figure qualifier as written ("war with Japan
 *   from 1937"), shown beside the figure;
 * - `units` (optional): each figure unit as written ("hours"), as it follows a
 *   number in that language: Chinese with its measure word ("小时", "位领导人"),
 *   Russian as its forms after 1, 2–4 and 5 or more (["час", "часа", "часов"];
 *   the second also follows "более 21", the third "более 24" and "27 млн").
 * A key no claim has is an error: it would never show, and says the file is
 * out of date. A reply in that language shows the translation; a part without
 * one keeps its English, and a reply with an English sentence says so.
 * Excerpts are never translated: they are the article's own words.
 */
export const TranslationsSchema = z.object({
  claims: z.record(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a claim id')), nonEmpty()),
  topics: z.optional(z.record(nonEmpty(), nonEmpty())),
  qualifiers: z.optional(z.record(nonEmpty(), nonEmpty())),
  units: z.optional(z.record(nonEmpty(), z.union([nonEmpty(), z.array(nonEmpty()).check(z.minLength(1), z.maxLength(3))]))),
});
export type Translations = z.infer<typeof TranslationsSchema>;
/** A unit as a language writes it after a number: one form, or forms by the number (see TranslationsSchema). */
export type UnitTranslation = string | readonly string[];

export const GuideSchema = z.object({
  /** Shown in /help, the terminal and as inline suggestions; each must be answered from the data. */
  examples: z.array(nonEmpty()).check(z.minLength(1)),
  /** The same for users whose Telegram is in Russian or Chinese, asked as they would ask; English ones where a language has none. */
  localExamples: z.optional(z.partialRecord(z.enum(['ru', 'zh']), z.array(nonEmpty()).check(z.minLength(1)))),
  /** "What I know", for replies to questions no claim answers. */
  summary: nonEmpty(),
  /** The same in Russian and Chinese, for replies in those languages; the English one where a language has none. */
  localSummary: z.optional(z.partialRecord(z.enum(['ru', 'zh']), nonEmpty())),
});
export type Guide = z.infer<typeof GuideSchema>;

const localOf = (language: string | null | undefined) => {
  const base = language?.toLowerCase().split(/[-_]/)[0];
  return base === 'ru' || base === 'zh' ? base : undefined;
};

/** The example questions in a reply's or a user's language ("zh-hans" → zh), English where it has none. */
export function examplesIn(guide: { readonly examples: readonly string[]; readonly localExamples?: Guide['localExamples'] }, language: string | null | undefined): readonly string[] {
  const local = localOf(language);
  return (local && guide.localExamples?.[local]) || guide.examples;
}

/** "What I know" in a reply's language, English where it has none. */
export function summaryIn(guide: Pick<Guide, 'summary' | 'localSummary'>, language: string | null | undefined): string {
  const local = localOf(language);
  return (local && guide.localSummary?.[local]) || guide.summary;
}
