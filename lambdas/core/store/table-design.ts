/**
 * The one DynamoDB table's physical shape. Infra (key schema, TTL, IAM
 * leading-key condition) and the store classes both read it from here, so the
 * table and the code that talks to it cannot drift apart.
 *
 * Only the DynamoDB store classes may build keys; everything else goes through
 * the ClaimsStore / UpdateLedger interfaces.
 */
export const TABLE_DESIGN = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB's TTL deletes short-lived items (update de-duplication). */
  ttlAttribute: 'expiresAt',
  /** Every item the bot itself writes starts with this partition-key prefix (IAM LeadingKeys condition). */
  botWritablePrefix: 'UPD#',
} as const;
