/**
 * The Lambda entry point for Telegram's webhook (Function URL, payload 2.0).
 * The CDK stack points at this file and the `handler` export: keep both names.
 *
 * Module scope runs once per cold start: configuration is validated (a bad
 * environment fails the cold start, loudly), and the DynamoDB client, store,
 * answerer and ledger are built. The two secrets are read on the first
 * request through the Parameters and Secrets extension (localhost HTTP, no
 * second SDK client) and cached with the bot built from the token.
 *
 * A replaced token reaches the function two ways: a deploy with a new
 * `botTokenVersion` changes BOT_TOKEN_VERSION, so Lambda starts new
 * containers; and when Telegram answers 401 or 404 for the cached token (it
 * was revoked), the cache is dropped and the next request reads the secrets
 * again (the extension caches them for at most its TTL, 5 minutes).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Update } from 'telegraf/types';
import { QuestionAnswerer } from '../core/answer/question-answerer';
import { loadKnowledge } from '../core/knowledge/load-knowledge';
import { DynamoDbClaimsStore } from '../core/store/dynamodb-claims-store';
import { DynamoDbUpdateLedger } from '../core/store/dynamodb-update-ledger';
import { botInfoFromConfig, createFactCheckBot } from '../bot/create-fact-check-bot';
import { createAnswerTelemetry } from '../bot/answer-telemetry';
import { createLogger, lambdaLogSink } from '../bot/structured-log';
import { DynamoDbUnansweredLog } from '../core/store/dynamodb-unanswered-log';
import { getSecretVersionViaExtension, getSecretViaExtension } from './secrets-extension-client';
import { WEBHOOK_SECRET_GRACE_MS } from './webhook-secret';
import { readWebhookConfig } from './webhook-config';
import { cachedUntilFailure, createWebhookHandler, type WebhookRuntime } from './webhook-request-handler';

const config = readWebhookConfig(process.env);

let knownSecrets: readonly string[] = [];
// Whole-JSON log events (no runtime prefix): the error-log alarm's metric filter reads `level` from them.
const log = createLogger({ minLevel: config.logLevel, base: { service: 'factcheck-webhook' }, secrets: () => knownSecrets, sink: lambdaLogSink });

const dynamo = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    // Fail fast: Telegram waits ~60 s, and a stuck request should become the "try again" reply, not a timeout.
    // (The SDK only warns on requestTimeout unless throwOnRequestTimeout is set.)
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000, throwOnRequestTimeout: true },
    maxAttempts: 3,
  }),
  { marshallOptions: { removeUndefinedValues: true } },
);
const store = new DynamoDbClaimsStore(dynamo, config.claimsTable);
// The knowledge files ship with the bundle: a broken or missing data/ fails the cold start, loudly.
const knowledge = loadKnowledge(config.dataDir);
const answerer = new QuestionAnswerer(store, knowledge);
const ledger = new DynamoDbUpdateLedger(dynamo, config.claimsTable, { botId: config.botId });
// Answer metrics and the unanswered-question log (no user or chat id): written after the reply, awaited before 200.
const telemetry = createAnswerTelemetry({
  log,
  ...(config.metricNamespace ? { metricNamespace: config.metricNamespace } : {}),
  ...(config.recordUnanswered ? { unanswered: new DynamoDbUnansweredLog(dynamo, config.claimsTable) } : {}),
});

/**
 * The current invocation's remaining time, visible to the bot's 429 retry. An
 * execution environment runs one invocation at a time, so a variable does what
 * an AsyncLocalStorage would, without the promise hooks one costs on every
 * promise in Node 20.
 */
let remainingTime: (() => number) | undefined;

async function withRemainingTime<T>(remaining: () => number, run: () => Promise<T>): Promise<T> {
  remainingTime = remaining;
  try {
    return await run();
  } finally {
    // An update cut off at its deadline may finish during the next invocation: leave that one's clock alone.
    if (remainingTime === remaining) remainingTime = undefined;
  }
}

const runtime = cachedUntilFailure(async (): Promise<WebhookRuntime> => {
  const extension = { port: config.extensionPort, sessionToken: config.sessionToken };
  const loadedAt = Date.now();
  const [token, current] = await Promise.all([
    getSecretViaExtension(config.botTokenSecretId, extension),
    getSecretVersionViaExtension(config.webhookSecretId, extension),
  ]);
  const webhookSecret = current.value;
  // Rotated within the grace period (npm run rotate-webhook-secret): the previous secret stays valid, so the
  // updates Telegram sends with it until setWebhook hands it the new one are not refused.
  let previous: { webhookSecret: string; validUntil: number } | undefined;
  if (current.createdAt !== undefined && loadedAt - current.createdAt < WEBHOOK_SECRET_GRACE_MS) {
    const old = await getSecretVersionViaExtension(config.webhookSecretId, extension, 'AWSPREVIOUS').catch(() => undefined);
    if (old && old.value !== webhookSecret) previous = { webhookSecret: old.value, validUntil: current.createdAt + WEBHOOK_SECRET_GRACE_MS };
  }
  knownSecrets = [...new Set([...knownSecrets, token, webhookSecret, ...(previous ? [previous.webhookSecret] : [])])];
  if (!token.startsWith(`${config.botId}:`)) log.warn('config.bot_id_mismatch', { botId: config.botId });
  log.info('runtime.loaded', { tokenVersion: config.botTokenVersion });
  const bot = createFactCheckBot({
    token,
    answerer,
    store,
    log,
    exampleQuestions: knowledge.guide.examples,
    ...(knowledge.guide.localExamples ? { localExamples: knowledge.guide.localExamples } : {}),
    botInfo: botInfoFromConfig(config.botId, config.botUsername),
    ...(config.telegramApiRoot ? { apiRoot: config.telegramApiRoot } : {}),
    remainingTimeMs: () => remainingTime?.() ?? Number.POSITIVE_INFINITY,
    // Revoked or replaced: read the secrets again on the next request (logged at error level by the bot).
    onTokenRejected: () => runtime.reset(),
    onAnswer: (answer, via) => telemetry.onAnswer(answer, via),
  });
  // The update passed the shape check in update-shape.ts; telegraf's type is the full Bot API union.
  return {
    webhookSecret,
    loadedAt,
    ...(previous ? { previousWebhookSecret: previous.webhookSecret, previousSecretValidUntil: previous.validUntil } : {}),
    bot: {
      handleUpdate: async (update) => {
        try {
          await bot.handleUpdate(update as unknown as Update);
        } finally {
          await telemetry.flush();
        }
      },
    },
  };
});

export const handler = createWebhookHandler({
  runtime,
  ledger,
  log,
  withRemainingTime,
  reloadRuntime: () => runtime.reset(),
  ...(config.metricNamespace ? { metricNamespace: config.metricNamespace } : {}),
});
