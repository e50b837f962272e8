/**
 * When one question's read budget cannot cover a partition, the answer says so
 * instead of passing a part off as the whole. A speaker with a few hundred
 * newer claims on other subjects fills `said:<speaker>` beyond three pages.
 */
import { describe, expect, it } from 'vitest';
import { renderReplyText, TRUNCATED_NOTE } from '../../lambdas/core/answer/render-answer';
import { QuestionAnswerer } from '../../lambdas/core/answer/question-answerer';
import { loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { DATA_DIR } from '../../scripts/lib/claims-table';
import { KNOWLEDGE } from '../support/knowledge';
import { InMemoryClaimsStore } from './in-memory-claims-store';

describe('the read budget', () => {
  it('says when it cut the read short, and not otherwise', async () => {
    // Prepare
    const dataset = await loadDataset(DATA_DIR);
    const template = dataset.claims.find((c) => c.speaker !== null && c.place !== null && dataset.knowledge.entity(c.speaker)?.principal === true && c.figure === null);
    expect(template).toBeDefined();
    const extra = Array.from({ length: 400 }, (_, i) => ({
      ...template!,
      id: `zz-growth-${i}`,
      topic: `Unrelated remarks ${i}`,
      subjects: template!.subjects.filter((id) => dataset.knowledge.kind(id) !== 'war'),
      place: null,
      event: null,
      date: '2026-11-01',
      text: `Remark number ${i} on another subject.`,
    }));
    const store = new InMemoryClaimsStore([...dataset.claims, ...extra], dataset.sources);
    const answerer = new QuestionAnswerer(store, KNOWLEDGE);
    const speaker = KNOWLEDGE.entity(template!.speaker!)!.name;

    // Act
    const broad = await answerer.answer(`What did ${speaker} say?`);
    const narrow = await answerer.answer('How many Chinese died in WWII?');
    // Its own key is small; only the relaxed question's broader key (everything the speaker said) is cut.
    const placed = await answerer.answer(`What did ${speaker} say in ${KNOWLEDGE.name(template!.place!)}?`);

    // Assess
    expect(broad.truncated).toBe(true);
    expect(renderReplyText(broad, 'terminal')).toContain(TRUNCATED_NOTE);
    expect(narrow.truncated).toBeUndefined();
    expect(renderReplyText(narrow, 'terminal')).not.toContain(TRUNCATED_NOTE);
    expect(placed.answered).toBe(true);
    expect(placed.truncated).toBeUndefined();
  });
});
