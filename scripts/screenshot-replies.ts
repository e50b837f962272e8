/**
 * npm run screenshots -- [--out=/tmp/replies] [questions.txt]
 *
 * Renders the bot's Telegram HTML replies as a phone shows them (a 390 px
 * wide chat bubble, Telegram's fonts and quote style, the buttons under it)
 * and takes a picture of each with headless Chromium (Debian's `chromium`).
 * For looking at replies, not for tests; the pictures stay out of the
 * repository (the default folder is under /tmp).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { QuestionAnswerer } from '../lambdas/core/answer/question-answerer';
import { renderReply } from '../lambdas/core/answer/render-answer';
import { packBlocks } from '../lambdas/bot/telegram-html';
import { replyWords } from '../lambdas/core/answer/reply-words';
import { openClaimsTable } from './lib/claims-table';

const DEFAULT_QUESTIONS = [
  'How many Chinese died in WWII?',
  'China lost 14 million in WWII?',
  'Did 29 foreign leaders attend?',
  'Is it true that Putin said 37 million Chinese died?',
  'Did the USSR or China lose more people?',
  'What did Putin say?',
  'How many Soviet soldiers died in WWII?',
  'What did Xi say in Moscow?',
  'Did Putin say the sacrifices of our nations must never be forgotten?',
  'did china back the western sanctions on russia?',
  'How many troops marched on Red Square in 2020?',
  'Why was the 2020 parade postponed?',
  'When did Xi visit Moscow?',
  'What did Zelensky propose?',
  'How many Chinese and Soviet citizens died in WWII?',
  "What's the weather in Moscow?",
  'What did Xi say in 2015?',
];

const PAGE_STYLE = `
  body { margin: 0; background: #8fb08a; font: 15px/1.35 -apple-system, "Noto Sans", "Noto Sans CJK SC", sans-serif; }
  .bubble { margin: 8px 10px 4px 10px; padding: 6px 9px 8px; background: #fff; border-radius: 12px 12px 12px 4px; max-width: 330px; white-space: pre-wrap; word-wrap: break-word; color: #000; }
  .bubble blockquote { margin: 4px 0; padding: 2px 8px; border-left: 3px solid #3390ec; background: #eef5fd; border-radius: 4px; }
  .bubble a { color: #168acd; text-decoration: none; }
  .question { margin: 8px 10px 4px auto; padding: 6px 9px; background: #effdde; border-radius: 12px 12px 4px 12px; max-width: 280px; white-space: pre-wrap; }
  .buttons { display: flex; gap: 4px; margin: 0 10px 8px 10px; max-width: 348px; }
  .buttons div { flex: 1; text-align: center; padding: 8px; background: rgba(0,0,0,.25); color: #fff; border-radius: 8px; font-size: 14px; }
  .meta { margin: 0 10px; font-size: 11px; color: #234; }
`;

const escape = (s: string) => s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

async function main(argv: string[]): Promise<number> {
  const out = argv.find((a) => a.startsWith('--out='))?.slice('--out='.length) ?? '/tmp/replies';
  const file = argv.find((a) => !a.startsWith('--'));
  const questions = file ? readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : DEFAULT_QUESTIONS;
  mkdirSync(out, { recursive: true });
  const table = await openClaimsTable();
  try {
    const answerer = new QuestionAnswerer(table.store, table.knowledge);
    for (const [i, question] of questions.entries()) {
      const answer = await answerer.answer(question);
      const reply = renderReply(answer, { format: 'html', passages: 'short' });
      const messages = packBlocks(reply.blocks);
      // The buttons as the bot labels them, in the reply's language.
      const w = replyWords(answer.language);
      const buttons = [...(answer.answered || (answer.related ?? []).length > 0 ? [w.showPassages] : []), ...(reply.moreTopics > 0 ? [w.moreTopics(reply.moreTopics)] : [])];
      const visible = messages.join('').replace(/<[^>]*>/g, '').length;
      const body = [
        `<div class="question">${escape(question)}</div>`,
        ...messages.map((m) => `<div class="bubble">${m}</div>`),
        buttons.length > 0 ? `<div class="buttons">${buttons.map((b) => `<div>${b}</div>`).join('')}</div>` : '',
        `<div class="meta">${messages.length} message(s), ${visible} characters</div>`,
      ].join('\n');
      const htmlFile = join(out, `${String(i + 1).padStart(2, '0')}.html`);
      writeFileSync(htmlFile, `<!doctype html><meta charset="utf-8"><style>${PAGE_STYLE}</style>${body}`);
      // Tall enough for the longest reply; the picture is cropped by the viewer, not the bot.
      const height = Math.min(4000, 200 + Math.ceil(visible / 38) * 21);
      const png = htmlFile.replace(/\.html$/, '.png');
      execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--window-size=390,${height}`, `--screenshot=${png}`, `file://${htmlFile}`], { stdio: 'ignore' });
      process.stderr.write(`${png}  ${visible} chars  ${question}\n`);
    }
    return 0;
  } finally {
    await table.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
