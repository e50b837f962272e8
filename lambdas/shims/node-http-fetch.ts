/**
 * A small fetch over node:http / node:https, for Lambda bundles (see
 * infra/bundling.ts). It stands in for two things:
 *
 * - the `node-fetch` package (esbuild alias), which telegraf 4 calls for every
 *   Bot API request. node-fetch 2 brings its own Body/Headers/Request classes,
 *   an AbortSignal polyfill and whatwg-url: about 30 KB of minified code to
 *   parse on every cold start, for requests that are plain JSON POSTs;
 * - the global `fetch` (esbuild inject) that the secrets-extension client
 *   uses. On Node 20 the first call of the global fetch loads and compiles
 *   undici, about 25 ms of a cold start, for one localhost GET.
 *
 * What it supports is what those callers use: a string or URL, method,
 * headers as a plain object (or anything with entries()), a string, Buffer,
 * Uint8Array or Node stream body, `agent`, `signal`, a `timeout` in ms
 * (node-fetch's option), up to 5 redirects, and a response with status,
 * statusText, ok, headers.get(), body (the Node stream), text(), json() and
 * arrayBuffer(). Responses are never decompressed: no Accept-Encoding is sent
 * unless the caller sets one.
 *
 * Network errors reject with Node's own error (no URL in the message, so a
 * bot token in the path never reaches a log line); an abort rejects with an
 * Error named AbortError, a timeout with one named TimeoutError.
 */
import { request as httpRequest, type Agent as HttpAgent, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';

export interface FetchInit {
  readonly method?: string;
  readonly headers?: Record<string, string | readonly string[] | undefined> | { entries(): Iterable<[string, string]> };
  readonly body?: string | Buffer | Uint8Array | Readable | null;
  readonly agent?: HttpAgent | ((url: URL) => HttpAgent | undefined);
  readonly signal?: AbortSignal | null;
  /** node-fetch's per-request timeout in ms (0 = none). */
  readonly timeout?: number;
  readonly redirect?: 'follow' | 'manual' | 'error';
  readonly [extra: string]: unknown;
}

export class FetchResponse {
  private consumed = false;

  constructor(
    private readonly message: IncomingMessage,
    readonly url: string,
    readonly redirected: boolean,
  ) {}

  get status(): number {
    return this.message.statusCode ?? 0;
  }

  get statusText(): string {
    return this.message.statusMessage ?? '';
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get headers(): { get(name: string): string | null; has(name: string): boolean } {
    const raw = this.message.headers;
    return {
      get: (name) => {
        const value = raw[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
      has: (name) => raw[name.toLowerCase()] !== undefined,
    };
  }

  /** The response body as a Node stream (node-fetch 2 semantics). */
  get body(): Readable {
    return this.message;
  }

  get bodyUsed(): boolean {
    return this.consumed;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const buffer = await this.buffer();
    return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
  }

  async buffer(): Promise<Buffer> {
    if (this.consumed) throw new TypeError('body used already');
    this.consumed = true;
    const chunks: Buffer[] = [];
    for await (const chunk of this.message) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async text(): Promise<string> {
    return (await this.buffer()).toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}

function namedError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

function toHeaders(headers: FetchInit['headers']): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  if (!headers) return out;
  const entries =
    typeof (headers as { entries?: unknown }).entries === 'function'
      ? [...(headers as { entries(): Iterable<[string, string]> }).entries()]
      : Object.entries(headers as Record<string, string | readonly string[] | undefined>);
  for (const [name, value] of entries) if (value !== undefined) out[name.toLowerCase()] = value as string | string[];
  return out;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function fetch(input: string | URL | { href: string }, init: FetchInit = {}): Promise<FetchResponse> {
  return send(new URL(typeof input === 'string' ? input : input.href), init, 0);
}

function send(url: URL, init: FetchInit, redirects: number): Promise<FetchResponse> {
  return new Promise<FetchResponse>((resolve, reject) => {
    const signal = init.signal ?? undefined;
    if (signal?.aborted) {
      reject(namedError('AbortError', 'The operation was aborted.'));
      return;
    }
    const isHttps = url.protocol === 'https:';
    if (!isHttps && url.protocol !== 'http:') {
      reject(new TypeError(`unsupported protocol ${url.protocol}`));
      return;
    }
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = toHeaders(init.headers);
    const body = init.body ?? undefined;
    if (typeof body === 'string' || body instanceof Uint8Array) headers['content-length'] = Buffer.byteLength(body);
    const agent = typeof init.agent === 'function' ? init.agent(url) : init.agent;
    const req = (isHttps ? httpsRequest : httpRequest)(url, { method, headers, ...(agent ? { agent } : {}) });

    const onAbort = () => req.destroy(namedError('AbortError', 'The operation was aborted.'));
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    if (init.timeout) req.setTimeout(init.timeout, () => req.destroy(namedError('TimeoutError', `request timed out after ${init.timeout} ms`)));

    req.once('error', (error) => {
      done();
      reject(error);
    });
    req.once('response', (res) => {
      done();
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECTS.has(status) && location && (init.redirect ?? 'follow') === 'follow') {
        res.resume();
        if (redirects >= 5) {
          reject(new Error('too many redirects'));
          return;
        }
        const keepBody = status === 307 || status === 308;
        const next: FetchInit = keepBody ? init : { ...init, method: method === 'HEAD' ? 'HEAD' : 'GET', body: undefined };
        send(new URL(location, url), next, redirects + 1).then(resolve, reject);
        return;
      }
      resolve(new FetchResponse(res, url.href, redirects > 0));
    });

    if (body instanceof Readable) body.pipe(req);
    else req.end(body);
  });
}

export default fetch;
