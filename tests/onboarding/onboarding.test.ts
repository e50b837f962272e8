/**
 * Onboarding: knowledge is data. A curator adds an article on a topic the
 * dataset has never seen (floods in Moldova: new country, town, people,
 * organisation, occasion and units) by editing only files under data/, the
 * way README "Adding an article" describes, and the bot answers questions
 * about it without a line of code changing, while every answer it gave before
 * stays the same.
 *
 * The article and its data are in ./fixtures (invented for this test). They
 * are added to a copy of the repository's data/, seeded into DynamoDB Local
 * next to a table seeded from the untouched data/, and both are asked.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../lambdas/core/answer/answer-types';
import { QuestionAnswerer } from '../../lambdas/core/answer/question-answerer';
import { DatasetValidationError, loadDataset, type Dataset } from '../../lambdas/core/dataset/load-dataset';
import { DATA_DIR } from '../../scripts/lib/claims-table';
import { QUESTION_SET } from '../answer/question-set';
import { createClaimsTableFixture, type ClaimsTableFixture } from '../support/claims-table-fixture';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const ARTICLE = '005_prut_floods_2026.txt';
const CLAIMS_FILE = 'claims/005_prut_floods_2026.json';

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Exactly what a curator does (README, "Adding an article and its claims"):
 * copy the article into articles/, append its source to sources.json and its
 * people, places and occasion to entities.json, write claims/<article>.json.
 * Nothing outside data/ is touched.
 */
function onboardArticle(dataDir: string): void {
  cpSync(join(FIXTURES, 'articles', ARTICLE), join(dataDir, 'articles', ARTICLE));

  const sources = readJson<{ sources: unknown[] }>(join(dataDir, 'sources.json'));
  sources.sources.push(readJson<unknown>(join(FIXTURES, 'source.json')));
  writeJson(join(dataDir, 'sources.json'), sources);

  const entities = readJson<{ entities: unknown[] }>(join(dataDir, 'entities.json'));
  entities.entities.push(...readJson<{ entities: unknown[] }>(join(FIXTURES, 'entities.json')).entities);
  writeJson(join(dataDir, 'entities.json'), entities);

  writeFileSync(join(dataDir, CLAIMS_FILE), readFileSync(join(FIXTURES, CLAIMS_FILE)));
}

