import { describe, expect, it } from 'vitest';
import { RU, ZH } from '../../lambdas/core/answer/reply-words';
import { displayedQualifiers, formatFigure, formatRange, judgeTopic, sourceLabel } from '../../lambdas/core/answer/topic-verdict';
import { namesIn } from '../../lambdas/core/answer/source-voice';
import { testClaim } from './claim-fixtures';
import { KNOWLEDGE } from '../support/knowledge';

const toll = (id: string, low: number, high: number, qualifiers: string[], source: { id: string; outlet: string | null; origin?: string | null }, speaker: string | null = null) =>
  testClaim({ id, kind: 'figure', speaker, subjects: ['china'], figure: { low, high, unit: 'deaths', qualifiers }, source: { origin: null, ...source } });

describe('formatRange and formatFigure', () => {
  it.each([
    [27_000_000, 27_000_000, false, '27 million'],
    [15_000_000, 20_000_000, false, '15–20 million'],
    [15_000_000, 20_000_000, true, '15–20M'],
    [1_500_000, 1_500_000, false, '1.5 million'],
    [14_000, 14_000, false, '14,000'],
    [7, 7, false, '7'],
  ])('%d–%d (compact %s) → %s', (low, high, compact, expected) => {
    // Prepare / Act
    const text = formatRange(low, high, compact);

    // Assess
    expect(text).toBe(expected);
  });

  it('hedges only as the qualifiers do, and "more than" only for the very number', () => {
    // Prepare
    const about = { low: 27e6, high: 27e6, unit: 'deaths', qualifiers: ['approximately'] };
    const moreThan = { low: 7, high: 7, unit: 'hours', qualifiers: ['more than seven hours'] };
    const overDozen = { low: 24, high: 24, unit: 'leaders', qualifiers: ['over two dozen'] };
    const notThisNumber = { low: 25, high: 25, unit: 'leaders', qualifiers: ['over two dozen'] };
    const estimatedRange = { low: 15e6, high: 20e6, unit: 'deaths', qualifiers: ['estimated', 'war with Japan from 1937'] };
    const notAHedge = { low: 8, high: 8, unit: 'days', qualifiers: ['around Victory Day'] };

    // Act
    const texts = [about, moreThan, overDozen, notThisNumber, estimatedRange, notAHedge].map((f) => formatFigure(f));
    const compact = [about, overDozen, estimatedRange].map((f) => formatFigure(f, { compact: true }));

    // Assess
    expect(texts).toEqual(['about 27 million', 'more than 7 hours', 'more than 24 leaders', '25 leaders', 'an estimated 15–20 million', '8 days']);
    expect(compact).toEqual(['~27M', '>24 leaders', '~15–20M']);
  });

  it('shows a span of dates as the dates, never as a count of days', () => {
    // Prepare
    const span = { low: 7, high: 10, unit: 'May 2025', qualifiers: ['dates of the scheduled visit to Russia'] };

    // Act
    const texts = [formatFigure(span), formatFigure(span, { compact: true }), formatFigure({ ...span, low: 9, high: 9 })];

    // Assess
    expect(texts).toEqual(['7–10 May 2025', '7–10 May 2025', '9 May 2025']);
  });

  it('writes a curator’s translation of the unit as the reply’s language counts it (Russian case after "более", "около")', () => {
    // Prepare
    const units: Record<string, string | string[]> = { leaders: ['лидер', 'лидера', 'лидеров'], hours: ['час', 'часа', 'часов'], deaths: ['погибший', 'погибших', 'погибших'] };
    const unit = (u: string) => units[u];
    const figure = (low: number, unitName: string, qualifiers: string[] = []) => ({ low, high: low, unit: unitName, qualifiers });

    // Act
    const ru = [
      figure(21, 'leaders'),
      figure(24, 'leaders'),
      figure(25, 'leaders'),
      figure(24, 'leaders', ['over two dozen']),
      figure(21, 'leaders', ['approximately']),
      figure(7, 'hours', ['more than seven hours']),
      figure(27e6, 'deaths', ['estimated']),
    ].map((f) => formatFigure(f, { words: RU, unit, withUnit: true }));
    const zh = formatFigure(figure(7, 'hours', ['more than seven hours']), { words: ZH, unit: () => '小时' });
    const untranslated = [formatFigure(figure(30, 'days'), { words: RU, unit }), formatFigure(figure(27e6, 'deaths'), { words: RU, withUnit: true })];

    // Assess
    expect(ru).toEqual(['21 лидер', '24 лидера', '25 лидеров', 'более 24 лидеров', 'около 21 лидера', 'более 7 часов', 'по оценкам, 27 млн погибших']);
    expect(zh).toBe('超过7小时');
    // Without a translation the English unit stays, and an English "deaths" is left out rather than mixed in.
    expect(untranslated).toEqual(['30 days', '27 млн']);
  });

  it('does not repeat a bare hedge among the qualifiers it already reads with', () => {
    // Prepare
    const estimated = { low: 14_000, high: 14_000, unit: 'troops', qualifiers: ['estimated', 'Russian troops'] };
    const over = { low: 24, high: 24, unit: 'leaders', qualifiers: ['over two dozen', 'expected to attend'] };

    // Act
    const shown = [displayedQualifiers(estimated), displayedQualifiers(over)];

    // Assess
    expect(shown).toEqual([['Russian troops'], ['over two dozen', 'expected to attend']]);
  });
});

