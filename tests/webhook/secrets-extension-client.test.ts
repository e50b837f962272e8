import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SecretFetchError, getSecretViaExtension, secretValue } from '../../lambdas/webhook/secrets-extension-client';
import { startFakeSecretsExtension, type FakeSecretsExtension } from './support/fake-secrets-extension';

describe('getSecretViaExtension', () => {
  let ext: FakeSecretsExtension;
  const session = 'session-token-xyz';
  beforeAll(async () => {
    ext = await startFakeSecretsExtension(session, { 'bot/token': '123:abc', 'bot/json': '{"token":"456:def"}', 'bot/blank': '  ' });
  });
  afterAll(async () => {
    await ext.close();
  });
  beforeEach(() => {
    ext.requests.length = 0;
    ext.failNext = 0;
  });

  it('reads a secret with the session-token header', async () => {
    // Prepare / Act
    const value = await getSecretViaExtension('bot/token', { port: ext.port, sessionToken: session });

    // Assess
    expect(value).toBe('123:abc');
    expect(ext.requests).toEqual([{ secretId: 'bot/token', token: session }]);
  });

  it('takes the value out of a JSON secret', async () => {
    // Prepare / Act / Assess
    expect(await getSecretViaExtension('bot/json', { port: ext.port, sessionToken: session })).toBe('456:def');
    expect(secretValue('{not json')).toBe('{not json');
  });

  it('retries while the extension answers 5xx', async () => {
    // Prepare
    ext.failNext = 2;

    // Act
    const value = await getSecretViaExtension('bot/token', { port: ext.port, sessionToken: session, attempts: 3 });

    // Assess
    expect(value).toBe('123:abc');
    expect(ext.requests).toHaveLength(3);
  });

  it('fails with a named error for an unknown or empty secret, without retrying', async () => {
    // Prepare / Act
    const missing = await getSecretViaExtension('nope', { port: ext.port, sessionToken: session }).catch((e: unknown) => e);
    const blank = await getSecretViaExtension('bot/blank', { port: ext.port, sessionToken: session }).catch((e: unknown) => e);

    // Assess
    expect(missing).toBeInstanceOf(SecretFetchError);
    expect(blank).toBeInstanceOf(SecretFetchError);
    expect(ext.requests).toHaveLength(2);
  });

  it('fails with a named error, cause kept, when nothing listens', async () => {
    // Prepare / Act
    const error = await getSecretViaExtension('bot/token', { port: 1, sessionToken: session, attempts: 2 }).catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(SecretFetchError);
    expect((error as Error).cause).toBeDefined();
  });
});
