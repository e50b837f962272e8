import { describe, expect, it } from 'vitest';
import { setBounded } from '../../lambdas/core/cache/bounded-map';

describe('setBounded', () => {
  it('drops the oldest entry when the map is full, and keeps the rest', () => {
    // Prepare
    const map = new Map<string, number>([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);

    // Act
    setBounded(map, 'd', 4, 3);

    // Assess
    expect([...map.keys()]).toEqual(['b', 'c', 'd']);
  });

  it('replaces a key already there without evicting another', () => {
    // Prepare
    const map = new Map<string, number>([
      ['a', 1],
      ['b', 2],
    ]);

    // Act
    setBounded(map, 'a', 10, 2);

    // Assess
    expect(Object.fromEntries(map)).toEqual({ a: 10, b: 2 });
  });
});
