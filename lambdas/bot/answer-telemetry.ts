/**
 * What the bot reports about each answer, outside the reply path:
 *   - one `answer.outcome` log line with EMF metrics (Answered, Unanswered,
 *     NearMiss: 0 or 1 each) and where it was asked;
 *   - for a question it could not answer, or answered only with related
 *     claims, an entry in the unanswered-question log (no user or chat id).
 * The bot calls `onAnswer` once per looked-up answer; the write runs in the
 * background and the webhook awaits `flush()` before it answers Telegram, so
 * a reply never waits for it and Lambda never freezes it half-done. A failed
 * write is logged at warn and forgotten: it never costs a reply.
 */
import type { Answer } from '../core/answer/answer-types';
import type { ChatType, UnansweredLog } from '../core/store/dynamodb-unanswered-log';
import { BOT_METRICS, BOT_METRIC_DIMENSIONS } from '../core/telemetry/bot-metrics';
import { emfFields } from '../core/telemetry/emf';
import { describeError, type Logger } from './structured-log';

export interface AnswerTelemetryOptions {
  readonly log: Logger;
  readonly unanswered?: UnansweredLog;
  /** CloudWatch namespace of the EMF metrics; none, no metrics. */
  readonly metricNamespace?: string;
}

export interface AnswerTelemetry {
  onAnswer(answer: Pick<Answer, 'answered' | 'reason' | 'question'>, via: ChatType): void;
  /** Waits for the background writes, at most `maxMs`. */
  flush(maxMs?: number): Promise<void>;
}

export function createAnswerTelemetry(options: AnswerTelemetryOptions): AnswerTelemetry {
  const { log } = options;
  const pending = new Set<Promise<void>>();
  return {
    onAnswer(answer, via) {
      const nearMiss = !answer.answered && answer.reason === 'near-miss';
      const unanswered = !answer.answered && !nearMiss;
      if (options.metricNamespace) {
        log.info('answer.outcome', {
          via,
          ...(answer.reason ? { reason: answer.reason } : {}),
          ...emfFields(options.metricNamespace, BOT_METRIC_DIMENSIONS, {
            [BOT_METRICS.answered]: { value: answer.answered ? 1 : 0, unit: 'Count' },
            [BOT_METRICS.unanswered]: { value: unanswered ? 1 : 0, unit: 'Count' },
            [BOT_METRICS.nearMiss]: { value: nearMiss ? 1 : 0, unit: 'Count' },
          }),
        });
      }
      if (answer.answered || !options.unanswered) return;
      const write: Promise<void> = options.unanswered
        .record({ question: answer.question, nearMiss, chatType: via })
        .catch((err: unknown) => log.warn('unanswered.record_failed', { error: describeError(err) }))
        .finally(() => pending.delete(write));
      pending.add(write);
    },
    async flush(maxMs = 1_000) {
      if (pending.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...pending]), new Promise((resolve) => (timer = setTimeout(resolve, maxMs)))]);
      clearTimeout(timer);
    },
  };
}
