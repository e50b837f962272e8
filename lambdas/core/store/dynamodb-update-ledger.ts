/**
 * Remembers which Telegram updates were already taken on, so that a webhook
 * re-delivery (Telegram retries slow or failed calls for about a day) never
 * produces a second reply.
 *
 *   pk = "UPD#<bot id>#<update_id>"  sk = "UPD"  expiresAt = now + 48 h (TTL)
 *   firstSeenBy = the id of the Lambda invocation that took the update on
 *
 * One conditional PutItem per update: it succeeds for the first delivery, and
 * again for that same invocation, never for another one. The second half
 * matters because the put runs with SDK retries and a short timeout: a put that
 * DynamoDB applied but whose answer timed out is retried by the SDK, and with
 * a bare `attribute_not_exists(pk)` that retry would fail its condition and
 * read as "a re-delivery", so the update would never be answered. Telegram's
 * re-delivery is a new invocation with a new id, so it is still refused.
 * The pk prefix is TABLE_DESIGN.botWritablePrefix, the only prefix the bot's
 * IAM policy lets it write. The TTL is twice Telegram's retry window because
 * DynamoDB deletes expired items lazily, and an item that lives longer only
 * makes de-duplication stricter.
 */
import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_DESIGN } from './table-design';

export interface UpdateLedger {
  /**
   * True for the first delivery of `updateId`, false for a re-delivery. Throws UpdateLedgerError when the table is unreachable.
   * `invocationId` identifies this attempt at handling it (the Lambda request id): asking again with the
   * same id answers true again. Omitted, every call is its own invocation.
   */
  recordFirstDelivery(updateId: number, invocationId?: string): Promise<boolean>;
}

export class UpdateLedgerError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UpdateLedgerError';
  }
}

export const UPDATE_LEDGER_TTL_SECONDS = 48 * 60 * 60;

/** The attribute naming the invocation that took the update on. */
export const FIRST_SEEN_BY_ATTRIBUTE = 'firstSeenBy';

export interface DynamoDbUpdateLedgerOptions {
  /** Namespaces update ids per bot, in case two bots ever share a table. */
  readonly botId: number;
  readonly ttlSeconds?: number;
  readonly now?: () => number;
}

export class DynamoDbUpdateLedger implements UpdateLedger {
  private readonly ttlSeconds: number;
  private readonly now: () => number;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly options: DynamoDbUpdateLedgerOptions,
  ) {
    this.ttlSeconds = options.ttlSeconds ?? UPDATE_LEDGER_TTL_SECONDS;
    this.now = options.now ?? Date.now;
    if (this.ttlSeconds < 24 * 60 * 60) throw new UpdateLedgerError('the update ledger TTL must cover Telegram\'s 24 h retry window');
  }

  /** The item's key; exposed for tests and for the IAM prefix check. */
  keyOf(updateId: number): { pk: string; sk: string } {
    return { pk: `${TABLE_DESIGN.botWritablePrefix}${this.options.botId}#${updateId}`, sk: 'UPD' };
  }

  async recordFirstDelivery(updateId: number, invocationId: string = randomUUID()): Promise<boolean> {
    if (invocationId.length === 0) throw new UpdateLedgerError('the invocation id must not be empty');
    const key = this.keyOf(updateId);
    const nowSeconds = Math.floor(this.now() / 1000);
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            [TABLE_DESIGN.partitionKey]: key.pk,
            [TABLE_DESIGN.sortKey]: key.sk,
            receivedAt: nowSeconds,
            [FIRST_SEEN_BY_ATTRIBUTE]: invocationId,
            [TABLE_DESIGN.ttlAttribute]: nowSeconds + this.ttlSeconds,
          },
          // Computed once, so an SDK retry of this put writes the very same item.
          ConditionExpression: 'attribute_not_exists(#pk) OR #by = :me',
          ExpressionAttributeNames: { '#pk': TABLE_DESIGN.partitionKey, '#by': FIRST_SEEN_BY_ATTRIBUTE },
          ExpressionAttributeValues: { ':me': invocationId },
        }),
      );
      return true;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException || (err as { name?: unknown } | null)?.name === 'ConditionalCheckFailedException') return false;
      throw new UpdateLedgerError(`could not record update ${updateId}`, { cause: err });
    }
  }
}
