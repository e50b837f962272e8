/**
 * The outside-in check of the webhook: EventBridge Scheduler runs a small
 * function every CHECK_INTERVAL that asks Telegram for getWebhookInfo
 * (lambdas/webhook-check/webhook-check.ts) and writes what it finds as EMF
 * metrics; four alarms watch them. A broken webhook (a secret Telegram no
 * longer matches, a URL another deploy took over, a function that fails)
 * pages within about ten minutes instead of after Telegram's day of retries.
 */
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { CHECK_DIMENSIONS, CHECK_METRICS } from '../../lambdas/webhook-check/check-metrics';
import { BotFunction } from './bot-function';

export const CHECK_INTERVAL = Duration.minutes(5);

export interface WebhookCheckProps {
  readonly webhookUrl: string;
  readonly botTokenSecret: ISecret;
  readonly botTokenSecretId: string;
  readonly metricNamespace: string;
  readonly logRetention: logs.RetentionDays;
  readonly logRemovalPolicy: RemovalPolicy;
  readonly tracing?: boolean;
}

export class WebhookCheck extends Construct {
  readonly checker: BotFunction;
  readonly schedule: scheduler.CfnSchedule;
  readonly alarms: cloudwatch.Alarm[];

  constructor(scope: Construct, id: string, props: WebhookCheckProps) {
    super(scope, id);
    this.checker = new BotFunction(this, 'Checker', {
      entry: 'lambdas/webhook-check/webhook-check.ts',
      description: 'Scheduled getWebhookInfo check: metrics for delivery errors, pending updates and the webhook URL',
      memorySize: 256,
      timeout: Duration.seconds(30),
      logRetention: props.logRetention,
      logRemovalPolicy: props.logRemovalPolicy,
      tracing: props.tracing ?? false,
      environment: {
        WEBHOOK_URL: props.webhookUrl,
        METRIC_NAMESPACE: props.metricNamespace,
        CHECK_INTERVAL_SECONDS: String(CHECK_INTERVAL.toSeconds()),
      },
    });
    this.checker.bindSecret(props.botTokenSecret, { envVar: 'BOT_TOKEN_SECRET_ID', id: props.botTokenSecretId });

    // The Scheduler's role may invoke exactly this function (no version wildcard, unlike grantInvoke).
    const role = new iam.Role(this, 'SchedulerRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com'),
      description: 'EventBridge Scheduler: invoke the webhook check',
    });
    role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'InvokeWebhookCheck', actions: ['lambda:InvokeFunction'], resources: [this.checker.function.functionArn] }));
    this.schedule = new scheduler.CfnSchedule(this, 'Schedule', {
      description: 'Runs the webhook check (getWebhookInfo)',
      scheduleExpression: `rate(${CHECK_INTERVAL.toMinutes()} minutes)`,
      flexibleTimeWindow: { mode: 'OFF' },
      state: 'ENABLED',
      // A missed run is simply the next run: no retries, which would double the data points.
      target: { arn: this.checker.function.functionArn, roleArn: role.roleArn, retryPolicy: { maximumRetryAttempts: 0, maximumEventAgeInSeconds: 60 } },
    });
    this.schedule.node.addDependency(role);

    const metric = (metricName: string, statistic: string) =>
      new cloudwatch.Metric({ namespace: props.metricNamespace, metricName, dimensionsMap: { ...CHECK_DIMENSIONS }, period: CHECK_INTERVAL, statistic });

    const pending = metric(CHECK_METRICS.pendingUpdates, cloudwatch.Stats.MINIMUM);
    this.alarms = [
      new cloudwatch.Alarm(this, 'DeliveryErrorsAlarm', {
        alarmDescription:
          "Telegram could not deliver updates to the webhook in two of the last three checks (getWebhookInfo's last_error_date is recent). " +
          'Runbook: README.md, "Alarms and runbook", WebhookDeliveryErrors.',
        metric: metric(CHECK_METRICS.recentErrors, cloudwatch.Stats.MAXIMUM),
        threshold: 1,
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      new cloudwatch.Alarm(this, 'PendingUpdatesAlarm', {
        alarmDescription:
          'Updates are waiting at Telegram and their number has not gone down for three checks in a row (a healthy webhook drains them within seconds). ' +
          'Runbook: README.md, "Alarms and runbook", WebhookPendingUpdates.',
        // 1 while updates wait and the backlog is not shrinking; DIFF compares each check with the one before.
        metric: new cloudwatch.MathExpression({
          expression: 'IF(pending > 0 AND DIFF(pending) >= 0, 1, 0)',
          usingMetrics: { pending },
          period: CHECK_INTERVAL,
          label: 'pending updates not draining',
        }),
        threshold: 1,
        evaluationPeriods: 3,
        datapointsToAlarm: 3,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      new cloudwatch.Alarm(this, 'UrlMismatchAlarm', {
        alarmDescription:
          "Telegram's webhook is not this stack's Function URL (another deploy, npm run dev or a deleteWebhook with this bot's token). " +
          'Runbook: README.md, "Alarms and runbook", WebhookUrlMismatch.',
        metric: metric(CHECK_METRICS.urlMismatch, cloudwatch.Stats.MAXIMUM),
        threshold: 1,
        evaluationPeriods: 2,
        datapointsToAlarm: 2,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      new cloudwatch.Alarm(this, 'CheckFailingAlarm', {
        alarmDescription:
          'The webhook check itself failed or did not run for two checks in a row (token rejected by Telegram, Telegram unreachable, schedule stopped). ' +
          'Runbook: README.md, "Alarms and runbook", WebhookCheckFailing.',
        metric: metric(CHECK_METRICS.checkOk, cloudwatch.Stats.MINIMUM),
        threshold: 1,
        evaluationPeriods: 2,
        datapointsToAlarm: 2,
        comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
        // No data at all means the check stopped running: that is a failure too.
        treatMissingData: cloudwatch.TreatMissingData.BREACHING,
      }),
    ];
  }
}
