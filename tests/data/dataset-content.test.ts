/**
 * What users depend on in the curated dataset under data/: every article is
 * covered, the headline comparisons (Chinese and Soviet WWII death tolls) are
 * there from the right sources, and no claim quotes page furniture or differs
 * from the article it cites. Reads the files directly (no loader) so a loader
 * bug cannot hide a data problem.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimsFileSchema, SourcesFileSchema, type Claim, type Source } from '../../lambdas/core/claims/claim-schema';
import { isDateSpanUnit } from '../../lambdas/core/claims/lookup-keys';
import { LOCAL_LANGUAGES, TranslationsSchema } from '../../lambdas/core/knowledge/knowledge-schema';
import { KNOWLEDGE } from '../support/knowledge';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));

const sources: Source[] = SourcesFileSchema.parse(JSON.parse(readFileSync(join(DATA, 'sources.json'), 'utf8'))).sources;
const sourceById = new Map(sources.map((s) => [s.id, s]));
const articleFiles = readdirSync(join(DATA, 'articles')).filter((f) => f.endsWith('.txt')).sort();
const claimFiles = readdirSync(join(DATA, 'claims')).filter((f) => f.endsWith('.json')).sort();

interface LoadedClaim extends Claim {
  readonly file: string;
  readonly sourceId: string;
}

const claims: LoadedClaim[] = claimFiles.flatMap((file) => {
  const doc = ClaimsFileSchema.parse(JSON.parse(readFileSync(join(DATA, 'claims', file), 'utf8')));
  return doc.claims.map((c) => ({ ...c, file, sourceId: doc.source }));
});

function article(sourceId: string): string {
  const source = sourceById.get(sourceId);
  if (!source) throw new Error(`unknown source ${sourceId}`);
  return readFileSync(join(DATA, 'articles', source.document), 'utf8');
}

const MENAFN = 'menafn-putin-xi-wwii-victims';
const PUREWILAYAH = 'purewilayah-putin-xi-wwii-legacy';
const CHINA_TOLL = 'Chinese deaths in the Second World War';
const SOVIET_TOLL = 'Soviet deaths in the Second World War';

/** Scraped page chrome: none of it is a claim. */
const FURNITURE = [
  ' date 2025-05-10 403',
  'Sorry!!',
  'Error!',
  'the page you were looking for',
  'Legal Disclaimer',
  'provides the information',
  'without warranty',
  'CommentsNo comment',
  'Subscribe',
  'paying subscribers',
  'Sign In',
  'Skip to content',
  'Credit:',
  'LEAVE A REPLY',
  'Please enter your',
  '19 C',
  'New York',
  'Tuesday, June 17, 2025',
  'Advertisement',
  'spot_img',
  'Related Articles',
  'Stay Connected',
  'Latest Articles',
  'FansLike',
];

/** The seeds as delivered; an edited article would silently invalidate excerpts and dates. */
const ARTICLE_SHA256: Record<string, string> = {
  '000_65d1a1d4bbc254d7.txt': '927d6580eaad556d44908df2436227657dae3a3d3309822e7fe8829cce81d658',
  '001_201afc8b97c7a6c7.txt': '52b5207ab3d7921c0a1c3ed8143e07b66c2e1b07b5fb126fec94f2a9a86d1a99',
  '002_9fa2fe9652d73078.txt': 'e726a8e0d3523616610f0c8520f9404461a90912e6c6120a41d74a93ff448169',
  '003_4e604fa65f50c689.txt': '1a1e24d942c1368fb72573f59746f6f8ed716882a69d01e1ab0539adc53100a7',
  '004_aae7d2543da8230f.txt': '6945cb90f43196c62c86663b4963ac5389e86e4d6bbd7a61cda4c69be8d43428',
};

