import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText, stem, StemIndex, stemsMatch, tokenise } from '../../lambdas/core/answer/normalise-question';
import { correctWord, editDistance } from '../../lambdas/core/answer/typo-correction';
import { VOCABULARY } from '../support/knowledge';

describe('normaliseText', () => {
  it.each([
    ['What did Xi’s team say?', 'what did xi team say'],
    ["WHAT'S China's toll?", 'what china toll'],
    ['The Russians’ losses', 'the russians losses'],
    ['“Sino-Japanese” war — 1937–45', 'sino japanese war 1937 45'],
    ['How many U.S. soldiers?', 'how many usa soldiers'],
    ['How many US troops?', 'how many usa troops'],
    ['What did Putin tell us?', 'what did putin tell us'],
    ['USSR', 'ussr'],
    ['14,000 troops', '14000 troops'],
    ["Didn't Putin say", 'did not putin say'],
    ['Zelénskiy', 'zelenskiy'],
    ['<b>How many Chinese died in WWII?</b>', 'how many chinese died in wwii'],
    ['<strong class="q">Xi</strong>&nbsp;&amp; Putin', 'xi putin'],
    ['Xi &lt;3 Putin&#39;s', 'xi 3 putin'],
  ])('%j → %j', (raw, expected) => {
    // Prepare / Act
    const normalised = normaliseText(raw);

    // Assess
    expect(normalised).toBe(expected);
  });

  it('caps very long input so parsing stays cheap', () => {
    // Prepare
    const long = 'putin '.repeat(10_000);

    // Act
    const words = tokenise(normaliseText(long));

    // Assess
    expect(words.length).toBeLessThanOrEqual(100);
  });
});

describe('stem and stemsMatch', () => {
  it('meets inflections of one word', () => {
    // Prepare
    const pairs = [
      ['visited', 'visit'],
      ['meetings', 'meeting'],
      ['nazism', 'nazi'],
      ['forgotten', 'forgot'],
      ['sacrifices', 'sacrifice'],
    ];

    // Act
    const results = pairs.map(([a = '', b = '']) => stemsMatch(stem(a), stem(b)));

    // Assess
    expect(results).toEqual(pairs.map(() => true));
  });

  it('keeps different words apart even when they share a beginning', () => {
    // Prepare
    const pairs = [
      ['part', 'partnership'],
      ['military', 'militarism'],
      ['war', 'warning'],
      ['nation', 'nationalist'],
    ];

    // Act
    const results = pairs.map(([a = '', b = '']) => stemsMatch(stem(a), stem(b)));

    // Assess
    expect(results).toEqual(pairs.map(() => false));
  });
});

describe('typo correction', () => {
  it.each([
    ['chinse', 'chinese'],
    ['putn', 'putin'],
    ['moskow', 'moscow'],
    ['casualites', 'casualties'],
    ['russains', 'russians'],
    ['jinpin', 'jinping'],
    ['bejing', 'beijing'],
    ['sovet', 'soviet'],
    ['anniversery', 'anniversary'],
    ['dyed', 'died'],
    ['diedd', 'died'],
    ['kiled', 'killed'],
  ])('%s → %s', (typo, expected) => {
    // Prepare / Act
    const corrected = correctWord(typo, VOCABULARY);

    // Assess
    expect(corrected).toBe(expected);
  });

  it.each(['would', 'world', 'prussia', 'chile', 'weather', 'paris', 'trump', 'xi', 'the', '2020', 'diet', 'tied', 'dies', 'true'])('leaves %s alone', (word) => {
    // Prepare / Act
    const corrected = correctWord(word, VOCABULARY);

    // Assess
    expect(corrected).toBe(word);
  });

  it('counts an adjacent transposition as one edit and stops early past the limit', () => {
    // Prepare / Act
    const transposed = editDistance('casualites', 'casualties');
    const far = editDistance('moscow', 'beijing', 2);

    // Assess
    expect(transposed).toBe(1);
    expect(far).toBe(3);
  });
});

describe('StemIndex', () => {
  it('meets a stem exactly when some indexed stem does by stemsMatch', () => {
    // Prepare: stems made of few letters, so that prefixes and near tails (ism, ist, ian, i) come up often.
    const stemOf = fc.stringMatching(/^[aimnst]{1,9}$/);

    // Act / Assess
    fc.assert(
      fc.property(fc.array(stemOf, { maxLength: 12 }), stemOf, (stems, wanted) => {
        expect(new StemIndex(stems).matches(wanted)).toBe(stems.some((s) => stemsMatch(wanted, s)));
      }),
      { numRuns: 3000 },
    );
  });
});
