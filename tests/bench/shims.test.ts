/**
 * The small stand-ins infra/bundling.ts puts into Lambda bundles in place of
 * debug, abort-controller, the SDK's credential chain, event streams and
 * endpoint discovery.
 */
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as abortShim from '../../lambdas/shims/abort-controller';
import { credentialsTreatedAsExpired, defaultProvider } from '../../lambdas/shims/aws-credentials-from-env';
import { resolveEndpointDiscoveryConfig } from '../../lambdas/shims/aws-endpoint-discovery-off';
import { EventStreamSerde } from '../../lambdas/shims/aws-event-streams-off';

const require = createRequire(import.meta.url);

describe('debug-off', () => {
  it('is callable both ways telegraf calls it, and never enabled', () => {
    const debug = require('../../lambdas/shims/debug-off.cjs') as ((ns: string) => ((...args: unknown[]) => void) & { enabled: boolean; extend: (s: string) => { namespace: string } }) & { default: unknown; enabled: (ns: string) => boolean };
    const log = debug('telegraf:client');
    expect(() => log('secret %s', 'x')).not.toThrow();
    expect(log.enabled).toBe(false);
    expect(log.extend('sub').namespace).toBe('telegraf:client:sub');
    expect(debug.default).toBe(debug);
    expect(debug.enabled('telegraf:client')).toBe(false);
  });
});

describe('abort-controller', () => {
  it('is the built-in AbortController', () => {
    expect(abortShim.default).toBe(globalThis.AbortController);
    expect(abortShim.AbortSignal).toBe(globalThis.AbortSignal);
  });
});

describe('aws-credentials-from-env', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('reads Lambda\'s credentials from the environment and memoizes them', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIA1');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret1');
    vi.stubEnv('AWS_SESSION_TOKEN', 'token1');
    const provider = defaultProvider();
    expect(await provider()).toMatchObject({ accessKeyId: 'AKIA1', secretAccessKey: 'secret1', sessionToken: 'token1' });
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIA2');
    expect((await provider()).accessKeyId).toBe('AKIA1');
    expect((await provider({ forceRefresh: true })).accessKeyId).toBe('AKIA2');
  });

  it('fails without credentials, and tries again next time', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    const provider = defaultProvider();
    await expect(provider()).rejects.toThrow();
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIA3');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret3');
    expect((await provider()).accessKeyId).toBe('AKIA3');
    expect(credentialsTreatedAsExpired({ accessKeyId: 'a', secretAccessKey: 'b', expiration: new Date(Date.now() + 60_000) })).toBe(true);
  });
});

describe('SDK features Lambda does not use', () => {
  it('turns endpoint discovery off, and fails loudly if it is asked for', async () => {
    const config = resolveEndpointDiscoveryConfig({}, { endpointDiscoveryCommandCtor: class {} });
    expect(await config.endpointDiscoveryEnabled()).toBe(false);
    expect(() => resolveEndpointDiscoveryConfig({ endpointDiscoveryEnabled: true }, {})).toThrow('endpoint discovery');
  });

  it('fails loudly on an event-stream operation', () => {
    expect(() => new EventStreamSerde()).toThrow('event streams are not bundled');
  });
});
