import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/build-app';
import { NO_SETTINGS_FILE, synth } from './synth';

interface NagMetadata {
  rules_to_suppress: Array<{ id: string; reason: string }>;
}

describe('cdk-nag AwsSolutions on the synthesized stack', () => {
  it.each([
    ['prod defaults', {}],
    ['prod with alarm e-mail and an existing token secret', { alarmEmail: 'ops@example.com', botTokenSecretName: 'prod/factcheck/bot-token' }],
    ['dev', { env: 'dev', botReservedConcurrency: 'none' }],
  ])('%s: no unacknowledged findings, and synthesis (which runs the pack as a plugin) succeeds', (_name, context) => {
    const { app, nag } = synth(context, { bundle: false });
    const report = nag.validateScope(app);
    expect(report.violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
    expect(report.success).toBe(true);
    expect(() => app.synth()).not.toThrow();
  });

  it('acknowledges only secret rotation (SMG4) on the two secrets, each with a reason written into the template', () => {
    const { template } = synth({ alarmEmail: 'ops@example.com' }, { bundle: false });
    const acknowledged = Object.entries(template.toJSON().Resources as Record<string, { Type: string; Metadata?: { cdk_nag?: NagMetadata } }>)
      .filter(([, r]) => r.Metadata?.cdk_nag)
      .flatMap(([, r]) => r.Metadata!.cdk_nag!.rules_to_suppress.map((rule) => ({ type: r.Type, ...rule })));
    expect(acknowledged.map(({ type, id }) => `${type} ${id}`)).toEqual([
      'AWS::SecretsManager::Secret AwsSolutions-SMG4',
      'AWS::SecretsManager::Secret AwsSolutions-SMG4',
    ]);
    for (const { reason } of acknowledged) expect(reason.length).toBeGreaterThan(150);
  });

  it('is live: a wildcard grant added to the bot role is reported', () => {
    const { app, stack, nag } = buildApp({ context: { 'aws:cdk:bundling-stacks': [] } }, { settingsFile: NO_SETTINGS_FILE, deployable: false });
    stack.bot.role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['dynamodb:*'], resources: ['*'] }));
    const report = nag.validateScope(app);
    expect(report.success).toBe(false);
    expect(report.violations.map((v) => v.ruleName)).toEqual(expect.arrayContaining(['AwsSolutions-IAM5[Action::dynamodb:*]', 'AwsSolutions-IAM5[Resource::*]']));
  });

  it('warns (without failing) while botUsername and botId are not configured', () => {
    const { stack } = buildApp({ context: { 'aws:cdk:bundling-stacks': [] } }, { settingsFile: NO_SETTINGS_FILE, deployable: false });
    Annotations.fromStack(stack).hasWarning('*', Match.stringLikeRegexp('botUsername and botId are not set'));
    const configured = synth({}, { bundle: false });
    Annotations.fromStack(configured.stack).hasNoWarning('*', Match.stringLikeRegexp('botUsername and botId'));
  });
});
