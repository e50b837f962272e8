import { describe, expect, it } from 'vitest';
import { planLookup } from '../../lambdas/core/answer/lookup-plan';
import { parseQuestion } from '../../lambdas/core/answer/parse-question';
import { vocabularyFor } from '../../lambdas/core/answer/question-vocabulary';
import { readLocal } from '../../lambdas/core/reading/read-local';
import { KNOWLEDGE, VOCABULARY } from '../support/knowledge';

const ids = (groups: ReadonlyArray<{ ids: readonly string[] }>) => groups.map((g) => [...g.ids]);

describe('parseQuestion: intents', () => {
  it.each([
    ['How many Chinese died in WWII?', 'figure', 'deaths'],
    ['Chinese death toll in the war', 'figure', 'deaths'],
    ['How many lives did the Soviet Union lose?', 'figure', 'deaths'],
    ['How many casualties did China suffer?', 'figure', 'deaths'],
    ['How many victims perished in China?', 'figure', 'deaths'],
    ['How many troops marched in the parade?', 'figure', 'troops'],
    ['How many soldiers died?', 'figure', 'deaths'],
    ['How long did they meet?', 'figure', 'hours'],
    ['How long was the visit?', 'figure', 'days'],
    ['How many leaders attended?', 'figure', 'leaders'],
    ['What did Xi say?', 'said', null],
    ['According to Xi, what matters?', 'said', null],
    ['Putin quotes', 'said', null],
    ['When did Xi visit Moscow?', 'when', null],
    ['Tell me about the joint statement', 'about', null],
    ['Who is Xi Jinping?', null, null],
    // A source named with "according to" is no verb of saying: the figures are still what is asked.
    ['According to Putin, did the USSR or China lose more people?', 'figure', 'deaths'],
    ['Putin said the Soviet Union lost more people than China?', 'figure', 'deaths'],
    ['What did Putin say about the losses?', 'said', null],
    ['how mnay leaders went to moscow', 'figure', 'leaders'],
    ['How long has Putin been in power?', 'figure', 'years'],
  ])('%j → %s %s', (question, intent, unit) => {
    // Prepare / Act
    const parsed = parseQuestion(question, VOCABULARY);

    // Assess
    expect(parsed.intent).toBe(intent);
    expect(parsed.unit).toBe(unit);
  });
});

describe('parseQuestion: words', () => {
  it('reads a verb of going by its stem: "head to Moscow" places the trip', () => {
    // Prepare / Act
    const parsed = parseQuestion('When did Xi head to Moscow?', VOCABULARY);

    // Assess
    expect(ids(parsed.places)).toEqual([['moscow']]);
    expect(parsed.keywords.some((g) => g.includes('visit'))).toBe(true);
  });

  it('finds a synonym group by stem ("delaying" is "delay")', () => {
    // Prepare / Act
    const parsed = parseQuestion('Why was Russia delaying the parade?', VOCABULARY);

    // Assess
    expect(parsed.keywords.some((g) => g.includes('postponed'))).toBe(true);
  });

  it('requires what "how" asks with, however short ("how old")', () => {
    // Prepare / Act
    const parsed = parseQuestion('how old is xi jinping', VOCABULARY);

    // Assess
    expect(parsed.requiredKeywords.map((i) => parsed.keywords[i]?.[0])).toEqual(['old']);
  });

  it('requires an attribute no claim names when only a country is asked about, not beside other words', () => {
    // Prepare / Act
    const capital = parseQuestion('what is the capital of china', VOCABULARY);
    const purpose = parseQuestion("what was the purpose of xi's visit to moscow", VOCABULARY);

    // Assess
    expect(capital.requiredKeywords.map((i) => capital.keywords[i]?.[0])).toEqual(['capital']);
    expect(purpose.requiredKeywords).toEqual([]);
  });

  it('never corrects a word the claims use ("tanks") into another ("talks")', () => {
    // Prepare / Act
    const parsed = parseQuestion('How many tanks were in the parade?', VOCABULARY);

    // Assess
    expect(parsed.words).toContain('tanks');
    expect(parsed.countedKeywords?.length).toBe(1);
  });

  it('reads "march" as a verb unless a date or "in" stands by it', () => {
    // Prepare / Act / Assess
    expect(parseQuestion('did 14000 troops march in the 2020 parade', VOCABULARY).months).toEqual([]);
    expect(parseQuestion('what did putin say in march 2025', VOCABULARY).months).toEqual([3]);
  });

  it('reads a place after "leaders visiting" as whom the leaders are, not where it happened', () => {
    // Prepare / Act
    const parsed = parseQuestion('what did zelensky say about leaders visiting moscow', VOCABULARY);

    // Assess
    expect(parsed.places).toEqual([]);
  });
});

