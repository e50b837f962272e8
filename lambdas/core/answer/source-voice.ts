/**
 * Who says a claim, as a reply names them in a few words: the speaker's short
 * name, the outlet (or the outlet it republishes), an unnamed outlet by its
 * site. Also how many independent origins a set of sources has: two outlets
 * running one wire story are one origin.
 */
import type { Source, SourcedClaim } from '../claims/claim-schema';
import type { Knowledge } from '../knowledge/knowledge';
import type { Entity, Language, UnitTranslation } from '../knowledge/knowledge-schema';
import { EN, replyWords, type ReplyWords } from './reply-words';

/**
 * Who a claim's entity ids are: display names and kinds (the Knowledge), and
 * the words of the reply's language (English when absent). namesIn() gives
 * the names as a reply in another language shows them.
 */
export type EntityNames = Pick<Knowledge, 'entity'> & {
  readonly words?: ReplyWords;
  /** A curator's translation of a figure qualifier into the reply's language, when there is one. */
  readonly qualifier?: (english: string) => string | undefined;
  /** A curator's translation of a claim's sentence into the reply's language, by claim id, when there is one. */
  readonly sentence?: (claimId: string) => string | undefined;
  /** A curator's translation of a figure unit into the reply's language, when there is one. */
  readonly unit?: (english: string) => UnitTranslation | undefined;
};

/** The reply's words for these names. */
export const wordsOf = (names: { readonly words?: ReplyWords }): ReplyWords => names.words ?? EN;

/** A figure qualifier as the reply shows it: translated where a curator did, else as the claims write it. */
export const qualifierIn = (qualifier: string, names: Pick<EntityNames, 'qualifier'>): string => names.qualifier?.(qualifier) ?? qualifier;

/** A claim's sentence as the reply shows it: translated where a curator did, else its English. */
export const sentenceIn = (claim: Pick<SourcedClaim, 'id' | 'text'>, names: Pick<EntityNames, 'sentence'>): string => names.sentence?.(claim.id) ?? claim.text;

/** "8 May 2025" from "2025-05-08" (in the reply's language: "8 мая 2025", "2025年5月8日"). */
export function formatDate(iso: string, w: ReplyWords = EN): string {
  return w.date(iso);
}

const capitalise = (s: string) => s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => `${sep}${c.toUpperCase()}`);

const localised = new WeakMap<object, Map<Language, EntityNames>>();

/**
 * The names as a reply in `language` shows them: each entity by its first
 * alias in that language ("Путин", "普京"), else its English name; claims'
 * sentences, figure qualifiers and units by a curator's translation where there is one.
 */
export function namesIn(knowledge: Pick<Knowledge, 'entity'> & Partial<Pick<Knowledge, 'qualifierTranslation' | 'translation' | 'unitTranslation'>>, language: string | null | undefined): EntityNames {
  const w = replyWords(language);
  if (w.language === 'en') return knowledge;
  let byLanguage = localised.get(knowledge);
  if (byLanguage === undefined) localised.set(knowledge, (byLanguage = new Map()));
  const known = byLanguage.get(w.language);
  if (known !== undefined) return known;
  const memo = new Map<string, Entity | undefined>();
  const lang = w.language;
  const names: EntityNames = {
    words: w,
    qualifier: (q) => knowledge.qualifierTranslation?.(q, lang),
    sentence: (id) => knowledge.translation?.(id, lang),
    unit: (u) => knowledge.unitTranslation?.(u, lang),
    entity(id) {
      if (memo.has(id)) return memo.get(id);
      const e = knowledge.entity(id);
      const local = e?.aliases[lang][0];
      const shown = e === undefined || local === undefined ? e : { ...e, name: lang === 'ru' ? capitalise(local) : local };
      memo.set(id, shown);
      return shown;
    },
  };
  byLanguage.set(lang, names);
  return names;
}

const shortNames = new WeakMap<object, Map<string, string>>();

/**
 * A person's name as a reply repeats it: the shortest word of the name that
 * is also an alias ("Putin", "Xi"), else the whole name. Derived from the
 * data, so family-name-first names come out right.
 */
export function shortName(id: string, names: EntityNames): string {
  let memo = shortNames.get(names);
  if (memo === undefined) shortNames.set(names, (memo = new Map()));
  const known = memo.get(id);
  if (known !== undefined) return known;
  const entity = names.entity(id);
  let short = entity?.name ?? id;
  // Another language's name is already its first alias, the short form people type.
  if (entity?.kind === 'person' && wordsOf(names).language === 'en') {
    // English aliases: the reply's names are the English ones for now.
    const aliases = new Set(entity.aliases.en.map((a) => a.toLowerCase()));
    const words = entity.name.split(/\s+/).filter((w) => aliases.has(w.toLowerCase()));
    const shortest = words.sort((a, b) => a.length - b.length)[0];
    if (shortest !== undefined) short = shortest;
  }
  memo.set(id, short);
  return short;
}

