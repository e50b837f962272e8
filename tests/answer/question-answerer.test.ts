/**
 * The question set through QuestionAnswerer with the real DynamoDB store on
 * DynamoDB Local, seeded from data/. Every question must come back with the
 * expected claims (or unanswered), reading at most three partitions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionAnswerer } from '../../lambdas/core/answer/question-answerer';
import type { SourcedClaim } from '../../lambdas/core/claims/claim-schema';
import { MAX_LOOKUP_KEYS } from '../../lambdas/core/claims/lookup-keys';
import type { ClaimsStore } from '../../lambdas/core/store/claims-store';
import { createClaimsTableFixture, type ClaimsTableFixture } from '../support/claims-table-fixture';
import { QUESTION_SET } from './question-set';
import { checkAnswer } from './question-set-check';
import { KNOWLEDGE } from '../support/knowledge';

/** Passes through to the real store, remembering the keys of every lookup. */
class RecordingStore implements ClaimsStore {
  readonly lookups: string[][] = [];
  constructor(private readonly inner: ClaimsStore) {}
  findByLookupKeys(keys: readonly string[]): Promise<SourcedClaim[]> {
    this.lookups.push([...keys]);
    return this.inner.findByLookupKeys(keys);
  }
  listSources() {
    return this.inner.listSources();
  }
}

describe('QuestionAnswerer on the question set (DynamoDB Local)', () => {
  let fixture: ClaimsTableFixture;
  let store: RecordingStore;
  let answerer: QuestionAnswerer;

  beforeAll(async () => {
    fixture = await createClaimsTableFixture({ seed: true });
    store = new RecordingStore(fixture.store);
    answerer = new QuestionAnswerer(store, KNOWLEDGE);
  });
  afterAll(async () => {
    await fixture.drop();
  });

  it('has a question set large and varied enough to mean something', () => {
    // Prepare
    const answered = QUESTION_SET.filter((q) => q.answered);
    const unanswered = QUESTION_SET.filter((q) => !q.answered);

    // Act
    const questions = new Set(QUESTION_SET.map((q) => q.question));

    // Assess
    expect(QUESTION_SET.length).toBeGreaterThanOrEqual(60);
    expect(questions.size).toBe(QUESTION_SET.length);
    expect(answered.length).toBeGreaterThanOrEqual(40);
    expect(unanswered.length).toBeGreaterThanOrEqual(15);
  });

  it.each(QUESTION_SET.map((c) => [c.question, c] as const))('%j', async (_question, expected) => {
    // Prepare
    const lookupsBefore = store.lookups.length;

    // Act
    const answer = await answerer.answer(expected.question);

    // Assess
    expect(checkAnswer(expected, answer)).toEqual([]);
    expect(store.lookups.length - lookupsBefore).toBeLessThanOrEqual(1);
    for (const keys of store.lookups.slice(lookupsBefore)) expect(keys.length).toBeLessThanOrEqual(MAX_LOOKUP_KEYS);
  });
});
