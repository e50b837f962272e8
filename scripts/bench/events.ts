/**
 * Webhook events for the benchmark: each question as a private-chat text
 * message, wrapped in a Lambda Function URL event (payload 2.0) with the
 * secret-token header, exactly as Telegram and Lambda deliver it.
 */
import type { LambdaFunctionURLEvent } from 'aws-lambda';
import { BOT_USER } from '../../tests/support/fake-bot-api';
import { functionUrlEvent } from '../../tests/webhook/support/function-url-events';
import { DATA_DIR } from '../lib/claims-table';

export const BENCH_TOKEN = `${BOT_USER.id}:AAHbenchToken_0123456789abcdefghijklmn`;
export const BENCH_WEBHOOK_SECRET = 'bench-webhook-secret_0123456789';
export const BENCH_SESSION_TOKEN = 'bench-lambda-session-token';
export const TOKEN_SECRET_ID = 'factcheck/bot-token';
export const WEBHOOK_SECRET_ID = 'factcheck/webhook-secret';

/** Every update id is unique across a run (the handler de-duplicates on it). */
let nextUpdateId = 900_000_000 + Math.floor(Math.random() * 1_000_000) * 100;

export function questionEvent(question: string, chatId = 190_311_220): { event: LambdaFunctionURLEvent; updateId: number } {
  const updateId = nextUpdateId++;
  const update = {
    update_id: updateId,
    message: {
      message_id: updateId % 1_000_000,
      from: { id: chatId, is_bot: false, first_name: 'Bench', username: 'bench_user', language_code: 'en' },
      chat: { id: chatId, first_name: 'Bench', username: 'bench_user', type: 'private' },
      date: 1_757_000_000,
      text: question,
    },
  };
  return { event: functionUrlEvent({ secret: BENCH_WEBHOOK_SECRET, body: JSON.stringify(update) }), updateId };
}

/** The environment the handler reads in Lambda, pointed at the local fixtures. */
export function handlerEnvironment(options: { tableName: string; dynamodbEndpoint: string; apiRoot: string; extensionPort: number; dataDir?: string }): Record<string, string> {
  return {
    CLAIMS_TABLE: options.tableName,
    BOT_USERNAME: BOT_USER.username,
    BOT_ID: String(BOT_USER.id),
    BOT_TOKEN_SECRET_ID: TOKEN_SECRET_ID,
    WEBHOOK_SECRET_ID: WEBHOOK_SECRET_ID,
    PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: String(options.extensionPort),
    AWS_SESSION_TOKEN: BENCH_SESSION_TOKEN,
    TELEGRAM_API_ROOT: options.apiRoot,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: options.dynamodbEndpoint,
    // The deploy ships data/ next to the handler; the bench reads the repository's, or a copy that also holds the synthetic sources.
    DATA_DIR: options.dataDir ?? DATA_DIR,
    // Lambda runs Node 22+, where the SDK prints no Node-version warning; this machine runs Node 20.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWS_LAMBDA_FUNCTION_NAME: 'factcheck-bench',
    LOG_LEVEL: 'info',
  };
}

export const BENCH_SECRETS: Record<string, string> = {
  [TOKEN_SECRET_ID]: BENCH_TOKEN,
  [WEBHOOK_SECRET_ID]: BENCH_WEBHOOK_SECRET,
};
