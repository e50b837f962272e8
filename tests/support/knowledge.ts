/** The knowledge of the repository's data/, as the bot builds it at cold start (one per test process). */
import { loadKnowledge } from '../../lambdas/core/knowledge/load-knowledge';
import { vocabularyFor } from '../../lambdas/core/answer/question-vocabulary';
import { DATA_DIR } from '../../scripts/lib/claims-table';

export const KNOWLEDGE = loadKnowledge(DATA_DIR);
export const VOCABULARY = vocabularyFor(KNOWLEDGE);
