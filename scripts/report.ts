/**
 * npm run report -- --unanswered [--since 7d] [--json]
 *
 * The questions the bot could not answer, or answered only with related
 * claims (near misses), most asked first: what curators should add next.
 * Reads the table named by CLAIMS_TABLE (the deployed one: the ClaimsTableName
 * output; AWS credentials for its account), or an embedded DynamoDB Local
 * (empty unless something recorded into it). `--since` takes 7d, 24h or a
 * date (2026-11-01); default 7d. Entries are kept 180 days.
 */
import { parseArgs } from 'node:util';
import { DynamoDbUnansweredLog, UNANSWERED_RETENTION_DAYS, summariseUnanswered, type UnansweredSummary } from '../lambdas/core/store/dynamodb-unanswered-log';
import { openClaimsTable } from './lib/claims-table';
import { isMain, runMain } from './ops/cli';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** `7d`, `24h` or `YYYY-MM-DD` → epoch ms. */
export function parseSince(text: string, now: number): number {
  const relative = /^(\d{1,3})([dh])$/.exec(text);
  if (relative) return now - Number(relative[1]) * (relative[2] === 'd' ? 86_400_000 : 3_600_000);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`))) return Date.parse(`${text}T00:00:00Z`);
  throw new Error(`--since takes 7d, 24h or a date such as 2026-11-01, got "${text}"`);
}

export function formatReport(rows: readonly UnansweredSummary[], heading: string): string[] {
  if (rows.length === 0) return [heading, '  no unanswered questions recorded'];
  const total = rows.reduce((n, r) => n + r.count, 0);
  const lines = [heading, `  ${total} questions, ${rows.length} distinct; near miss = only related claims were shown`, ''];
  lines.push('  count  days  kind       lang  where                  question');
  for (const r of rows) {
    lines.push(`  ${String(r.count).padStart(5)}  ${String(r.days).padStart(4)}  ${(r.nearMiss ? 'near miss' : 'none').padEnd(9)}  ${r.language.padEnd(4)}  ${r.chatTypes.join(',').padEnd(21)}  ${r.text}`);
  }
  return lines;
}

export async function unansweredReport(docClient: DynamoDBDocumentClient, tableName: string, sinceMs: number, now: number = Date.now()): Promise<UnansweredSummary[]> {
  return summariseUnanswered(await new DynamoDbUnansweredLog(docClient, tableName, () => now).entriesSince(sinceMs));
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { unanswered: { type: 'boolean' }, since: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
  if (!values.unanswered) throw new Error('npm run report -- --unanswered [--since 7d] [--json]');
  const now = Date.now();
  const sinceText = values.since ?? '7d';
  const since = parseSince(sinceText, now);
  if (now - since > UNANSWERED_RETENTION_DAYS * 86_400_000) console.error(`Entries are kept ${UNANSWERED_RETENTION_DAYS} days: older ones are gone.`);
  const table = await openClaimsTable();
  try {
    const rows = await unansweredReport(table.docClient, table.tableName, since, now);
    if (values.json) for (const row of rows) console.log(JSON.stringify(row));
    else for (const line of formatReport(rows, `Unanswered questions since ${new Date(since).toISOString().slice(0, 10)} (${table.description})`)) console.log(line);
  } finally {
    await table.close();
  }
}

if (isMain(import.meta.url)) runMain(() => main(process.argv.slice(2)));