/**
 * A name as it reads inside a sentence: "the Soviet Union" where the data
 * gives "the soviet union" as an alias of "Soviet Union", else the name.
 */
export function proseName(id: string, names: EntityNames): string {
  const entity = names.entity(id);
  if (entity === undefined) return id;
  const name = entity.name;
  if (wordsOf(names).language !== 'en') return name;
  if (/^the\s/i.test(name)) return name;
  const withArticle = `the ${name.toLowerCase()}`;
  return entity.aliases.en.some((a) => a.toLowerCase() === withArticle) ? `the ${name}` : name;
}

/** The site of a source's URL ("example.com"), when it has one. */
function siteOf(source: Source): string | null {
  if (source.url === null) return null;
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(source.url)?.[1];
  return host === undefined ? null : host.replace(/^www\./i, '');
}

/** The outlet as a reply names it: "PUREWILAYAH.COM via RT", "MENAFN", its site, or "an unnamed outlet". */
export function outletName(source: Source, style: 'long' | 'short' = 'long', w: ReplyWords = EN): string {
  const own = source.outlet ?? siteOf(source);
  if (own !== null) {
    if (source.origin === null || source.origin === own) return own;
    return style === 'long' ? w.republished(own, source.origin) : `${own}/${source.origin}`;
  }
  if (source.origin !== null) return source.origin;
  return w.unnamedOutlet;
}

/** The story's origin: the outlet it credits, else its own outlet, else the source itself. Republished copies share one. */
export function originOf(source: Source): string {
  return source.origin ?? source.outlet ?? siteOf(source) ?? `source:${source.id}`;
}

/** Who a claim's words are: the speaker, else the outlet that states them (its origin first: RT's reporting is RT's). */
export function voiceOf(claim: SourcedClaim, names: EntityNames): string {
  if (claim.speaker !== null) return shortName(claim.speaker, names);
  return claim.source.origin ?? outletName(claim.source, 'short', wordsOf(names));
}

/** Outlets as a list names them: "MENAFN; PUREWILAYAH.COM/RT; 2 unnamed outlets". */
export function outletList(sources: readonly Source[], w: ReplyWords = EN): string {
  const distinct = [...new Map(sources.map((s) => [s.id, s])).values()];
  const named = distinct.map((s) => outletName(s, 'short', w));
  const unnamed = named.filter((n) => n === w.unnamedOutlet).length;
  const listed = [...new Set(named.filter((n) => n !== w.unnamedOutlet))];
  if (unnamed === 1) listed.push(w.unnamedOutlet);
  if (unnamed > 1) listed.push(w.unnamedOutlets(unnamed));
  return capped(listed, w);
}

/** Voices a one-line answer names before "and N more": a line stays a line however many sources a topic gains. */
export const VOICES_NAMED = 3;

/** The first VOICES_NAMED items joined, then "and N more". */
export function capped(items: readonly string[], w: ReplyWords): string {
  if (items.length <= VOICES_NAMED) return items.join('; ');
  return `${items.slice(0, VOICES_NAMED).join('; ')}${w.andMore(items.length - VOICES_NAMED)}`;
}

/** "2 sources", or "2 outlets, 1 origin: RT" when some republish the same story. */
export function sourceCountText(sources: readonly Source[], style: 'spread' | 'sentence' = 'spread', w: ReplyWords = EN): string {
  const distinct = [...new Map(sources.map((s) => [s.id, s])).values()];
  const origins = new Map<string, Source[]>();
  for (const s of distinct) origins.set(originOf(s), [...(origins.get(originOf(s)) ?? []), s]);
  const n = distinct.length;
  if (origins.size === n) return w.sources(n);
  const shared = [...origins.entries()].filter(([, group]) => group.length > 1).map(([origin, group]) => group[0]?.origin ?? origin);
  const count = w.outletsOrigins(n, origins.size, shared.join(', '));
  // The spread puts the origin after a colon ("2 outlets, 1 origin: RT"); a sentence keeps it in brackets.
  return style === 'spread' ? count.replace(/\s*[(（]([^()（）]*)[)）]$/, ': $1') : count;
}

/** How many independent origins the sources have. */
export function originCount(sources: readonly Source[]): number {
  return new Set(sources.map(originOf)).size;
}
