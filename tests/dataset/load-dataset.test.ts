import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatasetValidationError, loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { DATA_DIR } from '../../scripts/lib/claims-table';
import { FIRST_CLAIMS_FILE, copyDataDir, type DataDirCopy } from '../support/data-dir-copy';

async function problemsOf(dir: string) {
  const error = await loadDataset(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetValidationError);
  return (error as DatasetValidationError).problems;
}

describe('loadDataset', () => {
  let data: DataDirCopy;
  beforeEach(() => {
    data = copyDataDir();
  });
  afterEach(() => data.remove());

  it('accepts the shipped data/ and joins every claim to its source', async () => {
    // Act
    const dataset = await loadDataset(DATA_DIR);

    // Assess
    expect(dataset.sources).toHaveLength(5);
    expect(dataset.claims.length).toBeGreaterThan(40);
    for (const claim of dataset.claims) expect(dataset.sources).toContainEqual(claim.source);
    expect(dataset.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the file, the claim and the field of a missing field', async () => {
    // Prepare
    let id = '';
    data.editClaims(FIRST_CLAIMS_FILE, (doc) => {
      const claim = doc.claims[0]!;
      id = String(claim.id);
      delete claim.topic;
    });

    // Act
    const problems = await problemsOf(data.dir);

    // Assess
    expect(problems).toContainEqual({ file: FIRST_CLAIMS_FILE, claimId: id, field: 'topic', message: 'is missing' });
  });

  it('rejects an excerpt that is not verbatim in its article', async () => {
    // Prepare
    let id = '';
    data.editClaims(FIRST_CLAIMS_FILE, (doc) => {
      const claim = doc.claims[1]!;
      id = String(claim.id);
      claim.excerpt = `${String(claim.excerpt)} (paraphrased)`;
    });

    // Act
    const problems = await problemsOf(data.dir);

    // Assess
    expect(problems).toEqual([{ file: FIRST_CLAIMS_FILE, claimId: id, field: 'excerpt', message: 'is not found verbatim in the article' }]);
  });

  it('rejects an unknown source and a duplicate claim id, and reports both at once', async () => {
    // Prepare
    const other = 'claims/001_201afc8b97c7a6c7.json';
    const duplicated = data.readJson<{ claims: Array<{ id: string }> }>(FIRST_CLAIMS_FILE).claims[0]!.id;
    data.editClaims(other, (doc) => {
      doc.claims[0]!.id = duplicated;
    });
    data.editClaims('claims/002_9fa2fe9652d73078.json', (doc) => {
      doc.source = 'no-such-source';
    });

    // Act
    const problems = await problemsOf(data.dir);

    // Assess
    expect(problems).toContainEqual({ file: other, claimId: duplicated, field: 'id', message: `duplicate claim id (also in ${FIRST_CLAIMS_FILE})` });
    expect(problems).toContainEqual({ file: 'claims/002_9fa2fe9652d73078.json', field: 'source', message: 'unknown source "no-such-source" (not in sources.json)' });
  });

  it('checks figures against the claim kind and entity ids against the vocabulary', async () => {
    // Prepare
    data.editClaims(FIRST_CLAIMS_FILE, (doc) => {
      doc.claims[0] = { ...doc.claims[0], id: 'broken-figure', kind: 'figure', figure: { low: 9, high: 3, unit: 'deaths', qualifiers: [] }, speaker: 'napoleon' };
    });

    // Act
    const problems = await problemsOf(data.dir);

    // Assess
    expect(problems).toContainEqual(expect.objectContaining({ claimId: 'broken-figure', field: 'figure.low', message: 'is greater than figure.high (9 > 3)' }));
    expect(problems).toContainEqual(expect.objectContaining({ claimId: 'broken-figure', field: 'speaker', message: expect.stringContaining('unknown entity "napoleon"') }));
  });

  it('names a file that is not JSON, and a bad date, in the error message', async () => {
    // Prepare
    data.writeText('claims/002_9fa2fe9652d73078.json', '{ "source": "x", claims: [ }');
    data.editClaims(FIRST_CLAIMS_FILE, (doc) => {
      doc.claims[0]!.date = '8 May 2025';
    });

    // Act
    const error = (await loadDataset(data.dir).catch((e: unknown) => e)) as Error;

    // Assess
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect(error!.message).toMatch(/claims\/002_9fa2fe9652d73078\.json: is not valid JSON/);
    expect(error!.message).toMatch(/field "date": must be a valid date \(YYYY-MM-DD\)/);
    expect(error!.message).toMatch(/nothing was written/);
  });

  it('loads curators’ translations, and names the file and id of a translation for a claim that does not exist', async () => {
    // Prepare
    const good = await loadDataset(data.dir);
    data.writeText('translations/ru.json', JSON.stringify({ claims: { 'no-such-claim': 'Такого утверждения нет.' } }));

    // Act
    const problems = await problemsOf(data.dir);

    // Assess
    expect(good.knowledge.translation('menafn-putin-china-toll-37m', 'ru')).toMatch(/37 миллионов/);
    expect(good.knowledge.translation('menafn-putin-china-toll-37m', 'en')).toBeUndefined();
    expect(problems).toContainEqual(expect.objectContaining({ file: 'translations/ru.json', claimId: 'no-such-claim', message: expect.stringMatching(/unknown claim id/) }));
  });

  it('loads translated topics, qualifiers and units, and names the file and key of one no claim has (a topic renamed in a claims file)', async () => {
    // Prepare
    const good = await loadDataset(data.dir);
    const zh = data.readJson<{ claims: Record<string, string>; topics: Record<string, string>; qualifiers: Record<string, string>; units: Record<string, string> }>('translations/zh.json');
    zh.topics['Chinese deaths in WWII'] = '中国在二战中的死亡人数';
    zh.qualifiers['war with Japan since 1937'] = '1937年起的抗日战争';
    zh.units = { ...zh.units, households: '户' };
    data.writeJson('translations/zh.json', zh);
    // The older format, claims only, still loads.
    data.writeJson('translations/ru.json', { claims: { 'menafn-putin-china-toll-37m': 'Путин сказал, что Китай потерял 37 миллионов человек.' } });

    // Act
    const problems = await problemsOf(data.dir);

    // Assess
    expect(good.knowledge.topicTranslation('Chinese deaths in the Second World War', 'ru')).toBe('Число погибших в Китае во Второй мировой войне');
    expect(good.knowledge.qualifierTranslation('war with Japan from 1937', 'zh')).toBe('1937年起的抗日战争');
    expect(good.knowledge.topicTranslation('Chinese deaths in the Second World War', 'en')).toBeUndefined();
    expect(good.knowledge.qualifierTranslation('constructor', 'ru')).toBeUndefined();
    expect(good.knowledge.unitTranslation('hours', 'ru')).toEqual(['час', 'часа', 'часов']);
    expect(problems).toEqual([
      { file: 'translations/zh.json', field: 'topics', message: expect.stringContaining('unknown topic "Chinese deaths in WWII"') },
      { file: 'translations/zh.json', field: 'qualifiers', message: expect.stringContaining('unknown qualifier "war with Japan since 1937"') },
      { file: 'translations/zh.json', field: 'units', message: expect.stringContaining('unknown unit "households"') },
    ]);
  });

  it('rejects a sources file whose article is missing', async () => {
    // Prepare
    const doc = data.readJson<{ sources: Array<Record<string, unknown>> }>('sources.json');
    doc.sources[0]!.document = 'missing.txt';
    data.writeJson('sources.json', doc);

    // Act
    const problems = await problemsOf(data.dir);

    // Assess
    expect(problems).toContainEqual(expect.objectContaining({ file: 'sources.json', field: 'document', message: expect.stringContaining('articles/missing.txt does not exist') }));
  });
});
