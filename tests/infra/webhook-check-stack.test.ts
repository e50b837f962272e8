/** The scheduled webhook check in the template: schedule, function, permissions and its alarms. */
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { TELEGRAM_REJECTED_LOG_PATTERN } from '../../infra/factcheck-stack';
import { CHECK_INTERVAL } from '../../infra/constructs/webhook-check';
import { CHECK_METRICS } from '../../lambdas/webhook-check/check-metrics';
import { actionsOf, logicalIdOf, resourcesOf, statementsByRole, synth, type Synthesized } from './synth';

type Json = Record<string, unknown>;

let prod: Synthesized;
let alarms: Record<string, Json>;
let topic: string;
let checkerFn: string;

beforeAll(() => {
  prod = synth({ alarmEmail: 'ops@example.com' }, { bundle: false });
  alarms = Object.fromEntries(Object.entries(prod.template.findResources('AWS::CloudWatch::Alarm')).map(([id, a]) => [id, a.Properties as Json]));
  topic = Object.keys(prod.template.findResources('AWS::SNS::Topic'))[0]!;
  checkerFn = logicalIdOf(prod.stack.webhookCheck.checker.function);
});

const alarmNamed = (prefix: string): Json => {
  const found = Object.entries(alarms).filter(([id]) => id.startsWith(prefix));
  expect(found.map(([id]) => id), prefix).toHaveLength(1);
  return found[0]![1];
};

describe('the scheduled webhook check', () => {
  it('runs every 5 minutes through EventBridge Scheduler, without retries, with a role that may invoke only the check', () => {
    expect(CHECK_INTERVAL.toMinutes()).toBe(5);
    prod.template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(5 minutes)',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: { Arn: { 'Fn::GetAtt': [checkerFn, 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 0 }, RoleArn: Match.anyValue() },
    });
    const schedulerRole = logicalIdOf(prod.stack.webhookCheck.node.findChild('SchedulerRole'));
    prod.template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'scheduler.amazonaws.com' } })] },
    });
    const statements = statementsByRole(prod.template).get(schedulerRole)!;
    expect(statements.map((s) => [actionsOf(s), resourcesOf(s)])).toEqual([[['lambda:InvokeFunction'], [{ 'Fn::GetAtt': [checkerFn, 'Arn'] }]]]);
  });

  it('knows the Function URL to expect and reads only the token secret', () => {
    const fn = prod.template.toJSON().Resources[checkerFn].Properties as { Environment: { Variables: Json }; Timeout: number };
    expect(fn.Environment.Variables).toMatchObject({
      WEBHOOK_URL: { 'Fn::GetAtt': [logicalIdOf(prod.stack.functionUrl), 'FunctionUrl'] },
      METRIC_NAMESPACE: 'FactCheckBot/FactCheckBot',
      CHECK_INTERVAL_SECONDS: '300',
      BOT_TOKEN_SECRET_ID: { Ref: logicalIdOf(prod.stack.botTokenSecret) },
    });
    expect(fn.Timeout).toBeLessThanOrEqual(60);
    const role = logicalIdOf(prod.stack.webhookCheck.checker.role);
    const secretStatements = statementsByRole(prod.template).get(role)!.filter((s) => actionsOf(s).some((a) => a.startsWith('secretsmanager:')));
    expect(secretStatements.flatMap(resourcesOf)).toEqual([{ Ref: logicalIdOf(prod.stack.botTokenSecret) }]);
  });

  it('alarms on a recent delivery error in two of three checks', () => {
    expect(alarmNamed('WebhookCheckDeliveryErrorsAlarm')).toMatchObject({
      Namespace: 'FactCheckBot/FactCheckBot',
      MetricName: CHECK_METRICS.recentErrors,
      Dimensions: [{ Name: 'Service', Value: 'webhook-check' }],
      Statistic: 'Maximum',
      Period: 300,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 2,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
  });

  it('alarms when pending updates stay above zero without shrinking for three checks', () => {
    const alarm = alarmNamed('WebhookCheckPendingUpdatesAlarm');
    expect(alarm).toMatchObject({ EvaluationPeriods: 3, DatapointsToAlarm: 3, Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    const metrics = alarm.Metrics as Array<Json>;
    const expression = metrics.find((m) => m.Expression);
    expect(expression).toMatchObject({ Expression: 'IF(pending > 0 AND DIFF(pending) >= 0, 1, 0)', ReturnData: true });
    expect(metrics.find((m) => m.Id === 'pending')).toMatchObject({
      ReturnData: false,
      MetricStat: { Metric: { Namespace: 'FactCheckBot/FactCheckBot', MetricName: CHECK_METRICS.pendingUpdates }, Period: 300, Stat: 'Minimum' },
    });
  });

  it('alarms on a webhook URL that is not this stack\'s, and on a check that fails or stops running (missing data breaches)', () => {
    expect(alarmNamed('WebhookCheckUrlMismatchAlarm')).toMatchObject({ MetricName: CHECK_METRICS.urlMismatch, Statistic: 'Maximum', Threshold: 1, EvaluationPeriods: 2 });
    expect(alarmNamed('WebhookCheckCheckFailingAlarm')).toMatchObject({
      MetricName: CHECK_METRICS.checkOk,
      Statistic: 'Minimum',
      Threshold: 1,
      ComparisonOperator: 'LessThanThreshold',
      TreatMissingData: 'breaching',
    });
  });

  it("alarms on 401s sent to Telegram's own address ranges, counted from the bot's log", () => {
    expect(TELEGRAM_REJECTED_LOG_PATTERN.logPatternString).toBe('{ ($.event = "webhook.rejected") && ($.fromTelegram IS TRUE) }');
    prod.template.hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: { Ref: logicalIdOf(prod.stack.bot.logGroup) },
      FilterPattern: TELEGRAM_REJECTED_LOG_PATTERN.logPatternString,
      MetricTransformations: [{ MetricName: 'TelegramRequestsRejected', MetricNamespace: 'FactCheckBot/FactCheckBot', MetricValue: '1' }],
    });
    expect(alarmNamed('TelegramRejectedAlarm')).toMatchObject({ MetricName: 'TelegramRequestsRejected', Threshold: 1, EvaluationPeriods: 1 });
  });

  it('every alarm notifies the topic when it fires and when it clears, and names its runbook entry', () => {
    for (const [id, alarm] of Object.entries(alarms)) {
      expect({ id, actions: alarm.AlarmActions, ok: alarm.OKActions }).toEqual({ id, actions: [{ Ref: topic }], ok: [{ Ref: topic }] });
      expect(alarm.AlarmDescription, id).toMatch(/Runbook: README\.md, "Alarms and runbook", \w+\./);
    }
  });
});
