/**
 * One CloudWatch dashboard for the operator: what the bot answered, how fast,
 * what it refused, what Telegram sees (the webhook check), and every alarm.
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { BOT_METRICS, BOT_METRIC_DIMENSIONS } from '../../lambdas/core/telemetry/bot-metrics';
import { CHECK_DIMENSIONS, CHECK_METRICS } from '../../lambdas/webhook-check/check-metrics';

export interface OperationsDashboardProps {
  readonly dashboardName: string;
  readonly metricNamespace: string;
  readonly bot: lambda.IFunction;
  readonly alarms: readonly cloudwatch.IAlarm[];
}

export class OperationsDashboard extends Construct {
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: OperationsDashboardProps) {
    super(scope, id);
    const period = Duration.minutes(5);
    const ns = props.metricNamespace;
    const bot = (metricName: string, statistic: string, label: string) =>
      new cloudwatch.Metric({ namespace: ns, metricName, dimensionsMap: { ...BOT_METRIC_DIMENSIONS }, statistic, period, label });
    const check = (metricName: string, statistic: string, label: string) =>
      new cloudwatch.Metric({ namespace: ns, metricName, dimensionsMap: { ...CHECK_DIMENSIONS }, statistic, period, label });
    const fromLog = (metricName: string, label: string) => new cloudwatch.Metric({ namespace: ns, metricName, statistic: cloudwatch.Stats.SUM, period, label });

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: props.dashboardName,
      defaultInterval: Duration.days(1),
      widgets: [
        [
          new cloudwatch.GraphWidget({
            title: 'Questions: answered, near miss, unanswered',
            width: 12,
            stacked: true,
            left: [
              bot(BOT_METRICS.answered, cloudwatch.Stats.SUM, 'answered'),
              bot(BOT_METRICS.nearMiss, cloudwatch.Stats.SUM, 'near miss (related claims only)'),
              bot(BOT_METRICS.unanswered, cloudwatch.Stats.SUM, 'unanswered'),
            ],
          }),
          new cloudwatch.GraphWidget({
            title: 'Update latency (handler, ms)',
            width: 12,
            left: [bot(BOT_METRICS.updateMs, cloudwatch.Stats.p(50), 'p50'), bot(BOT_METRICS.updateMs, cloudwatch.Stats.p(99), 'p99')],
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'Bot function',
            width: 12,
            left: [
              props.bot.metricInvocations({ period, statistic: cloudwatch.Stats.SUM, label: 'invocations' }),
              props.bot.metricErrors({ period, statistic: cloudwatch.Stats.SUM, label: 'errors' }),
              props.bot.metricThrottles({ period, statistic: cloudwatch.Stats.SUM, label: 'throttles' }),
            ],
          }),
          new cloudwatch.GraphWidget({
            title: 'Refused and failed',
            width: 12,
            left: [
              bot(BOT_METRICS.rejected, cloudwatch.Stats.SUM, 'refused before authentication (junk)'),
              fromLog('TelegramRequestsRejected', "401s to Telegram's own addresses"),
              fromLog('TelegramErrors', 'Telegram API errors and 429s'),
              fromLog('BotErrorLogs', 'error-level log lines'),
            ],
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: "Telegram's view (getWebhookInfo every 5 min)",
            width: 12,
            left: [check(CHECK_METRICS.pendingUpdates, cloudwatch.Stats.MAXIMUM, 'pending updates')],
            right: [
              check(CHECK_METRICS.recentErrors, cloudwatch.Stats.MAXIMUM, 'delivery error since last check'),
              check(CHECK_METRICS.urlMismatch, cloudwatch.Stats.MAXIMUM, 'webhook URL not ours'),
              check(CHECK_METRICS.checkOk, cloudwatch.Stats.MINIMUM, 'check worked'),
            ],
          }),
          new cloudwatch.AlarmStatusWidget({ title: 'Alarms', width: 12, alarms: [...props.alarms] }),
        ],
      ],
    });
  }
}
