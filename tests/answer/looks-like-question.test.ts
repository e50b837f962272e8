import { describe, expect, it } from 'vitest';
import { looksLikeQuestion } from '../../lambdas/core/answer/looks-like-question';
import { QuestionAnswerer } from '../../lambdas/core/answer/question-answerer';
import { QUESTION_SET } from './question-set';
import { KNOWLEDGE, VOCABULARY } from '../support/knowledge';

describe('looksLikeQuestion', () => {
  it.each(['thanks!', 'Thanks', 'thank you so much', 'lol', 'ok', 'OK 👍', 'haha nice', 'hello', '', '   ', '@factcheck_bot', 'good bot', 'I love pizza', 'see you tomorrow', '<b>ok</b>'])(
    '%j is chat, not a question',
    (text) => {
      // Prepare / Act
      const result = looksLikeQuestion(text, VOCABULARY);

      // Assess
      expect(result).toBe(false);
    },
  );

  it.each([
    "@factcheck_bot what's the weather?",
    'what is the weather',
    'How many Chinese died in WWII',
    'did Putin say anything about Taiwan',
    'Is it true that 37 million Chinese died',
    'tell me about the joint statement',
    'show me Xi quotes',
    'China',
    'Putin Beijing 2025',
    'chinse casualites ww2',
    'soviet death toll',
    'hey, how many troops marched in the parade',
    'anything about the weather?!',
    '<b>How many Chinese died in WWII?</b>',
    'According to RT, how many Chinese died',
  ])('%j is a question', (text) => {
    // Prepare / Act
    const result = looksLikeQuestion(text, VOCABULARY);

    // Assess
    expect(result).toBe(true);
  });

  it('takes every answerable question of the question set and every example question', () => {
    // Prepare
    const questions = [...QUESTION_SET.filter((q) => q.answered).map((q) => q.question), ...KNOWLEDGE.guide.examples];

    // Act
    const missed = questions.filter((q) => !looksLikeQuestion(q, VOCABULARY));

    // Assess
    expect(missed).toEqual([]);
  });
});

describe('QuestionAnswerer.looksLikeQuestion in Russian and Chinese (groups)', () => {
  // A store is never read: the check is on the words alone.
  const answerer = new QuestionAnswerer({ findByLookupKeys: () => Promise.resolve([]), listSources: () => Promise.resolve([]) }, KNOWLEDGE);

  it.each(['Сколько китайцев погибло во Второй мировой?', 'что сказал путин в пекине', 'Путин Пекин 2025', '二战中有多少中国人死亡', '习近平在莫斯科说了什么'])('%j is a question', (text) => {
    // Act / Assess
    expect(answerer.looksLikeQuestion(text)).toBe(true);
  });

  it.each(['спасибо!', 'ок', 'привет', '谢谢', '哈哈'])('%j is chat, not a question', (text) => {
    // Act / Assess
    expect(answerer.looksLikeQuestion(text)).toBe(false);
  });
});
