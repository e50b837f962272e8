/** The reading stages on their own: cleaning a pasted message, splitting it into questions, telling its script. */
import { describe, expect, it } from 'vitest';
import { cleanMessage } from '../../lambdas/core/reading/clean-message';
import { dominantScript } from '../../lambdas/core/reading/detect-language';
import { splitQuestions } from '../../lambdas/core/reading/split-questions';
import { VOCABULARY } from '../support/knowledge';

describe('cleanMessage', () => {
  it.each([
    ['Forwarded from Some Channel\nHow many Chinese died in WWII?', 'How many Chinese died in WWII?'],
    ['Fwd from a friend: How many Chinese died in WWII?', 'How many Chinese died in WWII?'],
    ['https://t.me/rian_ru/254312 how many soviets died?', 'how many soviets died?'],
    ['@gif what did xi say in moscow', 'what did xi say in moscow'],
    ['*How many leaders* came? 🙂🙂', 'How many leaders came?'],
  ])('%j → %j', (raw, expected) => {
    // Act
    const cleaned = cleanMessage(raw);

    // Assess
    expect(cleaned.text).toBe(expected);
  });

  it('drops e-mail addresses and phone numbers, which are contact details, not words of a question', () => {
    // Act
    const cleaned = cleanMessage('Call me on +44 20 7946 0958 or anna@example.com: how many Chinese died in WWII?');

    // Assess
    expect(cleaned.text).not.toMatch(/7946|anna|example/);
    expect(cleaned.text).toContain('how many Chinese died in WWII?');
  });

  it('keeps quoted lines apart from the user’s own words', () => {
    // Act
    const cleaned = cleanMessage('> Putin said 37 million\n> Chinese died\nis this right?');

    // Assess
    expect(cleaned).toEqual({ text: 'is this right?', quoted: 'Putin said 37 million\nChinese died' });
  });
});

describe('splitQuestions', () => {
  it('drops greetings, thanks and asides that name nothing', () => {
    // Act
    const questions = splitQuestions('hey bot, quick question: how many chinese died in ww2? thanks!!', '', VOCABULARY);

    // Assess
    expect(questions).toEqual(['how many chinese died in ww2']);
  });

  it('answers two questions in one message as two', () => {
    // Act
    const questions = splitQuestions('How many Chinese died in WWII and what did Xi say in Moscow?', '', VOCABULARY);

    // Assess
    expect(questions).toEqual(['How many Chinese died in WWII', 'what did Xi say in Moscow']);
  });

  it('completes a second question that leaves out what it counts from the first', () => {
    // Act
    const questions = splitQuestions('how many soviets died in ww2, and how many chinese?', '', VOCABULARY);

    // Assess
    expect(questions).toEqual(['how many soviets died in ww2', 'how many chinese died in ww2']);
  });

  it('reads a pronoun in a second question as what the first one named', () => {
    // Act
    const questions = splitQuestions('How many troops were in the 2020 parade and why was it moved?', '', VOCABULARY);

    // Assess
    expect(questions).toEqual(['How many troops were in the 2020 parade', 'why was 2020 parade moved']);
  });

  it('sets aside what "besides" names', () => {
    // Act
    const questions = splitQuestions('Besides Xi, who was expected in Moscow?', '', VOCABULARY);

    // Assess
    expect(questions).toEqual(['who was expected in Moscow']);
  });

  it('sets aside what "besides" names without its comma, and after the question', () => {
    // Act
    const before = splitQuestions('besides xi who came to the victory day parade?', '', VOCABULARY);
    const after = splitQuestions('who else attended besides xi', '', VOCABULARY);

    // Assess
    expect(before).toEqual(['who came to the victory day parade']);
    expect(after).toEqual(['who else attended']);
  });

  it('asks a topic repeated with its preposition once per topic', () => {
    // Act
    const questions = splitQuestions('what did zelensky say about china and about the ceasefire', '', VOCABULARY);

    // Assess
    expect(questions).toEqual(['what did zelensky say about china', 'what did zelensky say about the ceasefire']);
  });

  it('reads a follow-up that names nothing as part of the question before it', () => {
    // Act
    const questions = splitQuestions('How many Chinese died in WWII? Do other sources agree?', '', VOCABULARY);

    // Assess
    expect(questions).toEqual(['How many Chinese died in WWII']);
  });

  it('turns to the quoted lines when the user’s own words name nothing', () => {
    // Act
    const questions = splitQuestions('is this right?', 'Putin said China lost 37 million lives', VOCABULARY);

    // Assess
    expect(questions[0]).toContain('Putin said China lost 37 million lives');
  });
});

describe('dominantScript', () => {
  it.each([
    ['How many Chinese died?', 'latin'],
    ['Сколько китайцев погибло во Второй мировой?', 'cyrillic'],
    ['二战中有多少中国人死亡？', 'han'],
    ['2020 🙂', 'none'],
  ])('%j is %s', (text, script) => {
    // Act / Assess
    expect(dominantScript(text)).toBe(script);
  });
});
