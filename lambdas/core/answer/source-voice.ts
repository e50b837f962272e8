/**
 * Who says a claim, as a reply names them in a few words: the speaker's short
 * name, the outlet (or the outlet it republishes), an unnamed outlet by its
 * site. Also how many independent origins a set of sources has: two outlets
 * running one wire story are one origin.
 */
import type { Source, SourcedClaim } from '../claims/claim-schema';
import type { Knowledge } from '../knowledge/knowledge';

/** Who a claim's entity ids are: display names and kinds (the Knowledge). */
export type EntityNames = Pick<Knowledge, 'entity'>;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "8 May 2025" from "2025-05-08". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = MONTH_NAMES[Number(m) - 1];
  return month === undefined ? iso : `${Number(d)} ${month} ${y}`;
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
  if (entity?.kind === 'person') {
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
export function outletName(source: Source, style: 'long' | 'short' = 'long'): string {
  const own = source.outlet ?? siteOf(source);
  if (own !== null) {
    if (source.origin === null || source.origin === own) return own;
    return style === 'long' ? `${own} via ${source.origin}` : `${own}/${source.origin}`;
  }
  if (source.origin !== null) return source.origin;
  return 'an unnamed outlet';
}

/** The story's origin: the outlet it credits, else its own outlet, else the source itself. Republished copies share one. */
export function originOf(source: Source): string {
  return source.origin ?? source.outlet ?? siteOf(source) ?? `source:${source.id}`;
}

/** Who a claim's words are: the speaker, else the outlet that states them (its origin first: RT's reporting is RT's). */
export function voiceOf(claim: SourcedClaim, names: EntityNames): string {
  if (claim.speaker !== null) return shortName(claim.speaker, names);
  return claim.source.origin ?? outletName(claim.source, 'short');
}

/** Outlets as a list names them: "MENAFN; PUREWILAYAH.COM/RT; 2 unnamed outlets". */
export function outletList(sources: readonly Source[]): string {
  const distinct = [...new Map(sources.map((s) => [s.id, s])).values()];
  const named = distinct.map((s) => outletName(s, 'short'));
  const unnamed = named.filter((n) => n === 'an unnamed outlet').length;
  const listed = [...new Set(named.filter((n) => n !== 'an unnamed outlet'))];
  if (unnamed === 1) listed.push('an unnamed outlet');
  if (unnamed > 1) listed.push(`${unnamed} unnamed outlets`);
  return listed.join('; ');
}

/** "2 sources", or "2 outlets, 1 origin: RT" when some republish the same story. */
export function sourceCountText(sources: readonly Source[], style: 'spread' | 'sentence' = 'spread'): string {
  const distinct = [...new Map(sources.map((s) => [s.id, s])).values()];
  const origins = new Map<string, Source[]>();
  for (const s of distinct) origins.set(originOf(s), [...(origins.get(originOf(s)) ?? []), s]);
  const n = distinct.length;
  if (origins.size === n) return `${n} source${n === 1 ? '' : 's'}`;
  const shared = [...origins.entries()].filter(([, group]) => group.length > 1).map(([origin, group]) => group[0]?.origin ?? origin);
  const count = `${n} outlets, ${origins.size} origin${origins.size === 1 ? '' : 's'}`;
  return style === 'spread' ? `${count}: ${shared.join(', ')}` : `${count} (${shared.join(', ')})`;
}

/** How many independent origins the sources have. */
export function originCount(sources: readonly Source[]): number {
  return new Set(sources.map(originOf)).size;
}