describe('the curated dataset', () => {
  it('keeps the five articles byte-for-byte as seeded', () => {
    expect(articleFiles).toEqual(Object.keys(ARTICLE_SHA256).sort());
    for (const file of articleFiles) {
      const sha = createHash('sha256').update(readFileSync(join(DATA, 'articles', file))).digest('hex');
      expect(sha, file).toBe(ARTICLE_SHA256[file]);
    }
  });

  it('has at least 50 claims', () => {
    expect(claims.length).toBeGreaterThanOrEqual(50);
  });

  it('has one source per article and one non-empty claims file per source, named after the article', () => {
    expect(sources.map((s) => s.document).sort()).toEqual(articleFiles);
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    for (const source of sources) {
      const file = source.document.replace(/\.txt$/, '.json');
      expect(claimFiles, source.id).toContain(file);
      const own = claims.filter((c) => c.file === file);
      expect(own.length, file).toBeGreaterThanOrEqual(5);
      expect(own.every((c) => c.sourceId === source.id), file).toBe(true);
    }
    expect(claimFiles).toHaveLength(sources.length);
  });

  it('records the outlets and dates that the pages support', () => {
    const byDoc = new Map(sources.map((s) => [s.document.slice(0, 3), s]));
    expect(byDoc.get('000')).toMatchObject({ outlet: 'MENAFN', origin: null, published: '2025-05-08' });
    expect(byDoc.get('001')).toMatchObject({ outlet: 'PUREWILAYAH.COM', origin: 'RT', published: '2025-09-02' });
    expect(byDoc.get('002')).toMatchObject({ outlet: null, published: '2020-09-03' });
    expect(byDoc.get('003')).toMatchObject({ outlet: null, published: null });
    // The "Tuesday, June 17, 2025" banner is the page's date stamp, not the publication date.
    expect(byDoc.get('004')).toMatchObject({ outlet: null, published: null });
  });

  it('shows the 37 million (MENAFN, Putin) and 15–20 million (PUREWILAYAH) Chinese tolls side by side', () => {
    const china = claims.filter((c) => c.topic === CHINA_TOLL);
    expect(china).toContainEqual(
      expect.objectContaining({ sourceId: MENAFN, speaker: 'putin', kind: 'figure', figure: expect.objectContaining({ low: 37_000_000, high: 37_000_000, unit: 'deaths' }) }),
    );
    expect(china).toContainEqual(
      expect.objectContaining({ sourceId: PUREWILAYAH, kind: 'figure', figure: expect.objectContaining({ low: 15_000_000, high: 20_000_000, unit: 'deaths' }) }),
    );
    for (const c of china) expect(c.subjects, c.id).toEqual(expect.arrayContaining(['wwii', 'china']));
  });

  it('has the Soviet 27 million toll from three different sources under one topic', () => {
    const soviet = claims.filter((c) => c.topic === SOVIET_TOLL && c.figure?.low === 27_000_000 && c.figure.high === 27_000_000);
    expect(new Set(soviet.map((c) => c.sourceId)).size).toBe(3);
    for (const c of soviet) {
      expect(c.figure?.unit).toBe('deaths');
      expect(c.subjects, c.id).toEqual(expect.arrayContaining(['wwii', 'ussr']));
    }
  });

  it('quotes every excerpt verbatim from its own article', () => {
    for (const c of claims) expect(article(c.sourceId).includes(c.excerpt), c.id).toBe(true);
  });

  it('never turns page furniture into a claim', () => {
    for (const c of claims) {
      for (const junk of FURNITURE) expect(c.excerpt.includes(junk), `${c.id} quotes "${junk}"`).toBe(false);
    }
  });

  it('never has two claims of one source with the same excerpt and topic (repeated paragraphs count once)', () => {
    for (const sourceId of sourceById.keys()) {
      const keys = claims.filter((c) => c.sourceId === sourceId).map((c) => `${c.topic}\u0000${c.excerpt}`);
      expect(new Set(keys).size, sourceId).toBe(keys.length);
    }
  });

  it('keeps ids unique, entity ids known and figures consistent with the kind', () => {
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    for (const c of claims) {
      for (const id of [...c.subjects, c.speaker, c.place, c.event]) if (id !== null) expect(KNOWLEDGE.entity(id) !== undefined, `${c.id}: ${id}`).toBe(true);
      expect(c.kind === 'figure', c.id).toBe(c.figure !== null);
      if (c.figure) expect(c.figure.low, c.id).toBeLessThanOrEqual(c.figure.high);
      if (c.kind === 'quote') expect(c.excerpt, c.id).toMatch(/[“”"]/);
    }
  });

  it('carries the other figures users ask about', () => {
    const figure = (id: string) => claims.find((c) => c.id === id)?.figure;
    expect(figure('wwii75-parade-14000-troops')).toMatchObject({ low: 14_000, high: 14_000, unit: 'troops' });
    expect(figure('jointstmt-talks-more-than-seven-hours')).toMatchObject({ low: 7, unit: 'hours' });
    expect(figure('preview-zelenskiy-30-day-truce')).toMatchObject({ low: 30, high: 30, unit: 'days' });
    expect(figure('menafn-leaders-attending-over-two-dozen')).toMatchObject({ low: 24, high: 24, unit: 'leaders', qualifiers: expect.arrayContaining(['over two dozen']) });
  });

  it('states no figure the article does not: spans of dates as the dates, "over two dozen" as over 24', () => {
    const figure = (id: string) => claims.find((c) => c.id === id)?.figure;
    // "from May 7 to May 10, 2025" and "from May 8 to 10": no day count (4, 3) of our own arithmetic.
    expect(figure('preview-xi-visit-may-7-10')).toMatchObject({ low: 7, high: 10, unit: 'May 2025' });
    expect(figure('preview-putin-ceasefire-may-8-10')).toMatchObject({ low: 8, high: 10, unit: 'May 2025' });
    // Every number of every figure is written in its own excerpt (digits or words), or is a dozen of them.
    const spelled: Record<number, string[]> = { 7: ['seven'], 24: ['two dozen'], 80: ['80th'], 75: ['75th'] };
    for (const c of claims) {
      if (c.figure === null) continue;
      for (const n of new Set([c.figure.low, c.figure.high])) {
        const forms = [String(n), String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','), String(n / 1_000_000), ...(spelled[n] ?? [])];
        expect(forms.some((f) => c.excerpt.includes(f)), `${c.id}: ${n} not in its excerpt`).toBe(true);
      }
    }
  });

  it('puts a claim where it was said or happened, not where it is about (Moscow stays a subject)', () => {
    const warning = claims.find((c) => c.id === 'preview-zelenskiy-dignitaries-safety-warning');
    expect(warning).toMatchObject({ speaker: 'zelenskiy', place: null });
    expect(warning?.subjects).toContain('moscow');
    // Nobody quoted in 001 (Beijing) or 002 (messages) is placed in Moscow, and Zelenskiy is never placed anywhere he did not speak.
    for (const c of claims.filter((x) => x.speaker === 'zelenskiy')) expect(c.place, c.id).toBeNull();
    for (const c of claims.filter((x) => x.sourceId === PUREWILAYAH && x.speaker !== null)) expect(c.place, c.id).toBe('beijing');
  });

  it('holds everything the "no sourced claims" reply says the bot knows', () => {
    const has = (check: (c: LoadedClaim) => boolean) => claims.some(check);
    const backed: Array<[string, boolean]> = [
      ['five news articles', sources.length === 5],
      ['in 2020 and 2025', has((c) => c.date?.startsWith('2020') === true && c.speaker !== null) && has((c) => c.date?.startsWith('2025') === true && c.speaker !== null)],
      ['Moscow and Beijing meetings', has((c) => c.place === 'moscow' && c.speaker === 'xi') && has((c) => c.place === 'beijing' && c.speaker === 'putin')],
      ['May 2025 joint statement', has((c) => c.speaker === 'russia-china-joint-statement-2025')],
      ['death tolls for China and the Soviet Union', has((c) => c.topic === CHINA_TOLL) && has((c) => c.topic === SOVIET_TOLL)],
      ['troops in the 2020 Red Square parade', has((c) => c.figure?.unit === 'troops' && c.event === 'victory-day-2020')],
      ['the length of the Moscow talks', has((c) => c.figure?.unit === 'hours' && c.place === 'moscow')],
      ['ceasefire proposals around Victory Day 2025', has((c) => c.topic.startsWith('Ceasefire') && c.kind === 'figure')],
    ];
    for (const [phrase, ok] of backed) {
      expect(KNOWLEDGE.guide.summary, phrase).toContain(phrase);
      expect(ok, phrase).toBe(true);
    }
  });

  it('dates nothing more precisely than its article does', () => {
    // 002 says only "In June" for the 2020 parade; 000 never says "9 May".
    const date = (id: string) => claims.find((c) => c.id === id)?.date;
    expect(date('wwii75-parade-14000-troops')).toBeNull();
    expect(date('wwii75-red-square-access-limited')).toBeNull();
    expect(date('menafn-leaders-attending-over-two-dozen')).toBeNull();
    expect(claims.filter((c) => c.date === '2020-06-24')).toEqual([]);
  });
});

describe('the curators’ translations', () => {
  const topics = [...new Set(claims.map((c) => c.topic))];
  const qualifiers = [...new Set(claims.flatMap((c) => c.figure?.qualifiers ?? []))];
  // A span of dates ("May 2025") is written as dates in every language: no unit to translate.
  const units = [...new Set(claims.flatMap((c) => (c.figure === null || isDateSpanUnit(c.figure.unit) ? [] : [c.figure.unit])))];
  const translationsOf = (language: string) => TranslationsSchema.parse(JSON.parse(readFileSync(join(DATA, 'translations', `${language}.json`), 'utf8')));

  it.each(LOCAL_LANGUAGES)('translate into %s every claim’s sentence, topic, figure qualifier and unit a reply shows', (language) => {
    // Prepare
    const t = translationsOf(language);

    // Act
    const missing = [
      ...claims.filter((c) => !Object.hasOwn(t.claims, c.id)).map((c) => `claims: "${c.id}" (${c.file}): ${c.text}`),
      ...topics.filter((topic) => !Object.hasOwn(t.topics ?? {}, topic)).map((topic) => `topics: "${topic}"`),
      ...qualifiers.filter((q) => !Object.hasOwn(t.qualifiers ?? {}, q)).map((q) => `qualifiers: "${q}"`),
      ...units.filter((u) => !Object.hasOwn(t.units ?? {}, u)).map((u) => `units: "${u}"`),
    ];

    // Assess
    expect(missing, `data/translations/${language}.json lacks ${missing.length} translation(s); add them:\n${missing.join('\n')}\n`).toEqual([]);
  });

  it.each(LOCAL_LANGUAGES)('name in %s the people a claim names, by one of their aliases in that language', (language) => {
    // Prepare
    const t = translationsOf(language);
    const people = [...new Set(claims.flatMap((c) => [c.speaker, ...c.subjects]))].flatMap((id) => {
      const e = id === null ? undefined : KNOWLEDGE.entity(id);
      return e?.kind === 'person' ? [e] : [];
    });

    // Act
    const unnamed = claims.flatMap((c) => {
      const sentence = (t.claims[c.id] ?? '').toLowerCase();
      // Named in English by a word of the name ("Xi", "Putin's"): the translation names them as readers of that language do.
      const named = people.filter((p) => p.name.split(/\s+/).some((word) => new RegExp(`\\b${word}\\b`).test(c.text)));
      return named.filter((p) => !p.aliases[language].some((a) => sentence.includes(a.toLowerCase()))).map((p) => `${c.id}: ${p.id}`);
    });

    // Assess
    expect(unnamed).toEqual([]);
  });
});
