/**
 * A recording proxy in front of DynamoDB Local, for counting what the real
 * handler sends without touching its code:
 *
 * - every request's operation (X-Amz-Target), table and duration;
 * - `ReturnConsumedCapacity: "TOTAL"` is added to every operation that takes
 *   it, and the ConsumedCapacity DynamoDB answers with is recorded;
 * - a Scan is recorded like anything else; the benchmark fails on it.
 *
 * DynamoDB Local does not verify request signatures, so re-serialising the
 * body after adding the parameter is harmless here (and only here).
 */
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TABLE_DESIGN } from '../../lambdas/core/store/table-design';

export interface ProxiedRequest {
  readonly operation: string;
  readonly table: string | undefined;
  /** PutItem: the item's partition key; Query: the first string value bound (the partition asked for). */
  readonly partition: string | undefined;
  readonly capacityUnits: number;
  readonly readCapacityUnits: number;
  readonly writeCapacityUnits: number;
  readonly durationMs: number;
  readonly status: number;
}

const TAKES_CONSUMED_CAPACITY = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactGetItems', 'TransactWriteItems']);

type Capacity = { CapacityUnits?: number; ReadCapacityUnits?: number; WriteCapacityUnits?: number; TableName?: string };

function capacityOf(operation: string, consumed: Capacity | Capacity[] | undefined): { total: number; read: number; write: number } {
  const list = consumed === undefined ? [] : Array.isArray(consumed) ? consumed : [consumed];
  let total = 0;
  let read = 0;
  let write = 0;
  for (const c of list) {
    const units = c.CapacityUnits ?? 0;
    total += units;
    // DynamoDB Local reports only CapacityUnits; split by the kind of operation.
    if (c.ReadCapacityUnits !== undefined || c.WriteCapacityUnits !== undefined) {
      read += c.ReadCapacityUnits ?? 0;
      write += c.WriteCapacityUnits ?? 0;
    } else if (/^(Get|BatchGet|Query|Scan|TransactGet)/.test(operation)) read += units;
    else write += units;
  }
  return { total, read, write };
}

function partitionOf(operation: string, body: Record<string, unknown>): string | undefined {
  type Attr = { S?: string };
  if (operation === 'PutItem') {
    return (body.Item as Record<string, Attr> | undefined)?.[TABLE_DESIGN.partitionKey]?.S;
  }
  if (operation === 'Query') {
    const values = body.ExpressionAttributeValues as Record<string, Attr> | undefined;
    return Object.values(values ?? {}).find((a) => typeof a?.S === 'string')?.S;
  }
  return undefined;
}

export interface DynamoDbProxy {
  readonly endpoint: string;
  readonly requests: ProxiedRequest[];
  close(): Promise<void>;
}

export async function startDynamoDbProxy(target: string): Promise<DynamoDbProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const requests: ProxiedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const started = performance.now();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
      let body = Buffer.concat(chunks);
      let table: string | undefined;
      let partition: string | undefined;
      try {
        const parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        table = typeof parsed.TableName === 'string' ? parsed.TableName : undefined;
        partition = partitionOf(operation, parsed);
        if (TAKES_CONSUMED_CAPACITY.has(operation)) {
          parsed.ReturnConsumedCapacity = 'TOTAL';
          body = Buffer.from(JSON.stringify(parsed), 'utf8');
        }
      } catch {
        // Not JSON: pass it through untouched.
      }
      const headers = { ...req.headers, 'content-length': String(body.length), host: upstream.host };
      const up = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers, agent }, (upRes) => {
        const out: Buffer[] = [];
        upRes.on('data', (c: Buffer) => out.push(c));
        upRes.on('end', () => {
          const responseBody = Buffer.concat(out);
          let capacity = { total: 0, read: 0, write: 0 };
          try {
            const parsed = JSON.parse(responseBody.toString('utf8')) as { ConsumedCapacity?: Capacity | Capacity[] };
            capacity = capacityOf(operation, parsed.ConsumedCapacity);
          } catch {
            // Error bodies and empty bodies carry no capacity.
          }
          requests.push({
            operation,
            table,
            partition,
            capacityUnits: capacity.total,
            readCapacityUnits: capacity.read,
            writeCapacityUnits: capacity.write,
            durationMs: performance.now() - started,
            status: upRes.statusCode ?? 0,
          });
          res.writeHead(upRes.statusCode ?? 502, { ...upRes.headers, 'content-length': String(responseBody.length) });
          res.end(responseBody);
        });
      });
      up.on('error', (error) => {
        requests.push({ operation, table, partition, capacityUnits: 0, readCapacityUnits: 0, writeCapacityUnits: 0, durationMs: performance.now() - started, status: 502 });
        res.writeHead(502).end(String(error));
      });
      up.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
