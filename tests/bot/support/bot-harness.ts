/**
 * The real bot (real answerer over a seeded DynamoDB Local table) wired to the
 * recording fake Bot API, for tests that feed it updates.
 */
import type { Telegraf } from 'telegraf';
import type { Update } from 'telegraf/types';
import { QuestionAnswerer } from '../../../lambdas/core/answer/question-answerer';
import { botInfoFromConfig, createFactCheckBot, type FactCheckBotDeps, type QuestionAnswering } from '../../../lambdas/bot/create-fact-check-bot';
import { createLogger } from '../../../lambdas/bot/structured-log';
import type { ClaimsStore } from '../../../lambdas/core/store/claims-store';
import { BOT_USER, startFakeBotApi, type FakeBotApi } from '../../support/fake-bot-api';
import { createClaimsTableFixture, type ClaimsTableFixture } from '../../support/claims-table-fixture';
import { KNOWLEDGE } from '../../support/knowledge';

export const TEST_TOKEN = `${BOT_USER.id}:AAHfakeTokenForTests_0123456789abcdef`;

export interface BotHarness {
  readonly api: FakeBotApi;
  readonly table: ClaimsTableFixture;
  readonly answerer: QuestionAnswerer;
  readonly logLines: string[];
  /** A bot over the seeded table; override any dependency. */
  bot(overrides?: Partial<FactCheckBotDeps>): Telegraf;
  send(bot: Telegraf, update: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export async function startBotHarness(): Promise<BotHarness> {
  const [api, table] = await Promise.all([startFakeBotApi(), createClaimsTableFixture({ seed: true })]);
  const answerer = new QuestionAnswerer(table.store, KNOWLEDGE);
  const logLines: string[] = [];
  const log = createLogger({ sink: (_l, line) => logLines.push(line), minLevel: 'debug', secrets: () => [TEST_TOKEN] });
  return {
    api,
    table,
    answerer,
    logLines,
    bot: (overrides = {}) =>
      createFactCheckBot({
        token: TEST_TOKEN,
        answerer,
        store: table.store,
        log,
        exampleQuestions: KNOWLEDGE.guide.examples,
        ...(KNOWLEDGE.guide.localExamples ? { localExamples: KNOWLEDGE.guide.localExamples } : {}),
        botInfo: botInfoFromConfig(BOT_USER.id, BOT_USER.username),
        apiRoot: api.apiRoot,
        sleep: async () => undefined,
        ...overrides,
      }),
    send: (bot, update) => bot.handleUpdate(update as unknown as Update),
    close: async () => {
      await Promise.all([api.close(), table.drop()]);
    },
  };
}

/** An answerer whose store is down. */
export const failingAnswerer: QuestionAnswering = {
  answer: async () => {
    throw new Error('ProvisionedThroughputExceededException');
  },
};

export const failingStore: Pick<ClaimsStore, 'listSources'> = {
  listSources: async () => {
    throw new Error('ResourceNotFoundException');
  },
};
