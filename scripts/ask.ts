/**
 * npm run ask -- "How many Chinese died in WWII?"     one answer, as the bot would reply
 * npm run ask -- --json "question"                      one JSON object
 * npm run ask -- --json < questions.txt                 one JSON object per input line (blank lines too), in order
 * npm run ask -- --full "question"                      the answer with every passage and its provenance (Show passages)
 * npm run ask -- --explain "question"                   how the question was read, and why each claim was kept or dropped
 *
 * Uses the embedded DynamoDB Local (started once for the whole batch) unless
 * CLAIMS_TABLE names a table. Only answers go to stdout; progress and errors
 * go to stderr so `--json` output can be piped straight into jq.
 */
import { createInterface } from 'node:readline';
import { QuestionAnswerer } from '../lambdas/core/answer/question-answerer';
import { renderReplyText } from '../lambdas/core/answer/render-answer';
import { toPublicJson } from '../lambdas/core/answer/public-json';
import { explainMessage } from '../lambdas/core/answer/explain-answer';
import { DatasetValidationError } from '../lambdas/core/dataset/load-dataset';
import { openClaimsTable } from './lib/claims-table';

const USAGE = `Usage:
  npm run ask -- "How many Chinese died in WWII?"
  npm run ask -- --json "What did Xi say in Moscow?"
  npm run ask -- --json < questions.txt     (one question per line)
  npm run ask -- --full "How many Chinese died in WWII?"
  npm run ask -- --explain "What did Xi say in Moscow?"`;

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const explain = argv.includes('--explain');
  const full = argv.includes('--full');
  const unknown = argv.find((a) => a.startsWith('--') && !['--json', '--explain', '--full'].includes(a));
  const question = argv.filter((a) => !a.startsWith('--')).join(' ').trim();
  if (unknown || argv.includes('-h') || (!question && !json)) {
    console.error(unknown ? `Unknown option ${unknown}\n${USAGE}` : USAGE);
    return 2;
  }

  const table = await openClaimsTable();
  try {
    const answerer = new QuestionAnswerer(table.store, table.knowledge);
    const answerOne = async (q: string) => {
      if (explain) return explainMessage(q, answerer);
      const answer = await answerer.answer(q);
      return json ? JSON.stringify(toPublicJson(answer)) : renderReplyText(answer, 'terminal', { color: process.stdout.isTTY, passages: full ? 'full' : 'short' });
    };
    if (question) {
      process.stdout.write(`${await answerOne(question)}\n`);
      return 0;
    }
    // Batch mode: strictly one output line per input line, blank ones included
    // (they come back unanswered), so line N of the output answers line N.
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      process.stdout.write(`${await answerOne(line.trim())}\n`);
    }
    return 0;
  } finally {
    await table.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof DatasetValidationError ? error.message : `ask failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
