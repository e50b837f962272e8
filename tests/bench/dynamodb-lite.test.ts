/**
 * lambdas/shims/dynamodb-lite, the DynamoDB client the Lambda bundles use in
 * place of the SDK (see infra/bundling.ts): signatures match the SDK's signer,
 * items round-trip exactly as lib-dynamodb's, and the project's own store,
 * ledger and seeder work on it against DynamoDB Local.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient as SdkClient } from '@aws-sdk/client-dynamodb';
import { GetCommand as SdkGet, PutCommand as SdkPut } from '@aws-sdk/lib-dynamodb';
import { Sha256 } from '@smithy/core/checksum';
import { SignatureV4 } from '@smithy/signature-v4';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { DynamoDBDocumentClient as SdkDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  DynamoDBServiceException,
  resolveDynamoDbEndpoint,
  signRequest,
} from '../../lambdas/shims/dynamodb-lite/client';
import { BatchWriteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, marshall, unmarshall } from '../../lambdas/shims/dynamodb-lite/document';
import { createClaimsTable, documentClient } from '../../scripts/lib/claims-table';
import { LOCAL_CLIENT_CONFIG } from '../../scripts/lib/dynamodb-local';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'session-token-example' };

describe('dynamodb-lite: signing', () => {
  it('signs exactly as @smithy/signature-v4 does', async () => {
    const body = JSON.stringify({ TableName: 'claims', KeyConditionExpression: '#pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'K#fig:deaths:china' } } });
    const date = new Date('2025-09-03T12:34:56Z');
    for (const creds of [credentials, { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey }]) {
      const headers = { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.Query', 'content-length': String(Buffer.byteLength(body)) };
      const ours = signRequest({ host: 'dynamodb.eu-west-1.amazonaws.com', region: 'eu-west-1', credentials: creds, headers, body, date });
      // applyChecksum adds x-amz-content-sha256, which DynamoDB does not need; the canonical request is what is compared.
      const signer = new SignatureV4({ credentials: creds, region: 'eu-west-1', service: 'dynamodb', sha256: Sha256, applyChecksum: false });
      const theirs = await signer.sign(
        { method: 'POST', protocol: 'https:', hostname: 'dynamodb.eu-west-1.amazonaws.com', path: '/', query: {}, headers: { ...headers, host: 'dynamodb.eu-west-1.amazonaws.com' }, body },
        { signingDate: date },
      );
      expect(ours.authorization).toBe(theirs.headers.authorization);
    }
  });

  it('resolves the endpoint like the SDK for the cases Lambda meets', async () => {
    expect((await resolveDynamoDbEndpoint({}, { AWS_REGION: 'eu-west-1' })).url.href).toBe('https://dynamodb.eu-west-1.amazonaws.com/');
    expect((await resolveDynamoDbEndpoint({}, { AWS_REGION: 'cn-north-1' })).url.href).toBe('https://dynamodb.cn-north-1.amazonaws.com.cn/');
    expect((await resolveDynamoDbEndpoint({}, { AWS_REGION: 'us-east-1', AWS_USE_FIPS_ENDPOINT: 'true' })).url.href).toBe('https://dynamodb-fips.us-east-1.amazonaws.com/');
    expect((await resolveDynamoDbEndpoint({}, { AWS_REGION: 'eu-west-1', AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:8000' })).url.href).toBe('http://127.0.0.1:8000/');
    expect((await resolveDynamoDbEndpoint({ region: 'us-west-2', endpoint: 'http://localhost:1234' }, {})).url.host).toBe('localhost:1234');
    await expect(resolveDynamoDbEndpoint({}, {})).rejects.toThrow('Region is missing');
    await expect(resolveDynamoDbEndpoint({}, { AWS_REGION: 'eu-west-1', AWS_USE_DUALSTACK_ENDPOINT: 'true' })).rejects.toThrow('dual-stack');
  });
});

describe('dynamodb-lite: marshalling', () => {
  it('converts every attribute type both ways like @aws-sdk/util-dynamodb', async () => {
    const { marshall: sdkMarshall, unmarshall: sdkUnmarshall } = await import('@aws-sdk/util-dynamodb');
    const item = {
      s: 'text ✓',
      empty: '',
      n: 42.5,
      neg: -7,
      big: 12345678901234567890n,
      t: true,
      nil: null,
      list: [1, 'two', [false, null], { deep: 'yes' }],
      map: { a: { b: { c: 3 } } },
      ss: new Set(['a', 'b']),
      ns: new Set([1, 2, 3]),
      bin: new Uint8Array([0, 1, 2, 255]),
      bs: new Set([new Uint8Array([1]), new Uint8Array([2, 3])]),
    };
    const ours = marshall(item);
    const theirs = sdkMarshall(item);
    expect(JSON.parse(JSON.stringify(ours, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v)))).toEqual(
      JSON.parse(JSON.stringify(theirs, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v))),
    );
    expect(unmarshall(ours)).toEqual(sdkUnmarshall(theirs));
  });

  it('rejects undefined unless told to remove it, and unsafe integers', () => {
    expect(() => marshall({ a: undefined })).toThrow('removeUndefinedValues');
    expect(marshall({ a: undefined, b: [1, undefined] }, { removeUndefinedValues: true })).toEqual({ b: { L: [{ N: '1' }] } });
    expect(() => marshall({ n: 2 ** 60 })).toThrow('MAX_SAFE_INTEGER');
    expect(() => marshall({ n: Number.NaN })).toThrow();
    expect(() => marshall({ d: new Date() })).toThrow('convertClassInstanceToMap');
  });
});

describe('dynamodb-lite: against DynamoDB Local', () => {
  let sdk: SdkClient;
  let sdkDoc: SdkDocumentClient;
  let lite: DynamoDBClient;
  let doc: DynamoDBDocumentClient;
  const tableName = `lite-${randomUUID()}`;

  beforeAll(async () => {
    const endpoint = inject('dynamodbEndpoint');
    sdk = new SdkClient({ ...LOCAL_CLIENT_CONFIG, endpoint });
    sdkDoc = documentClient(sdk);
    await createClaimsTable(sdk, tableName);
    lite = new DynamoDBClient({ ...LOCAL_CLIENT_CONFIG, endpoint, requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000 }, maxAttempts: 3 });
    doc = DynamoDBDocumentClient.from(lite, { marshallOptions: { removeUndefinedValues: true } });
  });
  afterAll(() => {
    lite.destroy();
    sdk.destroy();
  });

  it('writes items the SDK reads back unchanged, and reads items the SDK wrote', async () => {
    const item = { pk: 'T#roundtrip', sk: 'A', text: 'Ünïcödé — “quotes”', n: 27_000_000, list: [1, { x: null }], set: new Set(['x', 'y']), flag: false };
    await doc.send(new PutCommand({ TableName: tableName, Item: { ...item, gone: undefined } }));
    const viaSdk = await sdkDoc.send(new SdkGet({ TableName: tableName, Key: { pk: item.pk, sk: item.sk } }));
    expect(viaSdk.Item).toEqual(item);
    await sdkDoc.send(new SdkPut({ TableName: tableName, Item: { ...item, sk: 'B' } }));
    const viaLite = (await doc.send(new GetCommand({ TableName: tableName, Key: { pk: item.pk, sk: 'B' } }))) as { Item?: unknown; $metadata: { httpStatusCode?: number } };
    expect(viaLite.Item).toEqual({ ...item, sk: 'B' });
    expect(viaLite.$metadata.httpStatusCode).toBe(200);
  });

  it('pages through a Query with ExclusiveStartKey', async () => {
    const writes = Array.from({ length: 30 }, (_, i) => ({ PutRequest: { Item: { pk: 'T#paged', sk: `C#${String(i).padStart(3, '0')}`, doc: 'x'.repeat(100) } } }));
    for (let i = 0; i < writes.length; i += 25) {
      const result = (await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: writes.slice(i, i + 25) } }))) as { UnprocessedItems?: Record<string, unknown[]> };
      expect(result.UnprocessedItems?.[tableName] ?? []).toEqual([]);
    }
    const seen: string[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = (await doc.send(
        new QueryCommand({ TableName: tableName, KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': 'pk' }, ExpressionAttributeValues: { ':pk': 'T#paged' }, Limit: 7, ExclusiveStartKey: startKey }),
      )) as { Items?: Array<{ sk: string }>; LastEvaluatedKey?: Record<string, unknown> };
      seen.push(...(page.Items ?? []).map((i) => i.sk));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    expect(seen).toEqual(writes.map((w) => w.PutRequest.Item.sk));
  });

  it('throws ConditionalCheckFailedException as the SDK does, without retrying', async () => {
    const put = () =>
      doc.send(new PutCommand({ TableName: tableName, Item: { pk: 'T#cond', sk: 'UPD' }, ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: { '#pk': 'pk' } }));
    await put();
    const error = await put().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConditionalCheckFailedException);
    expect(error).toBeInstanceOf(DynamoDBServiceException);
    expect(error).toMatchObject({ name: 'ConditionalCheckFailedException', $fault: 'client', $metadata: { httpStatusCode: 400, attempts: 1 } });
  });

  it('reports a missing table as ResourceNotFoundException', async () => {
    const error = await doc.send(new GetCommand({ TableName: 'no-such-table', Key: { pk: 'a', sk: 'b' } })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', $fault: 'client' });
  });
});

describe('dynamodb-lite: retries and timeouts', () => {
  let server: Server;
  let endpoint: string;
  const replies: Array<{ status: number; body: unknown } | 'hang'> = [];
  let requests = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests++;
      req.resume();
      req.on('end', () => {
        const next = replies.shift() ?? { status: 200, body: {} };
        if (next === 'hang') return;
        res.writeHead(next.status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': `req-${requests}` }).end(JSON.stringify(next.body));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  const client = (maxAttempts = 3, requestTimeout = 2_000) =>
    DynamoDBDocumentClient.from(new DynamoDBClient({ ...LOCAL_CLIENT_CONFIG, endpoint, maxAttempts, requestHandler: { connectionTimeout: 500, requestTimeout } }));
  const throttled = { status: 400, body: { __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException', message: 'slow down' } };

  it('retries a 500 and a throttle, then succeeds', async () => {
    requests = 0;
    replies.push({ status: 500, body: { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'oops' } }, throttled, { status: 200, body: { Items: [{ pk: { S: 'a' } }], Count: 1 } });
    const result = (await client().send(new QueryCommand({ TableName: 't', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': 'a' } }))) as { Items: unknown[]; $metadata: { attempts: number; requestId: string } };
    expect(result.Items).toEqual([{ pk: 'a' }]);
    expect(result.$metadata).toMatchObject({ attempts: 3, requestId: 'req-3' });
    expect(requests).toBe(3);
  });

  it('gives up after maxAttempts with the service error', async () => {
    requests = 0;
    replies.push(throttled, throttled);
    const error = await client(2).send(new GetCommand({ TableName: 't', Key: { pk: 'a' } })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ProvisionedThroughputExceededException', message: 'slow down', $metadata: { attempts: 2 } });
    expect(requests).toBe(2);
  });

  it('does not retry a validation error', async () => {
    requests = 0;
    replies.push({ status: 400, body: { __type: 'com.amazon.coral.validate#ValidationException', message: 'bad expression' } });
    const error = await client().send(new GetCommand({ TableName: 't', Key: { pk: 'a' } })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ValidationException', message: 'bad expression', $fault: 'client' });
    expect(requests).toBe(1);
  });

  it('times out a request that gets no answer, as TimeoutError', async () => {
    requests = 0;
    replies.push('hang', 'hang');
    const started = Date.now();
    const error = await client(2, 200).send(new GetCommand({ TableName: 't', Key: { pk: 'a' } })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError' });
    expect(requests).toBe(2);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
