import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../lambdas/core/answer/normalise-question';
import { MULTIPLIERS, numberAt, SMALL_NUMBERS } from '../../lambdas/core/answer/number-words';
import { COMPARATIVES } from '../../lambdas/core/answer/stated-claim-words';

describe('word tables', () => {
  it('find nothing for the names of Object.prototype', () => {
    // Prepare
    const words = ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'];

    // Act
    const found = words.flatMap((w) => [SMALL_NUMBERS[w], MULTIPLIERS[w], COMPARATIVES[w]]);

    // Assess
    expect(found.every((x) => x === undefined)).toBe(true);
    expect(numberAt(['constructor', 'died'], 0)).toBeUndefined();
  });

  it('leave an unknown HTML entity named like a prototype property as a word break', () => {
    // Act
    const text = normaliseText('How many &constructor; died?');

    // Assess
    expect(text).toBe('how many died');
  });
});
