/** Metrics (EMF lines), the dashboard and the tracing switch. */
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { createAnswerTelemetry } from '../../lambdas/bot/answer-telemetry';
import { createLogger } from '../../lambdas/bot/structured-log';
import { BOT_METRICS } from '../../lambdas/core/telemetry/bot-metrics';
import { cachedUntilFailure, createWebhookHandler } from '../../lambdas/webhook/webhook-request-handler';
import { TELEGRAM_ERRORS_LOG_PATTERN } from '../../infra/factcheck-stack';
import { functionUrlEvent, lambdaContext } from '../webhook/support/function-url-events';
import { logicalIdOf, synth } from './synth';

type Json = Record<string, unknown>;
type Emf = Json & { _aws: { CloudWatchMetrics: Array<{ Namespace: string; Dimensions: string[][]; Metrics: Array<{ Name: string; Unit: string }> }> } };

const NS = 'FactCheckBot/FactCheckBot';
const emfOf = (lines: string[]) => lines.map((l) => JSON.parse(l) as Emf).filter((l) => l._aws);

describe('EMF metrics in the bot log', () => {
  it('answer-telemetry writes Answered / NearMiss / Unanswered, 0 or 1 each, one line per answer', () => {
    const lines: string[] = [];
    const telemetry = createAnswerTelemetry({ log: createLogger({ sink: (_l, line) => lines.push(line) }), metricNamespace: NS });
    telemetry.onAnswer({ question: 'q', answered: true }, 'private');
    telemetry.onAnswer({ question: 'q', answered: false, reason: 'near-miss' }, 'group');
    telemetry.onAnswer({ question: 'q', answered: false, reason: 'no-claims' }, 'inline');
    const emf = emfOf(lines);
    expect(emf.map((l) => [l.via, l.Answered, l.NearMiss, l.Unanswered])).toEqual([
      ['private', 1, 0, 0],
      ['group', 0, 1, 0],
      ['inline', 0, 0, 1],
    ]);
    for (const line of emf) {
      expect(line).toMatchObject({ level: 'info', event: 'answer.outcome', Service: 'bot' });
      expect(line._aws.CloudWatchMetrics).toEqual([{ Namespace: NS, Dimensions: [['Service']], Metrics: [{ Name: 'Answered', Unit: 'Count' }, { Name: 'Unanswered', Unit: 'Count' }, { Name: 'NearMiss', Unit: 'Count' }] }]);
    }
  });

  it('the webhook handler writes UpdateLatency per handled update and RejectedRequests counting every refused request', async () => {
    const lines: string[] = [];
    let now = 1_000_000;
    const handler = createWebhookHandler({
      runtime: cachedUntilFailure(async () => ({ webhookSecret: 'S'.repeat(40), bot: { handleUpdate: async () => undefined } })),
      ledger: { recordFirstDelivery: async () => true },
      log: createLogger({ sink: (_l, line) => lines.push(line) }),
      now: () => now,
      metricNamespace: NS,
    });
    await handler(functionUrlEvent({ secret: 'S'.repeat(40), body: '{"update_id":5,"message":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"},"text":"hi"}}' }), lambdaContext());
    for (let i = 0; i < 250; i++) await handler(functionUrlEvent({ secret: 'junk', body: '{}', sourceIp: '203.0.113.7' }), lambdaContext());
    now += 61_000;
    await handler(functionUrlEvent({ secret: 'junk', body: '{}', sourceIp: '203.0.113.7' }), lambdaContext());
    const emf = emfOf(lines);
    const latency = emf.filter((l) => l.event === 'update.handled');
    expect(latency).toHaveLength(1);
    expect(latency[0]!._aws.CloudWatchMetrics[0]!.Metrics).toEqual([{ Name: BOT_METRICS.updateMs, Unit: 'Milliseconds' }]);
    const rejected = emf.filter((l) => l.event === 'webhook.rejected').map((l) => l.RejectedRequests as number);
    // Two lines for 251 refused requests, and their values add up to all of them.
    expect(rejected).toEqual([1, 250]);
  });
});

describe('the stack', () => {
  const prod = synth({ alarmEmail: 'ops@example.com' }, { bundle: false });

  it('gives the bot its metric namespace and the unanswered-log switch (on by default, off with recordUnanswered=false)', () => {
    const env = (s: typeof prod) => (s.template.toJSON().Resources[logicalIdOf(s.stack.bot.function)].Properties as { Environment: { Variables: Json } }).Environment.Variables;
    expect(env(prod)).toMatchObject({ METRIC_NAMESPACE: NS, RECORD_UNANSWERED: 'true' });
    expect(env(synth({ recordUnanswered: 'false' }, { bundle: false }))).toMatchObject({ RECORD_UNANSWERED: 'false' });
  });

  it('has one dashboard with the answer, latency, refusal, webhook-check metrics and every alarm', () => {
    const dashboards = prod.template.findResources('AWS::CloudWatch::Dashboard');
    expect(Object.keys(dashboards)).toHaveLength(1);
    const body = JSON.stringify(Object.values(dashboards)[0]!.Properties);
    for (const metric of ['Answered', 'NearMiss', 'Unanswered', 'UpdateLatency', 'RejectedRequests', 'TelegramErrors', 'TelegramRequestsRejected', 'WebhookPendingUpdates', 'WebhookRecentErrors', 'WebhookCheckOk']) {
      expect(body, metric).toContain(metric);
    }
    const alarmIds = Object.keys(prod.template.findResources('AWS::CloudWatch::Alarm'));
    for (const id of alarmIds) expect(body, id).toContain(id);
  });

  it('counts Telegram API errors from the bot log', () => {
    expect(TELEGRAM_ERRORS_LOG_PATTERN.logPatternString).toBe('{ ($.error.kind = "telegram") || ($.event = "telegram.*") }');
    prod.template.hasResourceProperties('AWS::Logs::MetricFilter', { FilterPattern: TELEGRAM_ERRORS_LOG_PATTERN.logPatternString, MetricTransformations: [Match.objectLike({ MetricName: 'TelegramErrors' })] });
  });

  it('traces with X-Ray only when asked (-c tracing=true), and then still passes cdk-nag', () => {
    for (const fn of Object.values(prod.template.findResources('AWS::Lambda::Function'))) expect((fn.Properties as Json).TracingConfig).toBeUndefined();
    const traced = synth({ tracing: 'true', alarmEmail: 'ops@example.com' }, { bundle: false });
    const functions = Object.values(traced.template.findResources('AWS::Lambda::Function'));
    expect(functions).toHaveLength(4);
    for (const fn of functions) expect((fn.Properties as Json).TracingConfig).toEqual({ Mode: 'Active' });
    const report = traced.nag.validateScope(traced.app);
    expect(report.violations.map((v) => v.ruleName)).toEqual([]);
  });
});
