/**
 * Test kit for the custom-resource handlers: a recording stand-in for
 * CloudFormation's pre-signed ResponseURL on 127.0.0.1, and event builders.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CfnResponseBody, CustomResourceEvent, RequestType } from '../../lambdas/custom-resources/cfn-response';

export interface RecordedResponse {
  readonly path: string;
  readonly contentType: string | undefined;
  readonly body: CfnResponseBody;
}

export interface ResponseRecorder {
  readonly responses: RecordedResponse[];
  /** A fresh ResponseURL (unique path) for one event. */
  url(): string;
  /** The next PUT gets this status instead of 200. */
  failNext(status: number): void;
  close(): Promise<void>;
}

export async function startResponseRecorder(): Promise<ResponseRecorder> {
  const responses: RecordedResponse[] = [];
  let failures: number[] = [];
  let counter = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const status = failures.shift();
      if (status) {
        res.writeHead(status).end();
        return;
      }
      responses.push({ path: req.url ?? '', contentType: req.headers['content-type'], body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as CfnResponseBody });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    responses,
    url: () => `http://127.0.0.1:${port}/cloudformation-response/${++counter}?X-Amz-Signature=test`,
    failNext: (status) => (failures = [...failures, status]),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

export function cfnEvent(
  recorder: ResponseRecorder,
  requestType: RequestType,
  properties: Record<string, unknown>,
  extra: { physicalResourceId?: string; oldProperties?: Record<string, unknown>; logicalId?: string } = {},
): CustomResourceEvent {
  return {
    RequestType: requestType,
    ResponseURL: recorder.url(),
    StackId: 'arn:aws:cloudformation:eu-central-1:123456789012:stack/FactCheckBot/0b1c2d3e',
    RequestId: `req-${Math.random().toString(36).slice(2)}`,
    ResourceType: 'Custom::Test',
    LogicalResourceId: extra.logicalId ?? 'TestResource',
    ...(extra.physicalResourceId ? { PhysicalResourceId: extra.physicalResourceId } : {}),
    ResourceProperties: { ServiceToken: 'arn:aws:lambda:eu-central-1:123456789012:function:handler', ...properties },
    ...(extra.oldProperties ? { OldResourceProperties: extra.oldProperties } : {}),
  };
}

/** A Lambda context with plenty of time left. */
export const lambdaContext = (remainingMs = 120_000) => ({ getRemainingTimeInMillis: () => remainingMs });
