/**
 * A small DynamoDB client for Lambda bundles: esbuild aliases
 * `@aws-sdk/client-dynamodb` to this file (see infra/bundling.ts). Types still
 * come from the real SDK; only the bundled runtime changes.
 *
 * Why: the SDK's DynamoDB client is most of the bot's cold start (PITFALLS.md:
 * 75–110 ms of ~150 ms) and about 180 KB of its minified bundle (the Smithy
 * schema serde, endpoint rules engine, middleware stack, retry strategies and
 * config loaders). The bot makes two kinds of calls, Query and a conditional
 * PutItem (the seeder adds BatchWriteItem), over DynamoDB's JSON protocol.
 *
 * What it does, as the SDK does for those calls:
 * - AWS JSON 1.0 over HTTPS with a keep-alive agent, Signature Version 4
 *   (cross-checked against @smithy/signature-v4 in tests/bench/dynamodb-lite.test.ts);
 * - region from config or AWS_REGION / AWS_DEFAULT_REGION; endpoint from
 *   config, AWS_ENDPOINT_URL_DYNAMODB or AWS_ENDPOINT_URL, else the regional
 *   one (FIPS with AWS_USE_FIPS_ENDPOINT); credentials from config or the
 *   environment (Lambda's execution-role credentials);
 * - standard retries: `maxAttempts` (default 3) with full-jitter exponential
 *   backoff on throttling, 5xx, timeouts and dropped connections;
 * - `requestHandler: { connectionTimeout, requestTimeout }`;
 * - errors as the SDK's: the `__type` name (ConditionalCheckFailedException
 *   is a real class, for instanceof), message, $fault and $metadata.
 * What it does not: endpoint discovery, dual-stack endpoints, credential
 * providers other than static or env, CRC32 response checks. Each fails
 * loudly if asked for.
 */
import { createHash, createHmac } from 'node:crypto';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly expiration?: Date;
}

type Provider<T> = T | (() => Promise<T>);

export interface DynamoDBClientConfig {
  readonly region?: Provider<string>;
  readonly endpoint?: Provider<string | URL | { url: URL }>;
  readonly credentials?: Provider<Credentials>;
  readonly maxAttempts?: Provider<number>;
  readonly requestHandler?: { readonly connectionTimeout?: number; readonly requestTimeout?: number; readonly httpsAgent?: HttpsAgent; readonly httpAgent?: HttpAgent };
  readonly useFipsEndpoint?: boolean;
  readonly useDualstackEndpoint?: boolean;
  readonly endpointDiscoveryEnabled?: boolean;
  readonly [other: string]: unknown;
}

export interface ResponseMetadata {
  httpStatusCode?: number;
  requestId?: string;
  extendedRequestId?: string;
  cfId?: string;
  attempts?: number;
  totalRetryDelay?: number;
}

/** Base class of every error DynamoDB answers with (as @aws-sdk/client-dynamodb's). */
export class DynamoDBServiceException extends Error {
  $fault: 'client' | 'server';
  $metadata: ResponseMetadata;
  $response?: { statusCode: number; headers: Record<string, string | string[] | undefined> };
  $retryable?: { throttling?: boolean };

