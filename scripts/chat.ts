/**
 * npm start: an interactive terminal chat with the bot's answering engine.
 * Starts DynamoDB Local in memory, seeds it from data/, and prints each answer
 * exactly as the bot would word it, rendered for a terminal. Ctrl-C or Ctrl-D
 * stops it and the database.
 */
import { createInterface } from 'node:readline';
import { QuestionAnswerer } from '../lambdas/core/answer/question-answerer';
import { renderReplyText } from '../lambdas/core/answer/render-answer';
import { DatasetValidationError } from '../lambdas/core/dataset/load-dataset';
import { openClaimsTable, type OpenTable } from './lib/claims-table';

const color = Boolean(process.stdout.isTTY);
const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[22m` : s);

async function main(): Promise<void> {
  console.log(dim('Starting the claims database…'));
  let table: OpenTable;
  try {
    table = await openClaimsTable();
  } catch (error) {
    console.error(error instanceof DatasetValidationError ? error.message : `Could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return;
  }
  const answerer = new QuestionAnswerer(table.store, table.knowledge);
  const seeded = table.seedReport ? `, ${table.seedReport.added.length + table.seedReport.unchanged} claims` : '';
  console.log(dim(`Ready (${table.description}${seeded}). Ask about Putin, Xi and the Second World War.`));
  console.log(dim(`Try: ${table.knowledge.guide.examples.slice(0, 3).join(' · ')}`));
  console.log(dim('Type help for examples, sources to list the sources, quit or Ctrl-D to leave.\n'));

  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: color ? '\x1b[1m?\x1b[22m ' : '? ' });
  // Ctrl-C (a TTY's SIGINT comes through readline, a plain signal through the
  // process) and Ctrl-D both just end the loop; shutdown happens once, after
  // any answer in flight has been printed.
  const stop = () => rl.close();
  rl.on('SIGINT', stop);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  rl.prompt();
  for await (const line of rl) {
    const question = line.trim();
    const command = question.toLowerCase().replace(/^\//, '');
    if (['quit', 'exit', 'bye'].includes(command)) break;
    if (command === 'help') {
      console.log(`${table.knowledge.guide.summary}\nTry:\n${table.knowledge.guide.examples.map((q) => `  ${q}`).join('\n')}\nType sources to list the sources, quit or Ctrl-D to leave.\n`);
    } else if (command === 'sources') {
      for (const s of await table.store.listSources()) console.log(`• ${s.outlet ?? 'Unknown outlet'}${s.origin ? ` via ${s.origin}` : ''}, ${s.published ?? 'date unknown'}: ${s.headline}`);
    } else if (question) {
      try {
        console.log(`${renderReplyText(await answerer.answer(question), 'terminal', { color })}\n`);
      } catch (error) {
        console.log(`I can't reach my sources right now (${error instanceof Error ? error.message : String(error)}).`);
      }
    }
    rl.prompt();
  }
  rl.close();
  await table.close();
  console.log(dim('\nBye.'));
  // stdin may still be an open pipe; nothing else is left to wait for.
  process.exit(0);
}

void main();
