/** Lambda Function URL events (payload format 2.0) as AWS delivers them, for handler tests. */
import type { LambdaFunctionURLEvent } from 'aws-lambda';

export interface EventOptions {
  readonly method?: string;
  readonly secret?: string | undefined;
  readonly body?: string | undefined;
  readonly base64?: boolean;
  readonly headers?: Record<string, string>;
  /** Default 91.108.6.66, inside Telegram's published 91.108.4.0/22. */
  readonly sourceIp?: string;
}

export function functionUrlEvent(options: EventOptions = {}): LambdaFunctionURLEvent {
  const method = options.method ?? 'POST';
  const rawBody = options.body;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    host: 'abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws',
    'user-agent': '',
    'x-forwarded-for': options.sourceIp ?? '91.108.6.66',
    'x-forwarded-proto': 'https',
    'x-amzn-trace-id': 'Root=1-68b7c0de-0123456789abcdef01234567',
    ...(options.secret !== undefined ? { 'x-telegram-bot-api-secret-token': options.secret } : {}),
    ...options.headers,
  };
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/',
    rawQueryString: '',
    headers,
    requestContext: {
      accountId: 'anonymous',
      apiId: 'abcdefghijklmnopqrstuvwxyz012345',
      domainName: headers.host ?? '',
      domainPrefix: 'abcdefghijklmnopqrstuvwxyz012345',
      http: { method, path: '/', protocol: 'HTTP/1.1', sourceIp: options.sourceIp ?? '91.108.6.66', userAgent: '' },
      requestId: 'c0ffee00-0000-4000-8000-000000000000',
      routeKey: '$default',
      stage: '$default',
      time: '03/Sep/2025:12:00:00 +0000',
      timeEpoch: 1756900800000,
    },
    ...(rawBody !== undefined ? { body: options.base64 ? Buffer.from(rawBody, 'utf8').toString('base64') : rawBody } : {}),
    isBase64Encoded: options.base64 ?? false,
  };
}

let invocations = 0;

/** A Lambda context with a fixed amount of time left and its own request id. */
export function lambdaContext(remainingMs = 30_000, awsRequestId = `0e5c0f1e-0000-4000-8000-${String(++invocations).padStart(12, '0')}`) {
  const deadline = Date.now() + remainingMs;
  return { awsRequestId, getRemainingTimeInMillis: () => deadline - Date.now() };
}
