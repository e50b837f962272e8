/** The webhook check's metric names and dimensions, shared by the function and the stack's alarms. */
export const CHECK_DIMENSIONS = { Service: 'webhook-check' } as const;
export const CHECK_METRICS = {
  recentErrors: 'WebhookRecentErrors',
  pendingUpdates: 'WebhookPendingUpdates',
  urlMismatch: 'WebhookUrlMismatch',
  checkOk: 'WebhookCheckOk',
} as const;

