/** The bot's CloudWatch metrics (EMF, written by hand: see README, "Metrics, traces and the dashboard"). */
export const BOT_METRIC_DIMENSIONS = { Service: 'bot' } as const;
export const BOT_METRICS = {
  answered: 'Answered',
  unanswered: 'Unanswered',
  nearMiss: 'NearMiss',
  rejected: 'RejectedRequests',
  updateMs: 'UpdateLatency',
} as const;
