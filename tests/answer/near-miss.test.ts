/**
 * Saying which kind of "no": a near miss shows what the sources do give; a
 * question in another script, or one the reader could not make out, says so
 * and never claims the articles lack it. Through the real store on DynamoDB Local.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPublicJson } from '../../lambdas/core/answer/public-json';
import { QuestionAnswerer } from '../../lambdas/core/answer/question-answerer';
import { createClaimsTableFixture, type ClaimsTableFixture } from '../support/claims-table-fixture';
import { KNOWLEDGE } from '../support/knowledge';

describe('answers that answer nothing', () => {
  let fixture: ClaimsTableFixture;
  let answerer: QuestionAnswerer;

  beforeAll(async () => {
    fixture = await createClaimsTableFixture({ seed: true });
    answerer = new QuestionAnswerer(fixture.store, KNOWLEDGE);
  });
  afterAll(async () => {
    await fixture.drop();
  });

  it('gives no soldiers-only figure where every source gives a combined total, and shows the totals as related', async () => {
    // Act
    const json = toPublicJson(await answerer.answer('How many Soviet soldiers died in WWII?'));

    // Assess
    expect(json.answered).toBe(false);
    expect(json.claims).toEqual([]);
    expect(json.related.map((c) => c.id).sort()).toEqual(['menafn-putin-soviet-toll-27m', 'preview-soviet-toll-27m', 'pw-soviet-toll-27m']);
    expect(json.reply).toMatch(/^No source gives a figure for soldiers alone\. What the sources do give:/);
    expect(json.reply).toContain('27 million');
  });

  it('offers what the speaker said elsewhere when the year has nothing, without answering', async () => {
    // Act
    const json = toPublicJson(await answerer.answer('What did Xi say in Moscow in 2015?'));

    // Assess
    expect(json.answered).toBe(false);
    expect(json.related.map((c) => c.id)).toEqual(expect.arrayContaining(['menafn-xi-strategic-bond', 'jointstmt-xi-unswervingly-deepen']));
    expect(json.reply).toMatch(/^No source gives anything for 2015\./);
  });

  it('offers the claims naming what a figure question counts when no source counts it', async () => {
    // Act
    const json = toPublicJson(await answerer.answer('How many tanks were in the 2020 Red Square parade?'));

    // Assess
    expect(json.answered).toBe(false);
    expect(json.related.map((c) => c.id)).toContain('wwii75-parade-14000-troops');
    expect(json.reply).toMatch(/^No source gives a count of that\. What the sources do give:/);
  });

  it.each([
    ['Japanese', '第二次世界大戦で何人の中国人が亡くなりましたか？'],
    ['Ukrainian', 'Скільки китайців загинуло в Другій світовій війні?'],
    ['Arabic', 'كم عدد الصينيين الذين ماتوا في الحرب العالمية الثانية؟'],
  ])('does not read a question in %s (a language without a reader), and says so', async (_language, question) => {
    // Act
    const answer = await answerer.answer(question);
    const json = toPublicJson(answer);

    // Assess
    expect(answer.reason).toBe('language');
    expect(json.answered).toBe(false);
    expect(json.related).toEqual([]);
    expect(json.language).toBeNull();
  });

  it.each([
    ['ru', 'Сколько китайцев погибло во Второй мировой войне?'],
    ['zh', '二战中有多少中国人死亡？'],
    ['en', 'How many Chinese died in WWII?'],
  ])('reads a question in %s and says so in the JSON line', async (language, question) => {
    // Act
    const json = toPublicJson(await answerer.answer(question));

    // Assess
    expect(json.language).toBe(language);
    expect(json.claims.map((c) => c.id).sort()).toEqual(['menafn-putin-china-toll-37m', 'pw-china-toll-15-20m']);
  });

  it('reads a Russian name inside an English question, and the question stays English', async () => {
    // Act
    const json = toPublicJson(await answerer.answer('What did Путин say in Beijing?'));

    // Assess
    expect(json.language).toBe('en');
    expect(json.claims.map((c) => c.id).sort()).toEqual(['pw-putin-ancestors-huge-price', 'pw-putin-pla-usual-brilliance']);
  });

  it('says it could not read a question, instead of saying no article covers it', async () => {
    // Act
    const json = toPublicJson(await answerer.answer('zxqv blorp?'));

    // Assess
    expect(json.answered).toBe(false);
    expect(json.reply).toMatch(/^I could not read that as a question/);
    expect(json.reply).not.toContain('none of them covers');
  });
});
