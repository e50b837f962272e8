/**
 * Schemas for the files under data/ and for claim items read back from the
 * table. zod/mini keeps the Lambda bundle small (the bot reads items back
 * through these schemas on every question).
 *
 * Cross-record rules (excerpt found verbatim in its article, source exists,
 * ids unique, kind/figure consistency, entity ids known) live in the dataset
 * loader, which knows the file names to put into error messages.
 */
import * as z from 'zod/mini';

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1));
const slug = () => z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, single hyphens)'));
const isoDate = () => z.iso.date();

export const CLAIM_KINDS = ['figure', 'quote', 'statement'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const SourceSchema = z.object({
  id: slug(),
  /** The article's file name under data/articles/, unchanged from the seed. */
  document: z.string().check(z.regex(/^[\w.-]+\.txt$/, 'must be a .txt file name under data/articles/')),
  /** Publishing outlet as the page names it; null where the page does not say. */
  outlet: z.nullable(nonEmpty()),
  /** Outlet the page credits as the story's origin (e.g. "RT"); null if none. */
  origin: z.nullable(nonEmpty()),
  headline: nonEmpty(),
  published: z.nullable(isoDate()),
  /** How `published` was derived: dateline, resolved relative date, or why it is unknown. */
  publishedNote: nonEmpty(),
  language: z.string().check(z.regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "en"')),
  url: z.nullable(z.url()),
});
export type Source = z.infer<typeof SourceSchema>;

export const SourcesFileSchema = z.object({ sources: z.array(SourceSchema) });

export const FigureSchema = z.object({
  low: z.number().check(z.gte(0)),
  high: z.number().check(z.gte(0)),
  /** What is counted, plural noun: "deaths", "troops", "hours", "leaders", "days". */
  unit: nonEmpty(),
  /** Scope that explains differences between sources: "1937–45", "military and civilian", "estimated". */
  qualifiers: z.array(nonEmpty()),
});
export type Figure = z.infer<typeof FigureSchema>;

export const ClaimSchema = z.object({
  id: slug(),
  kind: z.enum(CLAIM_KINDS),
  /** Human-readable topic; claims with the same topic are shown side by side. */
  topic: nonEmpty(),
  /** Entity ids the claim is about (see data/entities.json). */
  subjects: z.array(nonEmpty()).check(z.minLength(1)),
  /** Entity id of who made the claim; null when the outlet states it in its own voice. */
  speaker: z.nullable(nonEmpty()),
  /** Entity id of where it was said or happened. */
  place: z.nullable(nonEmpty()),
  /** Occasion entity id, from data/entities.json. */
  event: z.nullable(nonEmpty()),
  /** When it was said or happened, resolved to a calendar date. */
  date: z.nullable(isoDate()),
  figure: z.nullable(FigureSchema),
  /** The claim as the bot states it, in one sentence. */
  text: nonEmpty(),
  /** Passage copied verbatim from the article file. */
  excerpt: nonEmpty(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const ClaimsFileSchema = z.object({
  /** Source id from data/sources.json. */
  source: slug(),
  claims: z.array(ClaimSchema),
});
export type ClaimsFile = z.infer<typeof ClaimsFileSchema>;

/** A claim joined with its source: what the store returns and the answerer works on. */
export const SourcedClaimSchema = z.object({ ...ClaimSchema.shape, source: SourceSchema });
export type SourcedClaim = z.infer<typeof SourcedClaimSchema>;
