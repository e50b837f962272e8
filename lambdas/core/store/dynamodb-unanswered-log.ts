/**
 * The unanswered-question log: each question the bot could not answer, or
 * answered only with related claims (a near miss), counted per day, so that
 * curators see what to add next (npm run report -- --unanswered).
 *
 *   pk = "UPD#UNANSWERED#<YYYY-MM-DD>"          (the bot's writable prefix)
 *   sk = "<N|U>#<language>#<chat type>#<hash of the text>"
 *   text, language, chatType, day, nearMiss, count (ADD 1 per question),
 *   expiresAt = the day + 180 days (TTL)
 *
 * Nothing identifies who asked or where: no user id, chat id, username,
 * message id or time of day; the text is normalised and masked
 * (lambdas/core/telemetry/unanswered-text.ts). One UpdateItem per question.
 */
import { createHash } from 'node:crypto';
import { QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { languageOf, normaliseForLog, type QuestionLanguage } from '../telemetry/unanswered-text';
import { TABLE_DESIGN } from './table-design';

export const UNANSWERED_RETENTION_DAYS = 180;
const PK_PREFIX = `${TABLE_DESIGN.botWritablePrefix}UNANSWERED#`;
const DAY_MS = 86_400_000;

export type ChatType = 'private' | 'group' | 'inline';

export interface UnansweredQuestion {
  readonly question: string;
  readonly nearMiss: boolean;
  readonly chatType: ChatType;
}

export interface UnansweredEntry {
  readonly text: string;
  readonly language: QuestionLanguage;
  readonly chatType: ChatType;
  readonly day: string;
  readonly nearMiss: boolean;
  readonly count: number;
}

export interface UnansweredLog {
  record(question: UnansweredQuestion): Promise<void>;
}

export const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export class DynamoDbUnansweredLog implements UnansweredLog {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => number = Date.now,
  ) {}

  async record(question: UnansweredQuestion): Promise<void> {
    const text = normaliseForLog(question.question);
    if (text === '') return;
    const language = languageOf(question.question);
    const at = this.now();
    const day = dayOf(at);
    const hash = createHash('sha256').update(text).digest('base64url').slice(0, 22);
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { [TABLE_DESIGN.partitionKey]: `${PK_PREFIX}${day}`, [TABLE_DESIGN.sortKey]: `${question.nearMiss ? 'N' : 'U'}#${language}#${question.chatType}#${hash}` },
        UpdateExpression: 'ADD #count :one SET #text = :text, #language = :language, #chatType = :chatType, #day = :day, #nearMiss = :nearMiss, #ttl = :ttl',
        ExpressionAttributeNames: { '#count': 'count', '#text': 'text', '#language': 'language', '#chatType': 'chatType', '#day': 'day', '#nearMiss': 'nearMiss', '#ttl': TABLE_DESIGN.ttlAttribute },
        ExpressionAttributeValues: {
          ':one': 1,
          ':text': text,
          ':language': language,
          ':chatType': question.chatType,
          ':day': day,
          ':nearMiss': question.nearMiss,
          ':ttl': Math.floor((Date.parse(`${day}T00:00:00Z`) + UNANSWERED_RETENTION_DAYS * DAY_MS) / 1000),
        },
      }),
    );
  }

  /** Every entry of the days from `sinceMs` to now, one Query per day. */
  async entriesSince(sinceMs: number): Promise<UnansweredEntry[]> {
    const entries: UnansweredEntry[] = [];
    for (let t = Date.parse(`${dayOf(sinceMs)}T00:00:00Z`); t <= this.now(); t += DAY_MS) {
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': TABLE_DESIGN.partitionKey },
            ExpressionAttributeValues: { ':pk': `${PK_PREFIX}${dayOf(t)}` },
            ...(ExclusiveStartKey ? { ExclusiveStartKey } : {}),
          }),
        );
        for (const item of page.Items ?? []) {
          entries.push({
            text: String(item.text),
            language: item.language as QuestionLanguage,
            chatType: item.chatType as ChatType,
            day: String(item.day),
            nearMiss: item.nearMiss === true,
            count: Number(item.count ?? 0),
          });
        }
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
    }
    return entries;
  }
}

export interface UnansweredSummary {
  readonly text: string;
  readonly language: QuestionLanguage;
  readonly nearMiss: boolean;
  readonly count: number;
  readonly days: number;
  readonly chatTypes: readonly ChatType[];
}

/** Entries folded across days and chat types, most asked first (ties: alphabetical). */
export function summariseUnanswered(entries: readonly UnansweredEntry[]): UnansweredSummary[] {
  const byKey = new Map<string, { text: string; language: QuestionLanguage; nearMiss: boolean; count: number; days: Set<string>; chatTypes: Set<ChatType> }>();
  for (const e of entries) {
    const key = `${e.nearMiss}#${e.language}#${e.text}`;
    const s = byKey.get(key) ?? { text: e.text, language: e.language, nearMiss: e.nearMiss, count: 0, days: new Set<string>(), chatTypes: new Set<ChatType>() };
    s.count += e.count;
    s.days.add(e.day);
    s.chatTypes.add(e.chatType);
    byKey.set(key, s);
  }
  return [...byKey.values()]
    .map((s) => ({ text: s.text, language: s.language, nearMiss: s.nearMiss, count: s.count, days: s.days.size, chatTypes: [...s.chatTypes].sort() }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}
