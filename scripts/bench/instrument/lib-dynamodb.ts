/**
 * Instrumented bench bundles only (esbuild alias for `@aws-sdk/lib-dynamodb`):
 * the real package, with DynamoDBDocumentClient.send timed by the await clock.
 * Everything inside send (the SDK's middleware, signing, the HTTP round trip,
 * unmarshalling) counts as awaiting DynamoDB.
 *
 * `bench-deployed-lib-dynamodb` is aliased (scripts/bench/bundles.ts) to
 * whatever the deployed bundle uses for `@aws-sdk/lib-dynamodb`: the stand-in
 * from infra/bundling.ts if there is one, else the package's ES build. The
 * package's own types are applied by hand.
 */
import type * as LibDynamoDb from '@aws-sdk/lib-dynamodb';
// @ts-expect-error -- a bundle-time alias, not a package; typed through LibDynamoDb below.
import * as realModule from 'bench-deployed-lib-dynamodb';
import { timedAwait } from './await-clock';

const real = realModule as typeof LibDynamoDb;

export const { QueryCommand, PutCommand, GetCommand, DeleteCommand, UpdateCommand, BatchWriteCommand, BatchGetCommand, ScanCommand } = real;

type Send = (...args: unknown[]) => Promise<unknown>;

/** Only `from` is used by the handler; the returned client is the real one with a timed `send`. */
export const DynamoDBDocumentClient = {
  from(...args: Parameters<typeof LibDynamoDb.DynamoDBDocumentClient.from>): LibDynamoDb.DynamoDBDocumentClient {
    const doc = real.DynamoDBDocumentClient.from(...args);
    const send = (doc.send as unknown as Send).bind(doc);
    (doc as unknown as { send: Send }).send = (...sendArgs) => timedAwait(() => send(...sendArgs));
    return doc;
  },
};
