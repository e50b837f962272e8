import { describe, expect, it } from 'vitest';
import { judgeFigure } from '../../lambdas/core/answer/claim-check';
import { parseQuestion } from '../../lambdas/core/answer/parse-question';
import { vocabularyFor } from '../../lambdas/core/answer/question-vocabulary';
import { readStatedClaim, type StatedFigure } from '../../lambdas/core/answer/stated-claim';
import { readLocal } from '../../lambdas/core/reading/read-local';
import { KNOWLEDGE, VOCABULARY } from '../support/knowledge';

const stated = (question: string) => readStatedClaim(parseQuestion(question, VOCABULARY), VOCABULARY);

describe('reading the figure a question states', () => {
  it.each([
    ['Did China lose 14 million people in World War II?', { low: 14e6, high: 14e6, bound: 'exact' }],
    ['China lost 14 million in WWII?', { low: 14e6, high: 14e6, bound: 'exact' }],
    ['Did 29 foreign leaders attend?', { low: 29, high: 29, bound: 'exact' }],
    ['did over 20 leaders come to moscow', { low: 20, high: 20, bound: 'more' }],
    ['Is it true that 15 to 20 million Chinese died?', { low: 15e6, high: 20e6, bound: 'exact' }],
    ['did 15-20m chinese die in the war', { low: 15e6, high: 20e6, bound: 'exact' }],
    ['Did between 15 and 20 million Chinese die?', { low: 15e6, high: 20e6, bound: 'exact' }],
    ['did about 1.5 million soldiers die', { low: 1.5e6, high: 1.5e6, bound: 'about' }],
    ['Were 14,000 troops at the parade?', { low: 14_000, high: 14_000, bound: 'exact' }],
    ['did fewer than ten leaders attend', { low: 10, high: 10, bound: 'less' }],
    ['Did two dozen leaders attend?', { low: 24, high: 24, bound: 'exact' }],
    ['Did they talk for seven hours?', { low: 7, high: 7, bound: 'exact' }],
  ])('%s', (question, figure) => {
    // Act
    const claim = stated(question);

    // Assess
    expect(claim.figure).toMatchObject(figure);
    expect(claim.yesNo).toBe(true);
  });

  it.each([
    'How many Chinese died in WWII?',
    'What did Xi say in 2020?',
    'How many Soviets died in World War 2?',
    'What did Putin say on 9 May?',
    'What happened on May 9, 2025?',
    'What did Xi say at the 80th anniversary?',
    'Which one of them spoke first?',
    'Did Xi support the one China policy?',
  ])('finds no figure in "%s" (years, dates, ordinals, names, "one")', (question) => {
    expect(stated(question).figure).toBeNull();
  });

  it('tells a check from a question', () => {
    // Act
    const forms = ['Did Xi visit Moscow?', 'Is it true that Putin praised the PLA?', 'How many leaders came?', 'What did Xi say?'].map((q) => stated(q).yesNo);

    // Assess
    expect(forms).toEqual([true, true, false, false]);
  });

  it('reads a comparison of two named entities, and "more than" as a hedge, not a comparison', () => {
    // Act
    const compared = stated('Did the USSR or China lose more people?');
    const fewer = stated('Who lost fewer people, China or the Soviet Union?');
    const hedge = stated('Did more than 20 leaders attend?');

    // Assess
    expect(compared).toMatchObject({ compared: ['ussr', 'china'], comparative: 'more' });
    expect(fewer).toMatchObject({ comparative: 'less' });
    expect(fewer.compared).toHaveLength(2);
    expect(hedge).toMatchObject({ compared: [], comparative: null });
  });

  it('reads Russian and Chinese comparatives as read into English: "больше 10 тысяч" as a hedge, "比" before the comparative as a claimed order', () => {
    // Act
    const ru = vocabularyFor(KNOWLEDGE, 'ru');
    const statedRu = (question: string) => readStatedClaim(parseQuestion(readLocal('ru', question, KNOWLEDGE), ru), ru);
    const hedge = statedRu('на параде было больше 10 тысяч солдат?');
    const compared = statedRu('кто потерял больше людей, СССР или Китай?');
    const claimed = stated(readLocal('zh', '苏联死的人比中国多吗', KNOWLEDGE));

    // Assess
    expect(hedge.figure).toMatchObject({ low: 10_000, high: 10_000, bound: 'more' });
    expect(hedge.comparative).toBeNull();
    expect(compared).toMatchObject({ compared: ['ussr', 'china'], comparative: 'more', claimedOrder: false });
    expect(claimed).toMatchObject({ compared: ['ussr', 'china'], comparative: 'more', claimedOrder: true });
  });

  it('reads no figure in an anniversary as the readers pass it on ("75 anniversary" for 75周年)', () => {
    // Act / Assess
    expect(stated(readLocal('zh', '二战胜利75周年时习近平说了什么', KNOWLEDGE)).figure).toBeNull();
  });
});

describe('judging a stated figure against a source’s figure', () => {
  const user = (low: number, bound: StatedFigure['bound'] = 'exact', high = low): StatedFigure => ({ low, high, bound });
  const figure = (low: number, qualifiers: string[] = [], high = low) => ({ low, high, unit: 'deaths', qualifiers });

  it.each([
    ['14 million vs an estimated 15–20 million', user(14e6), figure(15e6, ['estimated'], 20e6), 'contradicts'],
    ['18 million vs an estimated 15–20 million', user(18e6), figure(15e6, ['estimated'], 20e6), 'supports'],
    ['37 million vs 37 million', user(37e6), figure(37e6), 'supports'],
    ['27 million vs about 27 million', user(27e6), figure(27e6, ['approximately']), 'supports'],
    ['30 million vs 27 million', user(30e6), figure(27e6), 'contradicts'],
    ['29 vs over two dozen', user(29), figure(24, ['over two dozen']), 'open'],
    ['20 vs over two dozen', user(20), figure(24, ['over two dozen']), 'contradicts'],
    ['more than 20 vs over two dozen', user(20, 'more'), figure(24, ['over two dozen']), 'supports'],
    ['fewer than 30 vs over two dozen', user(30, 'less'), figure(24, ['over two dozen']), 'open'],
    ['more than 30 million vs 37 million', user(30e6, 'more'), figure(37e6), 'supports'],
    ['15–20 million vs 37 million', user(15e6, 'exact', 20e6), figure(37e6), 'contradicts'],
  ])('%s → %s', (_name, stated, source, expected) => {
    expect(judgeFigure(stated, source)).toBe(expected);
  });
});
