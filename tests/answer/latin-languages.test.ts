/**
 * A question in Latin letters but not in English gets the one-line "I read
 * English, Russian and Chinese" reply, never an English reading of its names
 * and numbers; and no English question is taken for another language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { QuestionAnswerer } from '../../lambdas/core/answer/question-answerer';
import { vocabularyFor } from '../../lambdas/core/answer/question-vocabulary';
import { loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { inAnotherLatinLanguage } from '../../lambdas/core/reading/latin-languages';
import { DATA_DIR } from '../../scripts/lib/claims-table';
import { KNOWLEDGE } from '../support/knowledge';
import { InMemoryClaimsStore } from './in-memory-claims-store';
import { QUESTION_SET } from './question-set';
import { DEV_SET } from './questions/dev-set';
import { HELD_OUT_SET } from './questions/held-out-set';
import { FACT_CHECK_DEV, FACT_CHECK_HELD_OUT } from './questions/fact-check-set';

const OTHER_LANGUAGES = [
  'Wie viele Chinesen starben im Zweiten Weltkrieg?',
  'Combien de Chinois sont morts pendant la Seconde Guerre mondiale ?',
  '¿Cuántos chinos murieron en la Segunda Guerra Mundial?',
  "Qu'a dit Poutine à Pékin ?",
  'Ile Chińczyków zginęło podczas II wojny światowej?',
  'Quanti cinesi sono morti nella seconda guerra mondiale?',
  "İkinci Dünya Savaşı'nda kaç Çinli öldü?",
  'Putin a Xi se setkali v Moskvě?',
  'Ce a spus Xi la Moscova?',
  'Xi đã nói gì ở Moskva?',
];

/** English as people type it, with foreign names, typos and a sentence that shares words with other languages. */
const ENGLISH = [
  ...[...QUESTION_SET, ...DEV_SET, ...HELD_OUT_SET, ...FACT_CHECK_DEV, ...FACT_CHECK_HELD_OUT].map((q) => q.question),
  'Did Erdoğan say anything about the parade?',
  'hw mny chinese dyed in ww2',
  'Korean war casualties',
  'What did Xi say in Moskvá?',
];

describe('questions in other Latin-script languages', () => {
  let answerer: QuestionAnswerer;
  const v = vocabularyFor(KNOWLEDGE);
  const known = (word: string) => v.knownWords.has(word);

  beforeAll(async () => {
    const dataset = await loadDataset(DATA_DIR);
    answerer = new QuestionAnswerer(new InMemoryClaimsStore(dataset.claims, dataset.sources), KNOWLEDGE);
  });

  it.each(OTHER_LANGUAGES.map((q) => [q]))('tells %j apart from English and answers it with the languages it reads', async (question) => {
    // Act
    const answer = await answerer.answer(question);

    // Assess
    expect(inAnotherLatinLanguage(question, known)).toBe(true);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toBe('language');
    expect(answer.related ?? []).toEqual([]);
  });

  it(`takes none of ${ENGLISH.length} English questions for another language`, () => {
    // Act
    const flagged = ENGLISH.filter((q) => inAnotherLatinLanguage(q, known));

    // Assess
    expect(flagged).toEqual([]);
  });
});