describe('judgeTopic', () => {
  it('says sources differ, with who said what and the scope that explains the gap', () => {
    // Prepare
    const claims = [
      toll('a', 37e6, 37e6, ['lives lost', 'as stated by Putin', 'period not specified'], { id: 'menafn', outlet: 'MENAFN' }, 'putin'),
      toll('b', 15e6, 20e6, ['estimated', 'war with Japan from 1937'], { id: 'pw', outlet: 'PUREWILAYAH.COM', origin: 'RT' }),
    ];

    // Act
    const { verdict, spread } = judgeTopic(claims, KNOWLEDGE);

    // Assess
    expect(verdict).toBe('Sources differ: an estimated 15–20 million (RT, 8 May 2025, war with Japan from 1937) vs 37 million (Putin, via MENAFN, 8 May 2025)');
    expect(spread).toBe('2 sources: ~15–20M vs 37M');
  });

  it('words a verdict again only for other claims or other names: the same claims give the same verdict, a changed claim a new one', () => {
    // Prepare
    const first = toll('a', 27e6, 27e6, ['approximately'], { id: 's1', outlet: 'One' });
    const second = toll('b', 27e6, 27e6, [], { id: 's2', outlet: 'Two' });
    const revised = { ...second, figure: { ...second.figure!, low: 15e6, high: 20e6 } };

    // Act
    const once = judgeTopic([first, second], KNOWLEDGE);
    const again = judgeTopic([first, second], KNOWLEDGE);
    const changed = judgeTopic([first, revised], KNOWLEDGE);
    const fewer = judgeTopic([first], KNOWLEDGE);
    const inRussian = judgeTopic([first, second], namesIn(KNOWLEDGE, 'ru'));

    // Assess
    expect(again).toEqual(once);
    expect(once.verdict).toMatch(/^2 sources agree/);
    expect(changed.verdict).toMatch(/^Sources differ/);
    expect(fewer.verdict).not.toBe(once.verdict);
    expect(inRussian.verdict).not.toBe(once.verdict);
  });

  it('says sources agree when figures are within a few per cent', () => {
    // Prepare
    const claims = [
      toll('a', 27e6, 27e6, ['approximately'], { id: 's1', outlet: 'One' }),
      toll('b', 27e6, 27e6, [], { id: 's2', outlet: 'Two' }),
      toll('c', 26.5e6, 26.5e6, [], { id: 's3', outlet: 'Three' }),
    ];

    // Act
    const { verdict, spread } = judgeTopic(claims, KNOWLEDGE);

    // Assess
    expect(verdict).toBe('3 sources agree: about 26.5–27 million (Three, 8 May 2025; One, 8 May 2025; Two, 8 May 2025)');
    expect(spread).toBe('3 sources: ~26.5–27M');
  });

  it('counts sources, not claims, for quotes and statements, and says who reports them', () => {
    // Prepare
    const one = [testClaim({ id: 'a', speaker: 'xi', source: { outlet: 'MENAFN' } }), testClaim({ id: 'b', speaker: 'xi', source: { outlet: 'MENAFN' } })];
    const two = [testClaim({ id: 'a', speaker: null, source: { outlet: 'MENAFN' } }), testClaim({ id: 'b', speaker: null, source: { id: 'other', outlet: null, origin: null, url: null } })];

    // Act
    const verdicts = [judgeTopic(one, KNOWLEDGE), judgeTopic(two, KNOWLEDGE)];

    // Assess
    expect(verdicts).toEqual([
      { verdict: 'Xi said it, reported by MENAFN alone (8 May 2025)', spread: '1 source' },
      { verdict: 'Reported by 2 sources: MENAFN; an unnamed outlet', spread: '2 sources' },
    ]);
  });

  it('names at most three voices per figure, then how many more, so a verdict stays one line', () => {
    // Prepare: thirty outlets agreeing on one toll.
    const claims = Array.from({ length: 30 }, (_, i) => toll(`t${i}`, 27e6, 27e6, [], { id: `s${i}`, outlet: `Outlet ${i}` }));

    // Act
    const { verdict } = judgeTopic(claims, KNOWLEDGE);

    // Assess
    expect(verdict).toMatch(/^30 sources agree: 27 million \(Outlet \d+, 8 May 2025; Outlet \d+, 8 May 2025; Outlet \d+, 8 May 2025; and 27 more\)$/);
  });

  it('counts outlets that republish one origin as one origin', () => {
    // Prepare
    const claims = [
      testClaim({ id: 'a', speaker: 'xi', source: { id: 'copy-1', outlet: 'PUREWILAYAH.COM', origin: 'RT' } }),
      testClaim({ id: 'b', speaker: 'xi', source: { id: 'copy-2', outlet: 'Another Site', origin: 'RT' } }),
    ];

    // Act
    const { verdict, spread } = judgeTopic(claims, KNOWLEDGE);

    // Assess
    expect(verdict).toBe('Xi said it, reported by 2 outlets, 1 origin (RT): PUREWILAYAH.COM/RT; Another Site/RT — one story, not independent confirmation');
    expect(spread).toBe('2 outlets, 1 origin: RT');
  });

  it('never calls two figures of one article a disagreement between sources (a proposal and a condition)', () => {
    // Prepare
    const preview = { id: 'preview', outlet: null, origin: null, headline: 'Xi Jinping to Join Putin in Moscow for Historic Victory Day Celebration' };
    const claims = [
      testClaim({ id: 'putin-ceasefire', kind: 'figure', speaker: 'putin', figure: { low: 8, high: 10, unit: 'May 2025', qualifiers: ['dates of the temporary ceasefire proposed by Putin'] }, source: preview }),
      testClaim({ id: 'zelenskiy-truce', kind: 'figure', speaker: 'zelenskiy', figure: { low: 30, high: 30, unit: 'days', qualifiers: ['minimum truce Zelenskiy would consider'] }, source: preview }),
      testClaim({ id: 'putin-rejects', kind: 'statement', speaker: 'putin', source: preview }),
    ];

    // Act
    const { verdict, spread } = judgeTopic(claims, KNOWLEDGE);

    // Assess
    expect(verdict).not.toMatch(/differ|agree/);
    expect(verdict).toBe('1 source, an unnamed outlet — Putin: 8–10 May 2025; Zelenskiy: 30 days');
    expect(spread).toBe('1 source: 8–10 May 2025; 30 days');
  });

  it('counts every source of the topic, as the header does, when only some give a figure', () => {
    // Prepare
    const claims = [
      testClaim({ id: 'visit', kind: 'figure', speaker: null, figure: { low: 7, high: 10, unit: 'May 2025', qualifiers: [] }, source: { id: 'preview', outlet: 'Preview' } }),
      testClaim({ id: 'met', speaker: null, source: { id: 'menafn', outlet: 'MENAFN' } }),
      testClaim({ id: 'kremlin', speaker: null, source: { id: 'joint', outlet: 'Joint' } }),
      testClaim({ id: 'attended', speaker: null, source: { id: 'pw', outlet: 'PW' } }),
    ];

    // Act
    const { verdict } = judgeTopic(claims, KNOWLEDGE);

    // Assess
    expect(verdict).toBe('1 source: 7–10 May 2025 (Preview); 3 more sources report it without a figure');
  });

  it('compares spans of dates only with the same dates, and never with a count of days', () => {
    // Prepare
    const span = (id: string, low: number, high: number, source: string) =>
      testClaim({ id, kind: 'figure', speaker: null, figure: { low, high, unit: 'May 2025', qualifiers: [] }, source: { id: source, outlet: source } });

    // Act
    const same = judgeTopic([span('a', 7, 10, 'One'), span('b', 7, 10, 'Two')], KNOWLEDGE).verdict;
    const overlapping = judgeTopic([span('a', 7, 10, 'One'), span('b', 8, 10, 'Two')], KNOWLEDGE).verdict;

    // Assess
    expect(same).toBe('2 sources agree: 7–10 May 2025 (One; Two)');
    expect(overlapping).toBe('Sources differ: 7–10 May 2025 (One) vs 8–10 May 2025 (Two)');
  });
});

describe('sourceLabel', () => {
  it('names the outlet with its origin, its site, or “an unnamed outlet”, never by a headline', () => {
    // Prepare
    const withOrigin = testClaim({ source: { outlet: 'PUREWILAYAH.COM', origin: 'RT' } }).source;
    const unnamed = testClaim({ source: { outlet: null, origin: null, headline: 'Putin and Xi Issue Comprehensive Joint Statement after Meeting' } }).source;

    // Act
    const site = testClaim({ source: { outlet: null, origin: null, url: 'https://www.example.org/news/1' } }).source;
    const labels = [sourceLabel(withOrigin, 'long'), sourceLabel(withOrigin, 'short'), sourceLabel(unnamed, 'short'), sourceLabel(site, 'long')];

    // Assess
    expect(labels).toEqual(['PUREWILAYAH.COM via RT', 'PUREWILAYAH.COM/RT', 'an unnamed outlet', 'example.org']);
  });
});