  constructor(options: { name: string; message?: string; $fault: 'client' | 'server'; $metadata: ResponseMetadata }) {
    super(options.message ?? options.name);
    this.name = options.name;
    this.$fault = options.$fault;
    this.$metadata = options.$metadata;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

type ExceptionOptions = { message?: string; $fault: 'client' | 'server'; $metadata: ResponseMetadata };

function exceptionClass(name: string) {
  return class extends DynamoDBServiceException {
    constructor(options: ExceptionOptions) {
      super({ ...options, name });
    }
  };
}

export class ConditionalCheckFailedException extends exceptionClass('ConditionalCheckFailedException') {
  Item?: Record<string, unknown>;
}
export class ProvisionedThroughputExceededException extends exceptionClass('ProvisionedThroughputExceededException') {}
export class RequestLimitExceeded extends exceptionClass('RequestLimitExceeded') {}
export class ThrottlingException extends exceptionClass('ThrottlingException') {}
export class ResourceNotFoundException extends exceptionClass('ResourceNotFoundException') {}
export class ResourceInUseException extends exceptionClass('ResourceInUseException') {}
export class InternalServerError extends exceptionClass('InternalServerError') {}
export class ItemCollectionSizeLimitExceededException extends exceptionClass('ItemCollectionSizeLimitExceededException') {}
export class TransactionCanceledException extends exceptionClass('TransactionCanceledException') {
  CancellationReasons?: unknown[];
}
export class TransactionConflictException extends exceptionClass('TransactionConflictException') {}
export class LimitExceededException extends exceptionClass('LimitExceededException') {}

const EXCEPTIONS: Record<string, new (options: ExceptionOptions) => DynamoDBServiceException> = {
  ConditionalCheckFailedException,
  ProvisionedThroughputExceededException,
  RequestLimitExceeded,
  ThrottlingException,
  ResourceNotFoundException,
  ResourceInUseException,
  InternalServerError,
  ItemCollectionSizeLimitExceededException,
  TransactionCanceledException,
  TransactionConflictException,
  LimitExceededException,
};

const THROTTLING = new Set(['ThrottlingException', 'ProvisionedThroughputExceededException', 'RequestLimitExceeded', 'TooManyRequestsException', 'RequestThrottled', 'RequestThrottledException', 'ThrottledException', 'Throttling', 'SlowDown', 'TransactionInProgressException']);
const TRANSIENT_NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH']);

/** A low-level command (the SDK's XxxCommand classes below extend it): the operation name and its input in DynamoDB JSON. */
export class DynamoDBOperation<Input extends object = Record<string, unknown>> {
  constructor(
    readonly operation: string,
    readonly input: Input,
  ) {}
}

function commandClass(operation: string) {
  return class extends DynamoDBOperation {
    constructor(input: Record<string, unknown>) {
      super(operation, input);
    }
  };
}

export const QueryCommand = commandClass('Query');
export const ScanCommand = commandClass('Scan');
export const GetItemCommand = commandClass('GetItem');
export const PutItemCommand = commandClass('PutItem');
export const UpdateItemCommand = commandClass('UpdateItem');
export const DeleteItemCommand = commandClass('DeleteItem');
export const BatchGetItemCommand = commandClass('BatchGetItem');
export const BatchWriteItemCommand = commandClass('BatchWriteItem');
export const TransactGetItemsCommand = commandClass('TransactGetItems');
export const TransactWriteItemsCommand = commandClass('TransactWriteItems');
export const DescribeTableCommand = commandClass('DescribeTable');

const resolve = async <T>(value: Provider<T> | undefined): Promise<T | undefined> => (typeof value === 'function' ? await (value as () => Promise<T>)() : value);

function credentialsFromEnv(): Credentials {
  const accessKeyId = process.env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) {
    throw Object.assign(new Error('Could not load credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set (dynamodb-lite reads only the environment)'), { name: 'CredentialsProviderError' });
  }
  const sessionToken = process.env.AWS_SESSION_TOKEN;
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** SigV4 headers for a DynamoDB JSON request (the only shape this client sends: POST / with no query). */
export function signRequest(options: {
  host: string;
  region: string;
  credentials: Credentials;
  headers: Record<string, string>;
  body: string;
  date?: Date;
  signingKeyCache?: Map<string, Buffer>;
}): Record<string, string> {
  const amzDate = (options.date ?? new Date()).toISOString().replace(/[:-]|\.\d{3}/g, '');
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = { ...options.headers, host: options.host, 'x-amz-date': amzDate };
  if (options.credentials.sessionToken) headers['x-amz-security-token'] = options.credentials.sessionToken;
  const names = Object.keys(headers)
    .map((h) => h.toLowerCase())
    .sort();
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const canonicalHeaders = names.map((n) => `${n}:${String(lower[n]).trim().replace(/\s+/g, ' ')}\n`).join('');
  const signedHeaders = names.join(';');
  const canonicalRequest = ['POST', '/', '', canonicalHeaders, signedHeaders, sha256Hex(options.body)].join('\n');
  const scope = `${day}/${options.region}/dynamodb/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const cacheKey = `${options.credentials.accessKeyId}|${options.credentials.secretAccessKey}|${day}|${options.region}`;
  let key = options.signingKeyCache?.get(cacheKey);
  if (!key) {
    key = hmac(hmac(hmac(hmac(`AWS4${options.credentials.secretAccessKey}`, day), options.region), 'dynamodb'), 'aws4_request');
    options.signingKeyCache?.clear();
    options.signingKeyCache?.set(cacheKey, key);
  }
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
  return { ...headers, authorization: `AWS4-HMAC-SHA256 Credential=${options.credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}` };
}

interface RawResponse {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** Region and endpoint as the SDK resolves them for DynamoDB (without dual-stack and endpoint discovery). */
export async function resolveDynamoDbEndpoint(config: DynamoDBClientConfig, env: NodeJS.ProcessEnv = process.env): Promise<{ region: string; url: URL }> {
  const region = (await resolve(config.region)) ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (!region) throw Object.assign(new Error('Region is missing'), { name: 'ConfigError' });
  const configured = await resolve(config.endpoint);
  const fromEnv = env.AWS_ENDPOINT_URL_DYNAMODB ?? env.AWS_ENDPOINT_URL;
  if (configured !== undefined) return { region, url: configured instanceof URL ? configured : typeof configured === 'string' ? new URL(configured) : configured.url };
  if (fromEnv) return { region, url: new URL(fromEnv) };
  if (config.useDualstackEndpoint ?? env.AWS_USE_DUALSTACK_ENDPOINT === 'true') throw new Error('dual-stack endpoints are not supported by lambdas/shims/dynamodb-lite');
  const fips = config.useFipsEndpoint ?? env.AWS_USE_FIPS_ENDPOINT === 'true';
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return { region, url: new URL(`https://dynamodb${fips ? '-fips' : ''}.${region}.${suffix}`) };
}

const timeoutError = (message: string) => Object.assign(new Error(message), { name: 'TimeoutError' });

export class DynamoDBClient {
  readonly config: DynamoDBClientConfig & { readonly serviceId: 'DynamoDB' };
  private readonly agents: { http: HttpAgent; https: HttpsAgent };
  private readonly signingKeys = new Map<string, Buffer>();
  private resolved: Promise<{ region: string; url: URL }> | undefined;
  private destroyed = false;

  constructor(config: DynamoDBClientConfig = {}) {
    if (config.endpointDiscoveryEnabled) throw new Error('endpoint discovery is not supported by lambdas/shims/dynamodb-lite');
    this.config = { ...config, serviceId: 'DynamoDB' };
    this.agents = {
      http: config.requestHandler?.httpAgent ?? new HttpAgent({ keepAlive: true, maxSockets: 50 }),
      https: config.requestHandler?.httpsAgent ?? new HttpsAgent({ keepAlive: true, maxSockets: 50 }),
    };
  }

  private endpoint(): Promise<{ region: string; url: URL }> {
    this.resolved ??= resolveDynamoDbEndpoint(this.config);
    this.resolved.catch(() => (this.resolved = undefined));
    return this.resolved;
  }

  async send<Output = Record<string, unknown>>(command: DynamoDBOperation<object>): Promise<Output & { $metadata: ResponseMetadata }> {
    if (this.destroyed) throw new Error('the client was destroyed');
    const { region, url } = await this.endpoint();
    const maxAttempts = Math.max(1, (await resolve(this.config.maxAttempts)) ?? 3);
    const body = JSON.stringify(command.input);
    let totalRetryDelay = 0;
    for (let attempt = 1; ; attempt++) {
      let error: Error & { code?: string; $metadata?: ResponseMetadata; $retryable?: unknown };
      let retryable: boolean;
      let throttled = false;
      try {
        const credentials = (await resolve(this.config.credentials)) ?? credentialsFromEnv();
        const headers = signRequest({
          host: url.host,
          region,
          credentials,
          body,
          headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${command.operation}`, 'content-length': String(Buffer.byteLength(body)) },
          signingKeyCache: this.signingKeys,
        });
        const response = await this.post(url, headers, body);
        const metadata: ResponseMetadata = {
          httpStatusCode: response.status,
          requestId: headerOf(response.headers, 'x-amzn-requestid'),
          extendedRequestId: headerOf(response.headers, 'x-amz-id-2'),
          cfId: headerOf(response.headers, 'x-amz-cf-id'),
          attempts: attempt,
          totalRetryDelay,
        };
        if (response.status < 300) {
          const output = response.body ? (JSON.parse(response.body) as Record<string, unknown>) : {};
          return { ...output, $metadata: metadata } as Output & { $metadata: ResponseMetadata };
        }
        error = serviceError(response, metadata);
        throttled = THROTTLING.has(error.name) || response.status === 429;
        retryable = throttled || response.status >= 500 || error.name === 'InternalServerError';
      } catch (caught) {
        if (caught instanceof DynamoDBServiceException) throw caught;
        error = caught as Error & { code?: string };
        retryable = error.name === 'TimeoutError' || TRANSIENT_NETWORK.has(error.code ?? '') || /socket hang up/i.test(error.message);
        error.$metadata = { attempts: attempt, totalRetryDelay };
      }
      if (!retryable || attempt >= maxAttempts) {
        if (error.$metadata) Object.assign(error.$metadata, { attempts: attempt, totalRetryDelay });
        throw error;
      }
      // Full jitter, as the SDK's standard mode: random in [0, min(20 s, base × 2^attempt)].
      const delay = Math.floor(Math.random() * Math.min(20_000, (throttled ? 500 : 100) * 2 ** (attempt - 1)));
      totalRetryDelay += delay;
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  private post(url: URL, headers: Record<string, string>, body: string): Promise<RawResponse> {
    const handler = this.config.requestHandler;
    const isHttps = url.protocol === 'https:';
    return new Promise<RawResponse>((resolvePromise, reject) => {
      const req = (isHttps ? httpsRequest : httpRequest)(
        { protocol: url.protocol, hostname: url.hostname, port: url.port || undefined, path: url.pathname || '/', method: 'POST', headers, agent: isHttps ? this.agents.https : this.agents.http },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      if (handler?.requestTimeout) req.setTimeout(handler.requestTimeout, () => req.destroy(timeoutError(`Connection timed out after ${handler.requestTimeout} ms`)));
      if (handler?.connectionTimeout) {
        const timer = setTimeout(() => req.destroy(timeoutError(`Socket timed out without establishing a connection within ${handler.connectionTimeout} ms`)), handler.connectionTimeout);
        req.once('socket', (socket) => {
          if (!socket.connecting) clearTimeout(timer);
          else socket.once('connect', () => clearTimeout(timer));
        });
        req.once('close', () => clearTimeout(timer));
      }
      req.end(body);
    });
  }

  destroy(): void {
    this.destroyed = true;
    if (!this.config.requestHandler?.httpAgent) this.agents.http.destroy();
    if (!this.config.requestHandler?.httpsAgent) this.agents.https.destroy();
  }
}

function headerOf(headers: IncomingMessage['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function serviceError(response: RawResponse, $metadata: ResponseMetadata): DynamoDBServiceException {
  let parsed: Record<string, unknown> = {};
  try {
    parsed = response.body ? (JSON.parse(response.body) as Record<string, unknown>) : {};
  } catch {
    // Not JSON (a proxy's error page): keep the status.
  }
  const type = String(parsed.__type ?? headerOf(response.headers, 'x-amzn-errortype') ?? `HTTP${response.status}`);
  const name = type.split('#').pop()?.split(':')[0] || `HTTP${response.status}`;
  const message = String(parsed.message ?? parsed.Message ?? name);
  const $fault = response.status >= 500 ? 'server' : 'client';
  const Exception = EXCEPTIONS[name];
  const error = Exception ? new Exception({ message, $fault, $metadata }) : new DynamoDBServiceException({ name, message, $fault, $metadata });
  for (const [key, value] of Object.entries(parsed)) if (key !== '__type' && key !== 'message' && key !== 'Message') (error as unknown as Record<string, unknown>)[key] = value;
  error.$response = { statusCode: response.status, headers: response.headers };
  return error;
}
