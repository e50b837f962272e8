/**
 * Hand-made claims for unit tests that must not depend on data/ (hostile
 * text, synthetic partitions). Defaults describe a plain Putin quote.
 */
import type { Claim, Source, SourcedClaim } from '../../lambdas/core/claims/claim-schema';

export const TEST_SOURCE: Source = {
  id: 'test-source',
  document: 'test.txt',
  outlet: 'Test Outlet',
  origin: null,
  headline: 'A test headline',
  published: '2025-05-08',
  publishedNote: 'Dateline.',
  language: 'en',
  url: null,
};

export function testClaim(overrides: Partial<Claim> & { source?: Partial<Source> } = {}): SourcedClaim {
  const { source, ...claim } = overrides;
  return {
    id: 'test-claim',
    kind: 'quote',
    topic: 'Test topic',
    subjects: ['russia'],
    speaker: 'putin',
    place: 'moscow',
    event: null,
    date: '2025-05-08',
    figure: null,
    text: 'Putin said something.',
    excerpt: 'Putin said something.',
    ...claim,
    source: { ...TEST_SOURCE, ...source },
  };
}