describe('parseQuestion: roles', () => {
  it('reads "in Moscow" as where it was said, and the speaker before "say"', () => {
    // Prepare / Act
    const parsed = parseQuestion('What did Xi say in Moscow?', VOCABULARY);

    // Assess
    expect(ids(parsed.speakers)).toEqual([['xi']]);
    expect(ids(parsed.places)).toEqual([['moscow']]);
    expect(parsed.subjects).toEqual([]);
  });

  it.each([
    ['What did the Russian leader say in Beijing?', [['putin']]],
    ["What did Russia's president say?", [['putin']]],
    ['What did the Kremlin leader say?', [['putin']]],
    ['What did the Chinese leader say in Moscow?', [['xi']]],
    ['What did the Chinese side say?', [['china', 'xi']]],
    ['What did the presidents say about WWII?', [['putin', 'xi']]],
    ['What did the Russian and Chinese leaders say?', [['putin'], ['xi']]],
    ['What did Mr Putin say?', [['putin']]],
    ['What did Xi have to say about Russia?', [['xi']]],
  ])('reads the speaker of %j by alias or head noun', (question, speakers) => {
    // Prepare / Act
    const parsed = parseQuestion(question, VOCABULARY);

    // Assess
    expect(ids(parsed.speakers)).toEqual(speakers);
    expect(parsed.unknownSpeaker).toBe(false);
  });

  it.each([
    'What did the Chinese ambassador say?',
    'What did other leaders say?',
    "What did Putin's spokesman say?",
    'How many Chinese died according to Wikipedia?',
    'What did the Chinese ambassador to Russia say?',
    'What did the president say?',
  ])('%j names a speaker the dataset does not know: no lookup at all', (question) => {
    // Prepare / Act
    const parsed = parseQuestion(question, VOCABULARY);

    // Assess
    expect(parsed.unknownSpeaker).toBe(true);
    expect(planLookup(parsed, VOCABULARY)).toBeNull();
  });

  it.each(['How long was the ceasefire Putin proposed?', 'When did Xi and Putin exchange messages?', 'Is it true that Putin said the sacrifices must never be forgotten?', 'What has been said about Taiwan?'])(
    '%j has no unknown speaker (relative clause, noun of saying, complementiser, passive)',
    (question) => {
      // Prepare / Act
      const parsed = parseQuestion(question, VOCABULARY);

      // Assess
      expect(parsed.unknownSpeaker).toBe(false);
    },
  );

  it.each([
    ['What did Xi say on the 80th anniversary?', [['victory-day-2025']], [2025]],
    ['What did Putin say on the 75th anniversary of the victory?', [['victory-day-2020']], [2020]],
    ['What did Putin say on the 70th anniversary?', [[]], [2015]],
  ])('reads the anniversary in %j as that commemoration only', (question, events, years) => {
    // Prepare / Act
    const parsed = parseQuestion(question, VOCABULARY);

    // Assess
    expect(ids(parsed.events)).toEqual(events);
    expect(parsed.years).toEqual(years);
  });

  it('reads "Moscow" as the Russian state when Moscow is the one speaking', () => {
    // Prepare / Act
    const parsed = parseQuestion('What did Moscow say about Taiwan?', VOCABULARY);

    // Assess
    expect(ids(parsed.speakers)).toEqual([['russia', 'putin', 'kremlin']]);
    expect(ids(parsed.subjects)).toEqual([['taiwan']]);
  });

  it('reads Russians in a death-toll question as the Soviet Union first', () => {
    // Prepare / Act
    const parsed = parseQuestion('How many Russians died in WW2?', VOCABULARY);

    // Assess
    expect(ids(parsed.subjects)).toEqual([['ussr', 'russia']]);
    expect(parsed.wars).toEqual(['wwii']);
  });

  it('takes "according to X" and "X and Y said" as speakers, the rest as subjects', () => {
    // Prepare / Act
    const according = parseQuestion('According to Putin, how many Chinese died?', VOCABULARY);
    const both = parseQuestion('What did Putin and Zelenskiy say about China?', VOCABULARY);

    // Assess
    expect(ids(according.speakers)).toEqual([['putin']]);
    expect(ids(according.subjects)).toEqual([['china']]);
    expect(ids(both.speakers)).toEqual([['putin'], ['zelenskiy']]);
    expect(ids(both.subjects)).toEqual([['china']]);
  });

  it('makes the joint statement the speaker when it is quoted', () => {
    // Prepare / Act
    const parsed = parseQuestion('What did Putin and Xi agree in the joint statement?', VOCABULARY);

    // Assess
    expect(ids(parsed.speakers)).toEqual([['russia-china-joint-statement-2025']]);
  });

  it('turns anniversaries into years and keeps war-time years as scope keywords', () => {
    // Prepare / Act
    const anniversary = parseQuestion('What did Xi say on the 75th anniversary?', VOCABULARY);
    const eighty = parseQuestion('What happened at the 80th anniversary?', VOCABULARY);
    const scope = parseQuestion('How many Chinese died since 1937?', VOCABULARY);
    const warEnd = parseQuestion('How many Soviets died by 1945?', VOCABULARY);

    // Assess
    expect(anniversary.years).toEqual([2020]);
    expect(eighty.years).toEqual([2025]);
    expect(scope.years).toEqual([]);
    expect(scope.keywords).toEqual([['1937']]);
    expect(warEnd.keywords).toEqual([]);
  });

  it('reads "may" as a month only next to a date', () => {
    // Prepare / Act
    const month = parseQuestion('What did Putin say in May 2025?', VOCABULARY);
    const modal = parseQuestion('What may Putin say?', VOCABULARY);

    // Assess
    expect(month.months).toEqual([5]);
    expect(modal.months).toEqual([]);
  });

  it('keeps unknown words as keywords a claim must contain', () => {
    // Prepare / Act
    const parsed = parseQuestion('What did Putin say about the weather?', VOCABULARY);

    // Assess
    expect(parsed.keywords).toEqual([['weather']]);
  });

  it.each([
    ['What did Xi in Moscow say?', 'a phrase of place between the speaker and the verb'],
    ['what said Xi in Moscow', 'the speaker after its verb, as Russian asks'],
    ['Xi in Moscow said what', 'the order Chinese asks in'],
    ['Xi visit Moscow during said what', 'the person who opens the question, with no speaker by position'],
  ])('reads the speaker of %j (%s) and keeps the place a place', (question) => {
    // Act
    const parsed = parseQuestion(question, VOCABULARY);

    // Assess
    expect(ids(parsed.speakers)).toEqual([['xi']]);
    expect(parsed.intent).toBe('said');
  });

  it('does not take whom words were written to as what they were about', () => {
    // Act
    const parsed = parseQuestion('What did Putin write to Xi in 2020?', VOCABULARY);

    // Assess
    expect(ids(parsed.speakers)).toEqual([['putin']]);
    expect(parsed.subjects.flatMap((g) => g.ids)).not.toContain('xi');
  });

  it('does not take a name after its verb as the speaker when a clause follows it', () => {
    // Act
    const parsed = parseQuestion('who said Russia and China have a no limits friendship', VOCABULARY);

    // Assess
    expect(parsed.speakers).toEqual([]);
  });

  it('requires what a question asks of a person when it asks nothing else ("Putin\'s daughter", 普京的女儿, дочь Путина as read)', () => {
    // Prepare
    const required = (q: string, v = VOCABULARY) => {
      const parsed = parseQuestion(q, v);
      return parsed.keywords.filter((_, i) => parsed.requiredKeywords.includes(i)).map((g) => g[0]);
    };
    const ru = vocabularyFor(KNOWLEDGE, 'ru');

    // Act / Assess
    expect(required("who was putin's wife")).toEqual(['wife']);
    expect(required('who is the daughter of putin')).toEqual(['daughter']);
    expect(required(readLocal('zh', '普京的女儿呢', KNOWLEDGE))).toEqual(['女儿']);
    expect(required(readLocal('ru', 'кто дочь путина', KNOWLEDGE), ru)).toEqual(['доч']);
    expect(required('Did Zelenskiy accuse China of arming Russia?')).toEqual([]);
  });

  it('asks for the tolls when a speaker is said to compare them', () => {
    // Act / Assess
    expect(parseQuestion('putin said the soviet union lost more people than china?', VOCABULARY).intent).toBe('figure');
    expect(parseQuestion('What did Putin say about the losses?', VOCABULARY).intent).toBe('said');
  });

  it('understands a pronoun for the two leaders', () => {
    // Prepare / Act
    const parsed = parseQuestion('How long did they meet?', VOCABULARY);

    // Assess
    expect(ids(parsed.subjects)).toEqual([['putin', 'xi']]);
  });
});

