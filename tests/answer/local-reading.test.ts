/**
 * The Russian and Chinese readers (lambdas/core/reading/read-local.ts): a
 * question in either language is read into the words the parser knows, from
 * the aliases and lexicons of data/, so it is parsed as its English
 * equivalent is. Pure: no table.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseQuestion } from '../../lambdas/core/answer/parse-question';
import { vocabularyFor } from '../../lambdas/core/answer/question-vocabulary';
import { EntitySchema } from '../../lambdas/core/knowledge/knowledge-schema';
import { readingLanguage } from '../../lambdas/core/reading/detect-language';
import { readLocal } from '../../lambdas/core/reading/read-local';
import { KNOWLEDGE, VOCABULARY } from '../support/knowledge';

const RU_VOCABULARY = vocabularyFor(KNOWLEDGE, 'ru');
const parsedRu = (q: string) => parseQuestion(readLocal('ru', q, KNOWLEDGE), RU_VOCABULARY);
const parsedZh = (q: string) => parseQuestion(readLocal('zh', q, KNOWLEDGE), VOCABULARY);
const ids = (groups: readonly { readonly ids: readonly string[] }[]) => groups.map((g) => [...g.ids].sort());

describe('readingLanguage', () => {
  const both = new Set(['ru', 'zh'] as const);
  it.each([
    ['How many Chinese died?', 'en'],
    ['2020 🙂', 'en'],
    ['Сколько китайцев погибло во Второй мировой?', 'ru'],
    ['Что Xi сказал в Пекине?', 'ru'],
    ['二战中有多少中国人死亡？', 'zh'],
    ['Putin在北京说了啥', 'zh'],
    ['что сказал Putin про neo-nazism?', 'ru'],
    ['Putin对neo-Nazism说了什么', 'zh'],
    ['What did 习近平 say in Moscow?', 'en'],
    ['Скільки китайців загинуло?', null],
    ['第二次世界大戦で何人が亡くなりましたか', null],
    ['كم عدد الصينيين', null],
  ])('%j is read as %s', (text, language) => {
    // Act / Assess
    expect(readingLanguage(text, both)).toBe(language);
  });

  it('does not read a language whose lexicon data/ lacks', () => {
    // Act / Assess
    expect(readingLanguage('Сколько китайцев погибло?', new Set(['zh'] as const))).toBeNull();
  });
});

describe('the Russian reader', () => {
  it.each(['Москва', 'в Москве', 'в Москву', 'из Москвы'])('finds Moscow in %j, whatever its case', (text) => {
    // Act
    const read = readLocal('ru', text, KNOWLEDGE);

    // Assess
    expect(RU_VOCABULARY.phrases.get(read.split(' ').filter((w) => /\p{Script=Cyrillic}/u.test(w)).join(' '))).toEqual({ type: 'entity', ids: ['moscow'] });
  });

  it('adds the Russian aliases to the vocabulary of Russian questions only, so an English cold start does not stem them', () => {
    // Act
    const key = readLocal('ru', 'Москва', KNOWLEDGE);

    // Assess
    expect(VOCABULARY.phrases.has(key)).toBe(false);
    expect(RU_VOCABULARY.phrases.has(key)).toBe(true);
    expect(RU_VOCABULARY.phrases.size).toBeGreaterThan(VOCABULARY.phrases.size);
  });

  it.each(['погибло', 'погибших', 'жертвы', 'погибли'])('reads %j as asking for deaths', (word) => {
    // Act
    const p = parsedRu(`сколько китайцев ${word} во второй мировой`);

    // Assess
    expect(p.intent).toBe('figure');
    expect(p.unit).toBe('deaths');
    expect(p.wars).toEqual(['wwii']);
  });

  it('takes the speaker after the verb, as Russian puts it, and a Latin name inside a Russian sentence', () => {
    // Act
    const cyrillic = parsedRu('Что сказал Си Цзиньпин в Москве?');
    const latin = parsedRu('Что Xi сказал в Москве?');

    // Assess
    for (const p of [cyrillic, latin]) {
      expect(p.intent).toBe('said');
      expect(ids(p.speakers)).toEqual([['xi']]);
      expect(ids(p.places)).toEqual([['moscow']]);
    }
  });

  it('reads "правда ли" as a check and keeps the number', () => {
    // Act
    const read = readLocal('ru', 'Правда ли, что СССР потерял 27 млн человек?', KNOWLEDGE);

    // Assess
    expect(read).toBe('is it true, что ссср lost 27 million people?'.replace('что ', 'what '));
  });

  it.each([
    ['что путин говорил в пекене', 'what путин said in пекин'],
    ['сколко китайцев погибло', 'how many китайц died'],
    ['путен что говорил в пикине', 'путин what said in пекин'],
  ])('reads the misspelt %j as the data’s word it is one edit from', (typed, read) => {
    // Act / Assess
    expect(readLocal('ru', typed, KNOWLEDGE)).toBe(read);
  });

  it.each([
    ['путин сказал что китай потерял тридцать семь миллионов', '37 million'],
    ['общались больше семи часов?', 'more 7 hours'],
    ['СССР потерял 27млн', '27 million'],
    ['полтора миллиона', '1,5 million'],
    ['Си был в Москве с 7 по 10 мая?', '7-10 may'],
    ['погибло от 15 до 20 млн', '15-20 million'],
  ])('reads the number in %j as digits', (typed, read) => {
    // Act / Assess
    expect(readLocal('ru', typed, KNOWLEDGE)).toContain(read);
  });

  it('leaves a lone small number word that counts nothing as a word ("двух стран")', () => {
    // Act / Assess
    expect(readLocal('ru', 'что сказали лидеры двух стран', KNOWLEDGE)).not.toMatch(/\d/);
  });

  it('reads the items of a numbered list as questions of their own', () => {
    // Act / Assess
    expect(readLocal('ru', '1) сколько китайцев погибло 2) когда си был в москве', KNOWLEDGE).split('?').filter((q) => q.trim() !== '')).toHaveLength(2);
    expect(readLocal('zh', '一、二战中国死了多少人 二、苏联死了多少人', KNOWLEDGE)).toContain('二战');
  });

  it('bends no word the data does not know into one it does', () => {
    // Act / Assess
    expect(readLocal('ru', 'как приготовить пельмени', KNOWLEDGE)).toBe('how приготов пельмен');
  });

  it('drops stop words no lexicon entry uses, and keeps punctuation for the splitter', () => {
    // Act
    const read = readLocal('ru', 'Сколько китайцев погибло, и что же сказал Си?', KNOWLEDGE);

    // Assess
    expect(read).toBe('how many китайц died, and what said си?');
  });
});

describe('the Chinese reader', () => {
  it('segments a question without spaces by the data’s words first', () => {
    // Act
    const read = readLocal('zh', '二战中有多少中国人死亡？', KNOWLEDGE);
    const p = parsedZh('二战中有多少中国人死亡？');

    // Assess
    expect(read).toContain('二战');
    expect(read).toContain('中国人');
    expect(p.intent).toBe('figure');
    expect(p.unit).toBe('deaths');
    expect(p.wars).toEqual(['wwii']);
    expect(ids(p.subjects)).toEqual([['china']]);
  });

  it.each([
    ['苏联', 'ussr'],
    ['卫国战争', 'wwii'],
  ])('knows %j', (word, id) => {
    // Act
    const read = readLocal('zh', word, KNOWLEDGE);

    // Assess
    expect(VOCABULARY.phrases.get(read)).toMatchObject({ type: 'entity', ids: expect.arrayContaining([id]) });
  });

  it('reads the Victory Day parade as the occasions it names', () => {
    // Act
    const p = parsedZh('胜利日阅兵有多少军人');

    // Assess
    expect(p.events.length).toBeGreaterThan(0);
    expect(p.events.flatMap((g) => g.ids)).toEqual(expect.arrayContaining(['victory-day-2025', 'victory-day-2020']));
  });

  it('takes the speaker before a phrase of place, as Chinese puts it ("Xi in Moscow said what")', () => {
    // Act
    const p = parsedZh('习近平在莫斯科说了什么');

    // Assess
    expect(p.intent).toBe('said');
    expect(ids(p.speakers)).toEqual([['xi']]);
    expect(ids(p.places)).toEqual([['moscow']]);
  });

  it('reads traditional characters as simplified ones are read', () => {
    // Act
    const simplified = parsedZh('二战中有多少中国人死亡');
    const traditional = parsedZh('二戰中有多少中國人死亡');

    // Assess
    expect(ids(traditional.subjects)).toEqual(ids(simplified.subjects));
    expect(traditional.wars).toEqual(simplified.wars);
    expect(traditional.unit).toBe('deaths');
  });

  it('splits two questions at the full-width question mark', () => {
    // Act
    const read = readLocal('zh', '二战中国死了多少人？习近平在莫斯科说了什么？', KNOWLEDGE);

    // Assess
    expect(read.split('?').filter((s) => s.trim() !== '')).toHaveLength(2);
  });

  it('reads a hedge written after the number (20多个, 3700万左右) as one before it, and 2000万 as a count, not a year', () => {
    // Act
    const odd = readLocal('zh', '有20多个外国领导人去莫斯科了吗', KNOWLEDGE);
    const about = readLocal('zh', '中国二战死了3700万左右吗', KNOWLEDGE);
    const count = parsedZh('二战中国死了2000万人吗');

    // Assess
    expect(odd).toContain('over 20');
    expect(about).toContain('about 3700');
    expect(count.years).toEqual([]);
    expect(count.requiredKeywords).toEqual([]);
  });

  it('reads a final 吗 as the question mark it stands for', () => {
    // Act / Assess
    expect(readLocal('zh', '普京说中俄利益一致吗', KNOWLEDGE)).toMatch(/\?$/);
    expect(readLocal('zh', '普京去了北京阅兵没有', KNOWLEDGE)).toMatch(/\?$/);
  });

  it('reads a bare adjective after 比 as a comparative, and 巨大 as no comparison', () => {
    // Act / Assess
    expect(readLocal('zh', '中国的损失比苏联大吗', KNOWLEDGE)).toContain('bigger');
    expect(readLocal('zh', '付出了巨大牺牲', KNOWLEDGE)).not.toContain('bigger');
  });

  it.each([
    ['普京说中国死了三千七百万人', '3700 万'],
    ['2020年红场阅兵有一万四千名军人吗', '14000'],
    ['二战中国死了一千五百万到两千万人吗', '1500 万 to 2000 万'],
    ['普京和习近平谈了七个小时吗', '7'],
    ['普京說中國死了三千七百萬人', '3700 万'],
  ])('reads the numeral in %j as digits', (text, digits) => {
    // Act / Assess
    expect(readLocal('zh', text, KNOWLEDGE)).toContain(digits);
  });

  it.each(['二战中国死了多少人', '习近平在九三阅兵说了什么', '两国关系', '十分感谢'])('leaves the numeral characters of %j as words', (text) => {
    // Act / Assess
    expect(readLocal('zh', text, KNOWLEDGE)).not.toMatch(/\d/);
  });

  it('reads "X是谁" as asking who X is, which no claim answers', () => {
    // Act / Assess
    expect(parsedZh('习近平是谁').intent).toBeNull();
    expect(parsedZh('提议停火的是谁').intent).not.toBeNull();
  });
});

describe('entity aliases by language', () => {
  const entity = { id: 'x', kind: 'person', name: 'X' };

  it('accepts a plain list as the English aliases', () => {
    // Act
    const parsed = EntitySchema.parse({ ...entity, aliases: ['ex'] });

    // Assess
    expect(parsed.aliases).toEqual({ en: ['ex'], ru: [], zh: [] });
  });

  it('accepts a map by language', () => {
    // Act
    const parsed = EntitySchema.parse({ ...entity, aliases: { en: ['ex'], ru: ['икс'], zh: ['艾克斯'] } });

    // Assess
    expect(parsed.aliases).toEqual({ en: ['ex'], ru: ['икс'], zh: ['艾克斯'] });
  });

  it('rejects a language it has no reader for, instead of ignoring it', () => {
    // Act
    const parsed = z.safeParse(EntitySchema, { ...entity, aliases: { en: ['ex'], de: ['iks'] } });

    // Assess
    expect(parsed.success).toBe(false);
  });
});
