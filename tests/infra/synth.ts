/**
 * Synthesizes the real app (infra/build-app.ts) with test context. Bundling
 * takes seconds, so only the one full synth per file bundles; variants that
 * only check template shape pass `bundle: false` (CDK's bundling-stacks
 * context), which stages the sources unbundled.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Stack, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { BUNDLING_STACKS } from 'aws-cdk-lib/cx-api';
import { buildApp, type BuiltApp } from '../../infra/build-app';

/** The bot the fake Bot API answers getMe with. */
export const TEST_BOT = { username: 'factcheck_test_bot', id: '7000000001' };

export interface Synthesized extends BuiltApp {
  readonly template: Template;
}

/** A settings file that never exists: tests see only their own context unless they pass a file. */
export const NO_SETTINGS_FILE = join(tmpdir(), 'factcheck-tests-no-such-settings-file.json');

export interface SynthOptions {
  readonly bundle?: boolean;
  /** Default NO_SETTINGS_FILE. */
  readonly settingsFile?: string;
  /** As if the CDK CLI had found an account (a synth that can deploy); default false. */
  readonly deployable?: boolean;
  /** Leave out the test bot's identity. */
  readonly identity?: boolean;
}

export function synth(context: Record<string, unknown> = {}, options: SynthOptions = {}): Synthesized {
  const built = buildApp(
    {
      context: {
        ...(options.identity === false ? {} : { botUsername: TEST_BOT.username, botId: TEST_BOT.id }),
        ...(options.bundle === false ? { [BUNDLING_STACKS]: [] } : {}),
        ...context,
      },
    },
    { settingsFile: options.settingsFile ?? NO_SETTINGS_FILE, deployable: options.deployable ?? false },
  );
  return { ...built, template: Template.fromStack(built.stack) };
}

type Json = Record<string, unknown>;

export interface Statement {
  readonly Sid?: string;
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: Json;
}

export function actionsOf(statement: Statement): string[] {
  return Array.isArray(statement.Action) ? statement.Action : [statement.Action];
}

export function resourcesOf(statement: Statement): unknown[] {
  return Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource];
}

/** Every IAM statement in the template: AWS::IAM::Policy documents and roles' inline policies, keyed by the role they attach to. */
export function statementsByRole(template: Template): Map<string, Statement[]> {
  const byRole = new Map<string, Statement[]>();
  const add = (role: string, statements: Statement[]) => byRole.set(role, [...(byRole.get(role) ?? []), ...statements]);
  for (const [id, policy] of Object.entries(template.findResources('AWS::IAM::Policy'))) {
    const props = policy.Properties as { Roles: Array<{ Ref: string }>; PolicyDocument: { Statement: Statement[] } };
    for (const role of props.Roles) add(role.Ref, props.PolicyDocument.Statement);
    if (props.Roles.length === 0) add(id, props.PolicyDocument.Statement);
  }
  for (const [id, role] of Object.entries(template.findResources('AWS::IAM::Role'))) {
    const policies = ((role.Properties as Json).Policies ?? []) as Array<{ PolicyDocument: { Statement: Statement[] } }>;
    for (const policy of policies) add(id, policy.PolicyDocument.Statement);
    if (!byRole.has(id)) byRole.set(id, []);
  }
  return byRole;
}

/** The logical id of a construct's CloudFormation resource (its default child, or itself). */
export function logicalIdOf(construct: IConstruct): string {
  const resource = (construct.node.defaultChild ?? construct) as CfnElement;
  return Stack.of(construct).resolve(resource.logicalId) as string;
}