describe('planLookup', () => {
  it.each([
    ['How many Chinese died in WWII?', ['fig:deaths:china@wwii']],
    ['How many Russians died in WWII?', ['fig:deaths:ussr@wwii', 'fig:deaths:russia@wwii']],
    ['What did Xi say in Moscow?', ['said:xi@moscow']],
    ['What did Xi say in 2020?', ['said:xi@2020']],
    ['What did Xi say?', ['said:xi']],
    ['What did Russia say about Taiwan?', ['said:russia~taiwan', 'said:putin~taiwan', 'said:kremlin~taiwan']],
    ['How long did Putin and Xi meet?', ['fig:hours:putin', 'fig:hours:xi']],
    ['What does the joint statement say?', ['said:russia-china-joint-statement-2025', 'about:russia-china-joint-statement-2025']],
  ])('%j reads %j', (question, keys) => {
    // Prepare
    const parsed = parseQuestion(question, VOCABULARY);

    // Act
    const plan = planLookup(parsed, VOCABULARY);

    // Assess
    expect(plan?.keys).toEqual(keys);
  });

  it('never reads more than three partitions, however many things the question names', () => {
    // Prepare
    const parsed = parseQuestion('How many Russians, Chinese, Japanese, Germans, Poles and Americans died in WWII?', VOCABULARY);

    // Act
    const plan = planLookup(parsed, VOCABULARY);

    // Assess
    expect(plan?.keys.length).toBe(3);
  });

  it('reads nothing for a question with no anchor', () => {
    // Prepare / Act
    const plans = ['How many people died in WWII?', "What's the weather?", 'hello', ''].map((q) => planLookup(parseQuestion(q, VOCABULARY), VOCABULARY));

    // Assess
    expect(plans).toEqual([null, null, null, null]);
  });
});
