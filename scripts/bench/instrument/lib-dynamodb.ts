/**
 * Instrumented bench bundles only (esbuild alias for `@aws-sdk/lib-dynamodb`):
 * the real package, with DynamoDBDocumentClient.send timed by the await clock.
 * Everything inside send (the SDK's middleware, signing, the HTTP round trip,
 * unmarshalling) counts as awaiting DynamoDB.
 *
 * The real module is imported by path (an alias never applies to a path, so
 * this is not circular); its ES build has no declarations beside it, so the
 * package's own types are applied by hand.
 */
import type * as LibDynamoDb from '@aws-sdk/lib-dynamodb';
// @ts-expect-error -- no .d.ts next to dist-es; typed through LibDynamoDb below.
import * as realModule from '../../../node_modules/@aws-sdk/lib-dynamodb/dist-es/index.js';
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
