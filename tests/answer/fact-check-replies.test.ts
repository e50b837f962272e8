/**
 * Replies as a phone shows them, on every question of the question sets
 * (DynamoDB Local): the answer in the first line, the user's own claim named
 * and judged, comparisons made, and every reply within one Telegram message.
 * Content, not wording: the tests look for figures, names and verdict words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../lambdas/core/answer/answer-types';
import { parseQuestion } from '../../lambdas/core/answer/parse-question';
import { QuestionAnswerer } from '../../lambdas/core/answer/question-answerer';
import { MESSAGE_CHARS, SHORT_TOPIC_CHARS, renderReply, renderReplyText, visibleLength } from '../../lambdas/core/answer/render-answer';
import { readStatedClaim } from '../../lambdas/core/answer/stated-claim';
import { formatStated } from '../../lambdas/core/answer/check-wording';
import { packBlocks } from '../../lambdas/bot/telegram-html';
import { telegramHtmlProblems } from '../bot/telegram-html-validator';
import { createClaimsTableFixture, type ClaimsTableFixture } from '../support/claims-table-fixture';
import { KNOWLEDGE, VOCABULARY } from '../support/knowledge';
import { QUESTION_SET } from './question-set';
import { DEV_SET } from './questions/dev-set';
import { HELD_OUT_SET } from './questions/held-out-set';
import { FACT_CHECK_DEV, FACT_CHECK_HELD_OUT } from './questions/fact-check-set';
import { checkFactCheck } from './fact-check-verdict';

/** Floors a little under the scores measured (dev 83.0%, held-out 73.5% after a review made unsupported yes/no verdicts "not confirmed"; dev 90.6%, held-out 76.5% after issue 12's English reading): a drop fails. */
const FACT_CHECK_FLOORS = { dev: 0.88, heldOut: 0.75 } as const;

const ALL_QUESTIONS = [...new Set([...QUESTION_SET, ...DEV_SET, ...HELD_OUT_SET, ...FACT_CHECK_DEV, ...FACT_CHECK_HELD_OUT].map((q) => q.question))];

