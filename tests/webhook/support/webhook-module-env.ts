/**
 * Environment for importing the real Lambda module (lambdas/webhook/webhook-handler.ts)
 * in a test: the secrets extension and the Bot API are local fakes, and the
 * DynamoDB endpoint is whatever the test passes (DynamoDB Local or a mock).
 */
import { vi } from 'vitest';
import { BOT_USER } from '../../support/fake-bot-api';

export const MODULE_TOKEN = `${BOT_USER.id}:AAHmoduleTestToken_0123456789abcdefgh`;
export const MODULE_SECRET = 'module-test-webhook-secret_ABC123';
export const SESSION_TOKEN = 'lambda-session-token';
export const TOKEN_SECRET_ID = 'factcheck/bot-token';
export const WEBHOOK_SECRET_ID = 'factcheck/webhook-secret';

export function stubWebhookEnv(options: { tableName: string; apiRoot: string; extensionPort: number; dynamodbEndpoint?: string }): void {
  const env: Record<string, string> = {
    CLAIMS_TABLE: options.tableName,
    BOT_USERNAME: BOT_USER.username,
    BOT_ID: String(BOT_USER.id),
    BOT_TOKEN_SECRET_ID: TOKEN_SECRET_ID,
    WEBHOOK_SECRET_ID: WEBHOOK_SECRET_ID,
    PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: String(options.extensionPort),
    AWS_SESSION_TOKEN: SESSION_TOKEN,
    TELEGRAM_API_ROOT: options.apiRoot,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    ...(options.dynamodbEndpoint ? { AWS_ENDPOINT_URL_DYNAMODB: options.dynamodbEndpoint } : {}),
  };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
}
