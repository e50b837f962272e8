import { describe, expect, it } from 'vitest';
import { WebhookConfigError, readWebhookConfig } from '../../lambdas/webhook/webhook-config';

const valid = {
  CLAIMS_TABLE: 'factcheck-claims',
  BOT_USERNAME: '@factcheck_test_bot',
  BOT_ID: '7000000001',
  BOT_TOKEN_SECRET_ID: 'factcheck/bot-token',
  WEBHOOK_SECRET_ID: 'factcheck/webhook-secret',
  AWS_SESSION_TOKEN: 'session',
};

describe('readWebhookConfig', () => {
  it('reads and normalises a valid environment', () => {
    // Prepare / Act
    const config = readWebhookConfig(valid);

    // Assess
    expect(config).toEqual({
      claimsTable: 'factcheck-claims',
      botUsername: 'factcheck_test_bot',
      botId: 7000000001,
      botTokenSecretId: 'factcheck/bot-token',
      botTokenVersion: undefined,
      webhookSecretId: 'factcheck/webhook-secret',
      extensionPort: 2773,
      sessionToken: 'session',
      telegramApiRoot: undefined,
      logLevel: 'info',
      dataDir: `${process.cwd()}/data`,
      metricNamespace: undefined,
      recordUnanswered: true,
    });
  });

  it.each([
    ['CLAIMS_TABLE', undefined],
    ['BOT_ID', 'abc'],
    ['BOT_USERNAME', 'no spaces allowed'],
    ['BOT_TOKEN_SECRET_ID', ''],
    ['WEBHOOK_SECRET_ID', undefined],
    ['BOT_TOKEN_VERSION', 'not a label'],
  ])('fails fast naming %s when it is %s', (name, value) => {
    // Prepare
    const env = { ...valid, [name]: value };

    // Act
    const act = () => readWebhookConfig(env);

    // Assess
    expect(act).toThrow(WebhookConfigError);
    expect(act).toThrow(name);
  });

  it('takes the extension port from the environment', () => {
    // Prepare / Act / Assess
    expect(readWebhookConfig({ ...valid, PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: '2999' }).extensionPort).toBe(2999);
  });

  it('reads the deploy\'s token version', () => {
    // Prepare / Act / Assess
    expect(readWebhookConfig({ ...valid, BOT_TOKEN_VERSION: '3' }).botTokenVersion).toBe('3');
  });
});
