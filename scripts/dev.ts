/**
 * `npm run dev`: the same bot as the Lambda, in long polling, against the
 * embedded DynamoDB Local seeded from data/ (or CLAIMS_TABLE when set, like
 * `npm start`).
 *
 * Public interface (keep stable):
 *   BOT_TOKEN          required, the token from BotFather
 *   TELEGRAM_API_ROOT  optional, a local Bot API server or a test double
 *
 * Against any Bot API-compatible server it calls getMe, deleteWebhook and
 * getUpdates (telegraf's launch), then sendMessage / answerInlineQuery.
 * Note that deleteWebhook switches a deployed bot to polling: run dev with a
 * separate test bot, or redeploy afterwards to restore the webhook.
 *
 * Ctrl-C (SIGINT) or SIGTERM stops polling and the database; DynamoDB Local's
 * watchdog guarantees no Java process outlives us even on a hard kill.
 */
import { QuestionAnswerer } from '../lambdas/core/answer/question-answerer';
import { createFactCheckBot } from '../lambdas/bot/create-fact-check-bot';
import { createLogger } from '../lambdas/bot/structured-log';
import { openClaimsTable, type OpenTable } from './lib/claims-table';

const EXIT_USAGE = 2;

async function main(): Promise<void> {
  const token = process.env.BOT_TOKEN?.trim();
  if (!token) {
    console.error(
      [
        'npm run dev needs BOT_TOKEN: the token BotFather gave you for a test bot.',
        '  BOT_TOKEN=123456789:AA... npm run dev',
        'Optional: TELEGRAM_API_ROOT=http://127.0.0.1:8081 for a local Bot API server or a test double.',
      ].join('\n'),
    );
    process.exit(EXIT_USAGE);
  }
  const apiRoot = process.env.TELEGRAM_API_ROOT?.trim() || undefined;
  if (apiRoot !== undefined && !URL.canParse(apiRoot)) {
    console.error(`TELEGRAM_API_ROOT is not a URL: ${apiRoot}`);
    process.exit(EXIT_USAGE);
  }

  // Logs are JSON lines on stderr (as in Lambda); stdout carries the few human lines.
  const log = createLogger({ base: { service: 'factcheck-dev' }, secrets: () => [token], sink: (_level, line) => console.error(line) });

  console.log('Starting the database and seeding it from data/ …');
  const table: OpenTable = await openClaimsTable();
  console.log(`Claims: ${table.description}`);

  const bot = createFactCheckBot({
    token,
    answerer: new QuestionAnswerer(table.store, table.knowledge),
    store: table.store,
    log,
    exampleQuestions: table.knowledge.guide.examples,
    ...(table.knowledge.guide.localExamples ? { localExamples: table.knowledge.guide.localExamples } : {}),
    ...(apiRoot ? { apiRoot } : {}),
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the bot and the database …`);
    try {
      bot.stop(signal);
    } catch {
      // Not running yet (still in getMe/deleteWebhook): nothing to stop.
    }
    await table.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    // launch(): getMe, deleteWebhook, then getUpdates until stop(). Resolves only when polling ends.
    await bot.launch(() => console.log(`Bot @${bot.botInfo?.username ?? '?'} is polling${apiRoot ? ` ${apiRoot}` : ''}. Press Ctrl-C to stop.`));
  } catch (err) {
    if (stopping) return;
    const description = err instanceof Error ? err.message : String(err);
    console.error(`The bot stopped: ${description.replace(token, '[REDACTED]')}`);
    await table.close();
    process.exit(1);
  }
}

void main();
