/**
 * The small stand-ins infra/bundling.ts puts into Lambda bundles in place of
 * node-fetch, the global fetch, debug, abort-controller, the SDK's credential
 * chain, event streams and endpoint discovery.
 */
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as abortShim from '../../lambdas/shims/abort-controller';
import { credentialsTreatedAsExpired, defaultProvider } from '../../lambdas/shims/aws-credentials-from-env';
import { resolveEndpointDiscoveryConfig } from '../../lambdas/shims/aws-endpoint-discovery-off';
import { EventStreamSerde } from '../../lambdas/shims/aws-event-streams-off';
import { fetch as globalFetchShim } from '../../lambdas/shims/global-fetch';
import nodeFetch, { fetch } from '../../lambdas/shims/node-http-fetch';

const require = createRequire(import.meta.url);

describe('node-http-fetch', () => {
  let server: Server;
  let base: string;
  const seen: Array<{ method: string; url: string; headers: Record<string, unknown>; body: string }> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
        if (req.url === '/hang') return;
        if (req.url === '/moved') return void res.writeHead(302, { location: '/json' }).end();
        if (req.url === '/error') return void res.writeHead(502, 'Bad Gateway').end('<html>');
        res.writeHead(200, { 'content-type': 'application/json', 'x-test': 'yes' }).end(JSON.stringify({ ok: true, echo: body, method: req.method }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });
  afterEach(() => void (seen.length = 0));

  it('POSTs JSON the way telegraf calls node-fetch, and reads the reply', async () => {
    const res = await nodeFetch(new URL('/bot123:ABC/sendMessage', base), {
      method: 'POST',
      compress: true,
      headers: { 'content-type': 'application/json', connection: 'keep-alive' },
      body: JSON.stringify({ chat_id: 1, text: 'héllo' }),
      agent: undefined,
      signal: undefined,
      timeout: 500_000,
    });
    expect(res.status).toBe(200);
    expect(res.ok).toBe(true);
    expect(res.headers.get('X-Test')).toBe('yes');
    expect(await res.json()).toEqual({ ok: true, echo: '{"chat_id":1,"text":"héllo"}', method: 'POST' });
    expect(seen[0]?.headers['content-length']).toBe(String(Buffer.byteLength('{"chat_id":1,"text":"héllo"}')));
  });

  it('GETs with headers and an AbortSignal the way the secrets client calls fetch', async () => {
    const res = await globalFetchShim(`${base}/secretsmanager/get?secretId=a%2Fb`, { headers: { 'X-Aws-Parameters-Secrets-Token': 't' }, signal: AbortSignal.timeout(2_000) });
    expect(res.ok).toBe(true);
    expect(seen[0]).toMatchObject({ method: 'GET', url: '/secretsmanager/get?secretId=a%2Fb' });
    expect(seen[0]?.headers['x-aws-parameters-secrets-token']).toBe('t');
  });

  it('streams a Node stream body (telegraf multipart uploads)', async () => {
    const res = await fetch(`${base}/upload`, { method: 'POST', body: Readable.from(['part one, ', 'part two']) });
    expect(((await res.json()) as { echo: string }).echo).toBe('part one, part two');
  });

  it('follows redirects, reports 5xx as a response, and exposes the body as a stream', async () => {
    const moved = await fetch(`${base}/moved`);
    expect(moved.redirected).toBe(true);
    expect(moved.status).toBe(200);
    const failed = await fetch(`${base}/error`);
    expect([failed.status, failed.statusText, failed.ok]).toEqual([502, 'Bad Gateway', false]);
    expect(typeof failed.body.pipe).toBe('function');
    expect(await failed.text()).toBe('<html>');
  });

  it('rejects with AbortError on abort, TimeoutError on timeout, and network errors without the URL', async () => {
    const controller = new AbortController();
    const pending = fetch(`${base}/hang`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect(fetch(`${base}/hang`, { timeout: 50 })).rejects.toMatchObject({ name: 'TimeoutError' });
    const refused = await fetch('http://127.0.0.1:1/bot123:SECRET/getMe').catch((e: Error) => e);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).not.toContain('SECRET');
  });
});

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
