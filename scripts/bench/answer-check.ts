/**
 * The answers themselves, claim by claim: the question set through the
 * answerer in this process, against the benchmark's table, with the store's
 * budgeted read. Checks that every real question gets the same claim ids at
 * every size (a near miss's related claims too), and counts the questions whose read the budget cut short.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { planLookup } from '../../lambdas/core/answer/lookup-plan';
import { parseQuestion } from '../../lambdas/core/answer/parse-question';
import { MAX_ITEMS_PER_KEY, QuestionAnswerer } from '../../lambdas/core/answer/question-answerer';
import { vocabularyFor } from '../../lambdas/core/answer/question-vocabulary';
import type { Knowledge } from '../../lambdas/core/knowledge/knowledge';
import { DynamoDbClaimsStore } from '../../lambdas/core/store/dynamodb-claims-store';
import { documentClient } from '../lib/claims-table';
import { LOCAL_CLIENT_CONFIG } from '../lib/dynamodb-local';

export interface AnsweredQuestion {
  readonly question: string;
  /** The answer's claims, in the order shown, then a near miss's related claims (marked "related:"). */
  readonly ids: readonly string[];
  /** The store's budget left claims of a partition unread. */
  readonly truncated: boolean;
  /** Read requests the store sent for the plan's keys. */
  readonly requests: number;
}

export async function answerQuestions(endpoint: string, tableName: string, knowledge: Knowledge, questions: readonly string[]): Promise<AnsweredQuestion[]> {
  const client = new DynamoDBClient({ ...LOCAL_CLIENT_CONFIG, endpoint });
  try {
    const store = new DynamoDbClaimsStore(documentClient(client), tableName);
    const answerer = new QuestionAnswerer(store, knowledge);
    const v = vocabularyFor(knowledge);
    const results: AnsweredQuestion[] = [];
    for (const question of questions) {
      const answer = await answerer.answer(question);
      const plan = planLookup(parseQuestion(question, v), v);
      const read = plan === null || plan.keys.length === 0 ? undefined : await store.readLookupKeys(plan.keys, { pageSize: MAX_ITEMS_PER_KEY, knownSources: knowledge.sources });
      results.push({ question, ids: [...answer.topics.flatMap((t) => t.claims.map((c) => c.id)), ...(answer.related ?? []).flatMap((t) => t.claims.map((c) => `related:${c.id}`))], truncated: read?.truncated ?? false, requests: read?.requests ?? 0 });
    }
    return results;
  } finally {
    client.destroy();
  }
}
