import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TELEGRAM_MESSAGE_LIMIT, escapeHtml, packBlocks, splitHtml, toWellFormed, truncatePlain } from '../../lambdas/bot/telegram-html';
import { isValidTelegramHtml, telegramHtmlProblems } from './telegram-html-validator';

describe('escapeHtml', () => {
  it('escapes the characters Telegram HTML reserves, and nothing else', () => {
    // Prepare
    const hostile = `<b>Tom & "Jerry"</b> > 'it's' &amp;`;

    // Act
    const escaped = escapeHtml(hostile);

    // Assess
    expect(escaped).toBe("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt; &gt; 'it's' &amp;amp;");
    expect(telegramHtmlProblems(escaped)).toEqual([]);
  });

  it('always yields valid Telegram HTML for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const escaped = escapeHtml(s);
        return s.trim() === '' || telegramHtmlProblems(escaped).filter((p) => !p.startsWith('longer')).length === 0;
      }),
      { numRuns: 500 },
    );
  });
});

describe('toWellFormed', () => {
  it('replaces lone surrogates and keeps pairs', () => {
    // Prepare
    const text = 'ok \ud83d\udc4d lone \ud83d and \udc4d';

    // Act
    const fixed = toWellFormed(text);

    // Assess
    expect(fixed).toBe('ok \ud83d\udc4d lone \ufffd and \ufffd');
  });
});

describe('packBlocks', () => {
  it('joins blocks that fit into one message', () => {
    // Prepare
    const blocks = ['<b>Topic</b>', 'claim one', 'verdict'];

    // Act
    const messages = packBlocks(blocks);

    // Assess
    expect(messages).toEqual(['<b>Topic</b>\n\nclaim one\n\nverdict']);
  });

  it('splits only between blocks when the blocks themselves fit', () => {
    // Prepare
    const block = (n: number) => `<b>Claim ${n}</b> ${'x'.repeat(1500)} <i>end ${n}</i>`;
    const blocks = [1, 2, 3, 4, 5].map(block);

    // Act
    const messages = packBlocks(blocks);

    // Assess
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(telegramHtmlProblems(m)).toEqual([]);
    // Every block survives whole, in order.
    expect(messages.join('\n\n')).toBe(blocks.join('\n\n'));
  });

  it('splits an oversize block inside itself, closing and reopening tags', () => {
    // Prepare
    const words = Array.from({ length: 2000 }, (_, i) => `w${i}&amp;`).join(' ');
    const block = `<blockquote><a href="https://example.org/?a=1&amp;b=2">link</a> <i>${words}</i></blockquote>`;

    // Act
    const messages = packBlocks([block]);

    // Assess
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages) expect(telegramHtmlProblems(m)).toEqual([]);
    expect(messages[1]?.startsWith('<blockquote><i>')).toBe(true);
  });

  it('chops a single word longer than a message without breaking surrogate pairs', () => {
    // Prepare
    const word = '\ud83d\ude00'.repeat(3000);

    // Act
    const messages = splitHtml(`<b>${word}</b>`, 100);

    // Assess
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(100);
      expect(toWellFormed(m)).toBe(m);
      expect(telegramHtmlProblems(m)).toEqual([]);
    }
  });

  it('drops empty blocks and never produces an empty message', () => {
    // Prepare
    const blocks = ['', '   ', '<b></b>', 'text'];

    // Act
    const messages = packBlocks(blocks);

    // Assess
    expect(messages).toEqual(['<b></b>\n\ntext']);
  });

  it('keeps every message valid and within the limit for arbitrary escaped blocks', () => {
    const blockArb = fc
      .tuple(fc.constantFrom('b', 'i', 'code', 'blockquote', 'u'), fc.string({ unit: 'grapheme', maxLength: 6000 }))
      .map(([tag, text]) => `<${tag}>${escapeHtml(text)}</${tag}> tail`);
    fc.assert(
      fc.property(fc.array(blockArb, { maxLength: 6 }), (blocks) => {
        const messages = packBlocks(blocks);
        return messages.every((m) => m.length <= TELEGRAM_MESSAGE_LIMIT && isValidTelegramHtml(m));
      }),
      { numRuns: 200 },
    );
  });
});

describe('truncatePlain', () => {
  it('cuts long text with an ellipsis and leaves short text alone', () => {
    // Prepare / Act / Assess
    expect(truncatePlain('short', 10)).toBe('short');
    expect(truncatePlain('a'.repeat(20), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
