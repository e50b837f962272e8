import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../lambdas/core/answer/answer-types';
import { toPublicJson } from '../../lambdas/core/answer/public-json';
import { QuestionAnswerer, groupByTopic, namesOf, shortNamesOf, unanswered } from '../../lambdas/core/answer/question-answerer';
import { NO_CLAIMS_MESSAGE, renderAnswer, renderReplyText, trimPassage } from '../../lambdas/core/answer/render-answer';
import { replyWords } from '../../lambdas/core/answer/reply-words';
import { loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { DATA_DIR } from '../../scripts/lib/claims-table';
import { InMemoryClaimsStore } from './in-memory-claims-store';
import { telegramHtmlProblems } from '../bot/telegram-html-validator';
import { testClaim } from './claim-fixtures';
import { KNOWLEDGE } from '../support/knowledge';

// eslint-disable-next-line no-control-regex -- looking for ANSI escapes is the point
const ANSI_OR_TAG = /\x1b\[|<b>/;

const LONG_PASSAGE =
  'The Russian president emphasized the immense human cost of WWII for both nations, noting that the Soviet Union lost 27 million lives and China 37 million in their respective struggles for freedom.';

function answerWith(...claims: ReturnType<typeof testClaim>[]): Answer {
  const topics = groupByTopic(claims, KNOWLEDGE);
  return { question: 'q', answered: true, topics, names: namesOf(topics, KNOWLEDGE), shortNames: shortNamesOf(topics, KNOWLEDGE), guide: KNOWLEDGE.guide };
}

describe('renderAnswer (HTML)', () => {
  it('leads with the answer in one line, then one compact line per claim, in valid Telegram HTML', () => {
    // Prepare
    const answer = answerWith(
      testClaim({ id: 'a', kind: 'figure', figure: { low: 37e6, high: 37e6, unit: 'deaths', qualifiers: ['as stated by Putin'] }, excerpt: LONG_PASSAGE }),
      testClaim({ id: 'b', kind: 'figure', speaker: null, figure: { low: 15e6, high: 20e6, unit: 'deaths', qualifiers: [] }, source: { id: 'other', outlet: 'PUREWILAYAH.COM', origin: 'RT' } }),
    );

    // Act
    const blocks = renderAnswer(answer, { format: 'html', passages: 'short' });

    // Assess
    for (const block of blocks) expect(telegramHtmlProblems(block)).toEqual([]);
    const lines = blocks.join('\n').split('\n');
    expect(lines[0]).toMatch(/^<b>Sources differ: 15–20 million \(RT.*\) vs 37 million \(Putin, via Test Outlet, 8 May 2025\)<\/b>$/);
    expect(lines[1]).toContain('<i>Test topic · 2 sources</i>');
    const putin = lines.find((b) => b.includes('<b>37 million deaths</b>'));
    expect(putin).toMatch(/^• <b>37 million deaths<\/b> — Putin, Moscow, 8 May 2025 · Test Outlet$/);
    expect(lines.find((b) => b.includes('<b>15–20 million deaths</b>'))).toContain('PUREWILAYAH.COM via RT');
    // No passages and no empty fields in the short answer.
    expect(blocks.join('\n')).not.toMatch(/blockquote|not stated|not attributed/);
  });

  it('escapes every &, < and > coming from data', () => {
    // Prepare
    const hostile = testClaim({ text: 'A <script>alert(1)</script> & <b>bold</b>', excerpt: '<i>x</i> & y > z', topic: 'T&C <u>', source: { outlet: 'A&B <Media>', headline: '<h1>' } });

    // Act
    const blocks = renderAnswer(answerWith(hostile), { format: 'html', passages: 'full' });

    // Assess
    for (const block of blocks) expect(telegramHtmlProblems(block)).toEqual([]);
    const html = blocks.join('\n');
    expect(html).toContain('A &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(html).toContain('&lt;i&gt;x&lt;/i&gt; &amp; y &gt; z');
    expect(html).toContain('A&amp;B &lt;Media&gt;');
    expect(html).not.toContain('<script>');
  });

  it('keeps passages for the full rendering, verbatim, with the headline and publication date', () => {
    // Prepare
    const answer = answerWith(testClaim({ excerpt: LONG_PASSAGE }));

    // Act
    const short = renderAnswer(answer, { format: 'terminal', passages: 'short' }).join('\n');
    const full = renderAnswer(answer, { format: 'terminal', passages: 'full' }).join('\n');

    // Assess
    expect(short).not.toContain('struggles for freedom');
    expect(full).toContain(LONG_PASSAGE);
    expect(full).toContain('published 8 May 2025');
  });

  it('answers politely when there is nothing sourced, with what it knows and examples', () => {
    // Prepare
    const answer = unanswered("What's the weather?", KNOWLEDGE);

    // Act
    const html = renderAnswer(answer, { format: 'html', passages: 'short' });
    const text = renderReplyText(answer, 'terminal');

    // Assess
    for (const block of html) expect(telegramHtmlProblems(block)).toEqual([]);
    expect(text).toContain(NO_CLAIMS_MESSAGE);
    expect(text).toContain('death tolls for China and the Soviet Union');
    for (const q of KNOWLEDGE.guide.examples.slice(0, 3)) expect(text).toContain(q);
  });
});

describe('renderAnswer in the reader’s language', () => {
  let answerer: QuestionAnswerer;
  beforeAll(async () => {
    const dataset = await loadDataset(DATA_DIR);
    answerer = new QuestionAnswerer(new InMemoryClaimsStore(dataset.claims, dataset.sources), KNOWLEDGE);
  });
  const englishOnly = replyWords('ru').claimsInEnglish ?? '';

  it('answers a Russian figure question with the curators’ Russian topic, qualifiers, unit and sentences, and no English-only note', async () => {
    // Prepare
    const answer = await answerer.answer('Сколько китайцев погибло во Второй мировой?');

    // Act
    const short = renderReplyText(answer, 'terminal');
    const full = renderReplyText(answer, 'terminal', { passages: 'full' });

    // Assess
    expect(englishOnly).not.toBe('');
    expect(short).toContain('Число погибших в Китае во Второй мировой войне · 2 источника');
    expect(short).toContain('• по оценкам, 15–20 млн погибших (война с Японией с 1937 года; военные (коммунисты и националисты) и мирные жители)');
    // The verdict names the scope that explains the gap in Russian too.
    expect(short.split('\n')[0]).toMatch(/^Источники расходятся: .*\(RT, война с Японией с 1937 года\)/);
    expect(full).toContain('Путин сказал, что Китай потерял во Второй мировой войне 37 миллионов человек.');
    expect(full).toContain('по словам Путина; период не указан');
    for (const text of [short, full]) {
      expect(text).not.toContain(englishOnly);
      expect(text).not.toMatch(/Chinese deaths|war with Japan|lives lost|as stated by|deaths/);
    }
    // The passages stay the article's own words.
    expect(full).toContain('China’s war against Imperial Japan, beginning in 1937');
  });

  it('keeps the English of what no curator translated, and then says once that claims are English', () => {
    // Prepare
    const claims = [
      testClaim({ id: 'a', kind: 'figure', topic: 'Test topic', figure: { low: 37e6, high: 37e6, unit: 'deaths', qualifiers: ['period not specified', 'lives lost'] }, text: 'Putin said 37 million died.' }),
      testClaim({ id: 'b', kind: 'statement', topic: 'Untranslated topic', text: 'Putin said something else.' }),
    ];
    const answer: Answer = {
      ...answerWith(...claims),
      language: 'ru',
      translations: { a: 'Путин сказал, что погибли 37 миллионов.' },
      topicTranslations: { 'Test topic': 'Тестовая тема' },
      qualifierTranslations: { 'lives lost': 'погибшие' },
    };

    // Act
    const text = renderReplyText(answer, 'terminal', { passages: 'full' });

    // Assess
    expect(text).toContain('== Тестовая тема ==');
    expect(text).toContain('== Untranslated topic ==');
    expect(text).toContain('(period not specified; погибшие)');
    expect(text).toContain('Путин сказал, что погибли 37 миллионов.');
    expect(text).toContain('Putin said something else.');
    expect(text.split(englishOnly)).toHaveLength(2);
  });
});

describe('renderReplyText (terminal)', () => {
  it('is plain text, with ANSI bold only when asked for', () => {
    // Prepare
    const answer = answerWith(testClaim({ text: 'Putin said <this> & that.' }));

    // Act
    const plain = renderReplyText(answer, 'terminal');
    const colored = renderReplyText(answer, 'terminal', { color: true });

    // Assess
    expect(plain).toContain('Putin said <this> & that.');
    expect(plain).not.toMatch(ANSI_OR_TAG);
    expect(colored).toContain('\x1b[1m');
  });
});

describe('trimPassage', () => {
  it('leaves short passages alone and never cuts inside a word', () => {
    // Prepare
    const words = 'alpha beta gamma delta epsilon';

    // Act
    const kept = trimPassage(words, 100);
    const cut = trimPassage(words, 14);

    // Assess
    expect(kept).toBe(words);
    expect(cut).toBe('alpha beta…');
  });
});

describe('toPublicJson', () => {
  it('flattens claims with display names, and answered is false exactly when there are none', () => {
    // Prepare
    const answer = answerWith(testClaim({ id: 'a' }), testClaim({ id: 'b', topic: 'Other', speaker: null, place: null }));

    // Act
    const json = toPublicJson(answer);
    const none = toPublicJson(unanswered('nothing', KNOWLEDGE));

    // Assess
    expect(json.answered).toBe(true);
    expect(json.claims.map((c) => [c.id, c.speaker, c.place])).toEqual([
      ['a', 'Vladimir Putin', 'Moscow'],
      ['b', null, null],
    ]);
    expect(json.claims[0]?.source).toEqual({ id: 'test-source', outlet: 'Test Outlet', origin: null, url: null, published: '2025-05-08', document: 'test.txt' });
    expect(json.reply).not.toMatch(ANSI_OR_TAG);
    expect(none).toMatchObject({ question: 'nothing', answered: false, claims: [] });
    expect(none.reply).toContain(NO_CLAIMS_MESSAGE);
  });
});
