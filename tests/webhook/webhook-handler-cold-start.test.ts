/** A broken environment fails the cold start loudly, naming the variable, before any request. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebhookConfigError } from '../../lambdas/webhook/webhook-config';
import { stubWebhookEnv } from './support/webhook-module-env';

describe('webhook cold start', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('fails fast when BOT_ID is missing', async () => {
    // Prepare
    stubWebhookEnv({ tableName: 'claims', apiRoot: 'http://127.0.0.1:1', extensionPort: 1 });
    vi.stubEnv('BOT_ID', undefined as unknown as string);

    // Act
    const imported = import('../../lambdas/webhook/webhook-handler');

    // Assess
    await expect(imported).rejects.toThrow(WebhookConfigError);
    await expect(imported).rejects.toThrow(/BOT_ID/);
  });

  it('builds the handler without any network call when the environment is valid', async () => {
    // Prepare
    stubWebhookEnv({ tableName: 'claims', apiRoot: 'http://127.0.0.1:1', extensionPort: 1 });

    // Act
    const mod = await import('../../lambdas/webhook/webhook-handler');

    // Assess
    expect(typeof mod.handler).toBe('function');
  });
});