/** A fresh temporary copy of the repository's data/. */
function copyOfData(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

function claimIds(answer: Answer): string[] {
  return answer.topics.flatMap((t) => t.claims).map((c) => c.id).sort();
}

/** Questions about the new article, phrased as users would, with the claims that answer each (exactly). */
const NEW_ARTICLE_QUESTIONS: ReadonlyArray<{ readonly question: string; readonly claimIds: readonly string[] }> = [
  { question: 'How many households were flooded in Moldova?', claimIds: ['prut-households-flooded-4300'] },
  { question: 'How many hectares of farmland were flooded in Moldova?', claimIds: ['prut-farmland-12000-hectares'] },
  { question: 'How many sandbags did volunteers fill in Ungheni?', claimIds: ['cojocaru-sandbags-30000'] },
  { question: 'What did the environment minister say?', claimIds: ['balan-prut-highest-since-2010', 'prut-farmland-12000-hectares'] },
  { question: 'What did Irina Balan say about the spring sowing?', claimIds: ['balan-prut-highest-since-2010'] },
  { question: 'What did the mayor of Ungheni say?', claimIds: ['cojocaru-pumping-station-failed', 'cojocaru-sandbags-30000'] },
  { question: 'When did Moldova declare a state of emergency?', claimIds: ['moldova-state-of-emergency-prut'] },
  // The article says no deaths were reported: there is no figure, so no answer.
  { question: 'How many people died in the Prut floods?', claimIds: [] },
];


describe('Onboarding an article by editing data/ only', () => {
  let onboardedDir = '';
  let brokenDir: string | undefined;
  let original: Dataset;
  let onboarded: Dataset;
  let originalTable: ClaimsTableFixture;
  let onboardedTable: ClaimsTableFixture;
  let originalAnswerer: QuestionAnswerer;
  let onboardedAnswerer: QuestionAnswerer;

  beforeAll(async () => {
    const dir = copyOfData('onboarding-data-');
    onboardedDir = dir;
    onboardArticle(dir);
    [original, onboarded] = await Promise.all([loadDataset(DATA_DIR), loadDataset(dir)]);
    [originalTable, onboardedTable] = await Promise.all([createClaimsTableFixture(), createClaimsTableFixture()]);
    await Promise.all([originalTable.seedFrom(DATA_DIR), onboardedTable.seedFrom(dir)]);
    originalAnswerer = new QuestionAnswerer(originalTable.store, original.knowledge);
    onboardedAnswerer = new QuestionAnswerer(onboardedTable.store, onboarded.knowledge);
  });
  afterAll(async () => {
    await Promise.all([originalTable?.drop(), onboardedTable?.drop()]);
    if (onboardedDir !== '') rmSync(onboardedDir, { recursive: true, force: true });
    if (brokenDir !== undefined) rmSync(brokenDir, { recursive: true, force: true });
  });

  it('validates the onboarded data/ and carries the new source, entities, claims and units', async () => {
    // Prepare
    const fixtureClaims = readJson<{ claims: Array<{ id: string }> }>(join(FIXTURES, CLAIMS_FILE)).claims;
    const fixtureEntities = readJson<{ entities: Array<{ id: string }> }>(join(FIXTURES, 'entities.json')).entities;

    // Act
    const dataset = await loadDataset(onboardedDir);

    // Assess
    expect(dataset.sources).toHaveLength(original.sources.length + 1);
    expect(dataset.claims).toHaveLength(original.claims.length + fixtureClaims.length);
    expect(dataset.claims.filter((c) => c.source.id === 'danube-dispatch-prut-floods-2026').map((c) => c.id).sort()).toEqual(fixtureClaims.map((c) => c.id).sort());
    for (const { id } of fixtureEntities) expect(dataset.knowledge.entity(id)).toBeDefined();
    expect(dataset.knowledge.countryOf('ungheni')).toBe('moldova');
    expect(dataset.knowledge.speakersFor('moldova')).toEqual(['moldova', 'igsu']);
    for (const unit of ['households', 'hectares', 'sandbags']) {
      expect(original.knowledge.units.has(unit)).toBe(false);
      expect(dataset.knowledge.units.has(unit)).toBe(true);
    }
    expect(dataset.hash).not.toBe(original.hash);
  });


  it.each(NEW_ARTICLE_QUESTIONS.map((q) => [q.question, q] as const))('answers %j from the new article', async (_question, expected) => {
    // Act
    const answer = await onboardedAnswerer.answer(expected.question);

    // Assess
    expect(claimIds(answer)).toEqual([...expected.claimIds].sort());
    expect(answer.answered).toBe(expected.claimIds.length > 0);
    for (const claim of answer.topics.flatMap((t) => t.claims)) expect(claim.source.id).toBe('danube-dispatch-prut-floods-2026');
  });

  it.each(NEW_ARTICLE_QUESTIONS.filter((q) => q.claimIds.length > 0).map((q) => [q.question] as const))('does not answer %j from the original data/', async (question) => {
    // Act
    const answer = await originalAnswerer.answer(question);

    // Assess
    expect(claimIds(answer)).toEqual([]);
  });

  it('keeps the guide: the same example questions, each still answered', async () => {
    // Act
    const answers = await Promise.all(onboarded.knowledge.guide.examples.map((q) => onboardedAnswerer.answer(q)));

    // Assess
    expect(onboarded.knowledge.guide.examples).toEqual(original.knowledge.guide.examples);
    expect(answers.filter((a) => !a.answered).map((a) => a.question)).toEqual([]);
  });

  const existingQuestions = [...new Set([...loadGuideExamples(), ...QUESTION_SET.map((q) => q.question)])];
  it.each(existingQuestions.map((q) => [q] as const))('answers the existing question %j exactly as before', async (question) => {
    // Act
    const [before, after] = await Promise.all([originalAnswerer.answer(question), onboardedAnswerer.answer(question)]);

    // Assess
    expect(claimIds(after)).toEqual(claimIds(before));
    expect(after.answered).toBe(before.answered);
  });

  it('rejects a claim naming an entity nobody added, naming the claims file, the claim and the field', async () => {
    // Prepare
    brokenDir = copyOfData('onboarding-broken-');
    onboardArticle(brokenDir);
    const path = join(brokenDir, CLAIMS_FILE);
    const doc = readJson<{ source: string; claims: Array<Record<string, unknown>> }>(path);
    const claim = doc.claims.find((c) => c.id === 'balan-prut-highest-since-2010');
    if (claim === undefined) throw new Error('fixture claim balan-prut-highest-since-2010 is missing');
    claim.speaker = 'ion-popescu';
    writeJson(path, doc);

    // Act
    const error = await loadDataset(brokenDir).then(
      () => undefined,
      (e: unknown) => e,
    );

    // Assess
    expect(error).toBeInstanceOf(DatasetValidationError);
    const validation = error as DatasetValidationError;
    expect(validation.problems).toEqual([
      { file: CLAIMS_FILE, claimId: 'balan-prut-highest-since-2010', field: 'speaker', message: 'unknown entity "ion-popescu" (add it to entities.json)' },
    ]);
    expect(validation.message).toContain(CLAIMS_FILE);
    expect(validation.message).toContain('claim "balan-prut-highest-since-2010"');
    expect(validation.message).toContain('field "speaker"');
    expect(validation.message).toContain('"ion-popescu"');
  });
});

/** The shipped guide's examples, read at collection time so that each gets its own test. */
function loadGuideExamples(): string[] {
  return readJson<{ examples: string[] }>(join(DATA_DIR, 'guide.json')).examples;
}
