/**
 * An HTTP proxy in front of DynamoDB Local that can lose a response on its way
 * back: the request reaches DynamoDB (and is applied), but the client never
 * hears the answer and times out. That is the one failure a client's retry
 * cannot tell apart from a request that never arrived.
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedCall {
  /** The operation, from X-Amz-Target ("PutItem", "Query", …). */
  readonly operation: string;
  /** DynamoDB's HTTP status. */
  readonly upstreamStatus: number;
  /** False when the proxy swallowed the response. */
  readonly delivered: boolean;
}

export interface LossyDynamoDbProxy {
  readonly endpoint: string;
  readonly calls: ProxiedCall[];
  /** The next `count` responses to `operation` are applied upstream but never delivered. */
  loseResponses(operation: string, count?: number): void;
  close(): Promise<void>;
}

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startLossyDynamoDbProxy(upstream: string): Promise<LossyDynamoDbProxy> {
  const target = new URL(upstream);
  const calls: ProxiedCall[] = [];
  const toLose = new Map<string, number>();
  const held: ServerResponse[] = [];

  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readAll(req);
      const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
      const upstreamRes = await new Promise<IncomingMessage>((resolve, reject) => {
        const out = request({ hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, resolve);
        out.on('error', reject);
        out.end(body);
      });
      const answer = await readAll(upstreamRes);
      const lose = toLose.get(operation) ?? 0;
      if (lose > 0) {
        toLose.set(operation, lose - 1);
        calls.push({ operation, upstreamStatus: upstreamRes.statusCode ?? 0, delivered: false });
        // Applied upstream; the answer is lost. Hold the socket open until the client gives up.
        held.push(res);
        return;
      }
      calls.push({ operation, upstreamStatus: upstreamRes.statusCode ?? 0, delivered: true });
      res.writeHead(upstreamRes.statusCode ?? 500, upstreamRes.headers).end(answer);
    })().catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(502).end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    loseResponses: (operation, count = 1) => toLose.set(operation, (toLose.get(operation) ?? 0) + count),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