describe('fact-check replies (DynamoDB Local)', () => {
  let fixture: ClaimsTableFixture;
  let answerer: QuestionAnswerer;
  const answers = new Map<string, Answer>();

  beforeAll(async () => {
    fixture = await createClaimsTableFixture({ seed: true });
    answerer = new QuestionAnswerer(fixture.store, KNOWLEDGE);
    for (const q of ALL_QUESTIONS) answers.set(q, await answerer.answer(q));
  });
  afterAll(async () => {
    await fixture.drop();
  });

  const html = (a: Answer) => renderReply(a, { format: 'html', passages: 'short' });
  const firstLine = async (q: string) => renderReplyText(await answerer.answer(q), 'terminal').split('\n')[0] ?? '';

  it(`fits every reply of the question sets (${ALL_QUESTIONS.length} questions) in one valid Telegram message, a one-topic answer in ${SHORT_TOPIC_CHARS} characters`, () => {
    // Prepare
    const problems: string[] = [];

    // Act
    for (const [q, answer] of answers) {
      const reply = html(answer);
      const messages = packBlocks(reply.blocks);
      const text = messages.join('');
      if (messages.length !== 1) problems.push(`${q}: ${messages.length} messages`);
      for (const p of telegramHtmlProblems(text)) problems.push(`${q}: ${p}`);
      if (visibleLength(text) > MESSAGE_CHARS) problems.push(`${q}: ${visibleLength(text)} characters`);
      if (answer.topics.length === 1 && visibleLength(text) > SHORT_TOPIC_CHARS) problems.push(`${q}: one topic in ${visibleLength(text)} characters`);
      // No line of empty fields.
      if (/not stated|not attributed|unknown ·/.test(text)) problems.push(`${q}: an empty field is shown`);
      // Never an outlet named by its headline.
      for (const claim of answer.topics.flatMap((t) => t.claims)) if (claim.source.outlet === null && text.includes(`“${claim.source.headline}”`)) problems.push(`${q}: headline as outlet`);
    }

    // Assess
    expect(problems).toEqual([]);
  });

  it('puts a figure in the first line of every answer whose first topic gives one', () => {
    // Prepare
    const missing: string[] = [];

    // Act
    for (const [q, answer] of answers) {
      const topic = answer.topics[0];
      if (!answer.answered || topic === undefined || !topic.claims.some((c) => c.figure !== null)) continue;
      const first = renderReplyText(answer, 'terminal').split('\n')[0] ?? '';
      if (!/\d/.test(first)) missing.push(`${q}: ${first}`);
    }

    // Assess
    expect(missing).toEqual([]);
  });

  it('names and judges the figure the user states, whenever the answer gives figures of that kind', () => {
    // Prepare
    const unjudged: string[] = [];

    // Act
    for (const [q, answer] of answers) {
      const stated = readStatedClaim(parseQuestion(q, VOCABULARY), VOCABULARY).figure;
      const topic = answer.topics[0];
      if (stated === null || topic?.check?.kind !== 'figure') continue;
      const first = renderReplyText(answer, 'terminal').split('\n')[0] ?? '';
      if (!first.includes(formatStated(stated))) unjudged.push(`${q}: ${first}`);
      if (!/^(?:Yes|No|Not confirmed|It depends|Supported|Contradicted|The sources|\w+’s figures differ)/.test(first)) unjudged.push(`${q}: no verdict in "${first}"`);
    }

    // Assess
    expect(unjudged).toEqual([]);
  });

  it('judges the claims of the fact-check sets above their floors (dev tuned on, held-out never)', async () => {
    // Prepare
    const score = async (set: typeof FACT_CHECK_DEV) => {
      let passed = 0;
      for (const c of set) if (checkFactCheck(c, await answerer.answer(c.question)).length === 0) passed++;
      return passed / set.length;
    };

    // Act
    const [dev, heldOut] = [await score(FACT_CHECK_DEV), await score(FACT_CHECK_HELD_OUT)];

    // Assess
    console.log(`fact-check set scores: dev ${(100 * dev).toFixed(1)}%, held-out ${(100 * heldOut).toFixed(1)}%`);
    expect(FACT_CHECK_DEV.length + FACT_CHECK_HELD_OUT.length).toBeGreaterThanOrEqual(80);
    expect(dev).toBeGreaterThanOrEqual(FACT_CHECK_FLOORS.dev);
    expect(heldOut).toBeGreaterThanOrEqual(FACT_CHECK_FLOORS.heldOut);
  });

  it('never answers a subject no claim has with everything a speaker said', async () => {
    // Act
    const answers = await Promise.all(['What did Putin say about the population of Mars?', 'Call me on +44 20 7946 0958 or anna@example.com about the population of Mars'].map((q) => answerer.answer(q)));

    // Assess
    for (const answer of answers) expect(answer.answered).toBe(false);
  });

  it('says no source gives the rumour’s figure, and what they do give', async () => {
    // Act
    const first = await firstLine('China lost 14 million in WWII?');

    // Assess
    expect(first).toMatch(/^No\b/);
    expect(first).toContain('no source gives 14 million');
    expect(first).toContain('37 million');
    expect(first).toContain('15–20 million');
    expect(first).toContain('Putin');
  });

  it('reads a hedge for what it is: more than 24 neither confirms nor rules out 29, but rules out 20', async () => {
    // Act
    const twentyNine = await firstLine('Did 29 foreign leaders attend?');
    const twenty = await firstLine('Did 20 foreign leaders attend the Victory Day parade?');

    // Assess
    expect(twentyNine).toMatch(/neither confirms nor rules out 29/);
    expect(twentyNine).toContain('more than 24');
    expect(twenty).toMatch(/^No\b/);
  });

  it('answers "did Putin say 37 million" with yes, and adds the other source’s different figure', async () => {
    // Act
    const yes = await firstLine('Is it true that Putin said 37 million Chinese died?');
    const no = await firstLine('Did Putin say 14 million Chinese died?');

    // Assess
    expect(yes).toMatch(/^Yes: Putin said 37 million/);
    expect(yes).toMatch(/different figure: an estimated 15–20 million \(RT/);
    expect(no).toMatch(/^No: Putin said 37 million .*not 14 million/);
  });

  it('answers a comparison per source, and says when it depends on the source', async () => {
    // Act
    const answer = await answerer.answer('Did the USSR or China lose more people?');
    const first = renderReplyText(answer, 'terminal').split('\n')[0] ?? '';

    // Assess
    expect(first).toMatch(/^It depends on the source/);
    expect(first).toMatch(/by Putin’s figures, higher for China \(37 million vs 27 million/);
    expect(first).toMatch(/by RT’s figures, higher for the Soviet Union/);
    expect(answer.comparison?.dependsOnSource).toBe(true);
  });

  it('answers a yes/no statement only when a claim says it, with who reports it', async () => {
    // Act
    const yes = await firstLine('Did Putin say the sacrifices of our nations must never be forgotten?');
    const no = await firstLine('did china back the western sanctions on russia?');

    // Assess
    expect(yes).toMatch(/^Yes, MENAFN .*reports: Putin said/);
    expect(no).toMatch(/^No, MENAFN reports: China has consistently refused/);
  });

  it('leads a near miss with what no source gives, then the related figures in compact lines', async () => {
    // Act
    const text = renderReplyText(await answerer.answer('How many Soviet soldiers died in WWII?'), 'terminal');

    // Assess
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^No source gives a figure for soldiers alone/);
    expect(lines.filter((l) => l.startsWith('• ') && /27 million/.test(l)).length).toBeGreaterThanOrEqual(3);
    expect(text).not.toContain('  | ');
  });

  it('counts outlets that republish one origin once, and names the origin', async () => {
    // Act
    const text = renderReplyText(await answerer.answer('How many Chinese died in WWII?'), 'terminal');

    // Assess
    expect(text).toContain('PUREWILAYAH.COM via RT');
    expect(text.split('\n')[0]).toMatch(/\(RT, war with Japan from 1937\)/);
  });
});
