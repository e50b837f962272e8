import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BOT_COMMANDS, BOT_DESCRIPTION, BOT_SHORT_DESCRIPTION, LOCALIZED_BOT_TEXTS } from '../../lambdas/bot/bot-commands';
import { TABLE_DESIGN } from '../../lambdas/core/store/table-design';
import { hashDataDir } from '../../lambdas/custom-resources/data-hash';
import { PROJECT_ROOT, esbuildOptionsFor } from '../../infra/bundling';
import { ALLOWED_UPDATES, BOT_ENTRY, BOT_ERROR_LOG_PATTERN, DATA_DIR } from '../../infra/factcheck-stack';
import { createLogger, lambdaLogSink } from '../../lambdas/bot/structured-log';
import { TEST_BOT, actionsOf, logicalIdOf, resourcesOf, statementsByRole, synth, type Statement, type Synthesized } from './synth';

type Json = Record<string, unknown>;

/** Bot errors, throttles, flood, error logs, registration failures, Telegram rejected, and the webhook check's four. */
const ALARM_COUNT = 10;

let prod: Synthesized;
let bot: { role: string; fn: string; logs: string };
let seeder: { role: string; fn: string };
let registrar: { role: string; fn: string; logs: string };
let checker: { role: string; fn: string; scheduler: string };
let table: string;
let tokenSecret: string;
let webhookSecret: string;

beforeAll(() => {
  // The one bundled synth of this file: prod defaults plus an alarm e-mail.
  prod = synth({ alarmEmail: 'ops@example.com' });
  const st = prod.stack;
  bot = { role: logicalIdOf(st.bot.role), fn: logicalIdOf(st.bot.function), logs: logicalIdOf(st.bot.logGroup) };
  seeder = { role: logicalIdOf(st.seeder.role), fn: logicalIdOf(st.seeder.function) };
  registrar = { role: logicalIdOf(st.registrar.role), fn: logicalIdOf(st.registrar.function), logs: logicalIdOf(st.registrar.logGroup) };
  checker = {
    role: logicalIdOf(st.webhookCheck.checker.role),
    fn: logicalIdOf(st.webhookCheck.checker.function),
    scheduler: logicalIdOf(st.webhookCheck.node.findChild('SchedulerRole')),
  };
  table = logicalIdOf(st.table);
  tokenSecret = logicalIdOf(st.botTokenSecret);
  webhookSecret = logicalIdOf(st.webhookSecret);
});

const tableArn = () => ({ 'Fn::GetAtt': [table, 'Arn'] });

/**
 * CloudWatch Logs' semantics for a `{ $.field = "value" }` filter, the one form the stack uses:
 * the log event must be a JSON object as a whole, and the field must equal the string.
 */
function jsonEqualsFilter(pattern: string): (event: string) => boolean {
  const parts = /^\{ \$\.(\w+) = "([^"]*)" \}$/.exec(pattern);
  if (!parts) throw new Error(`not a { $.field = "value" } pattern: ${pattern}`);
  const [, field = '', value] = parts;
  return (event) => {
    try {
      const parsed = JSON.parse(event) as unknown;
      return typeof parsed === 'object' && parsed !== null && (parsed as Json)[field] === value;
    } catch {
      return false;
    }
  };
}

describe('the bot function', () => {
  it('runs Node.js 24 on ARM64 with 512 MB, a 15 s timeout and no reserved concurrency by default', () => {
    prod.template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: Match.absent(),
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      MemorySize: 512,
      Timeout: 15,
      // None by default: a reservation is refused on new accounts (quota 10).
      ReservedConcurrentExecutions: Match.absent(),
      Handler: 'index.handler',
      LoggingConfig: { LogGroup: { Ref: bot.logs } },
      Role: { 'Fn::GetAtt': [bot.role, 'Arn'] },
    });
    const fn = prod.template.toJSON().Resources[bot.fn].Properties as { Timeout: number };
    // Telegram re-sends after ~60 s without an answer.
    expect(fn.Timeout).toBeLessThan(60);
  });

  it('gets its configuration from the environment: table, bot identity, secret ids, source maps', () => {
    const env = (prod.template.toJSON().Resources[bot.fn].Properties as { Environment: { Variables: Json } }).Environment.Variables;
    expect(env).toMatchObject({
      CLAIMS_TABLE: { Ref: table },
      BOT_USERNAME: TEST_BOT.username,
      BOT_ID: TEST_BOT.id,
      BOT_TOKEN_VERSION: '0',
      BOT_TOKEN_SECRET_ID: { Ref: tokenSecret },
      WEBHOOK_SECRET_ID: { Ref: webhookSecret },
      NODE_OPTIONS: '--enable-source-maps',
      PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: '2773',
    });
    expect(Object.keys(env).some((k) => /TELEGRAM_API_ROOT|BOT_TOKEN$/.test(k))).toBe(false);
  });

  it('reads its secrets through the Parameters and Secrets extension layer (ARM64 build)', () => {
    const fn = prod.template.toJSON().Resources[bot.fn].Properties as { Layers: Array<{ 'Fn::FindInMap': [string, unknown, string] }> };
    expect(fn.Layers).toHaveLength(1);
    const [mapName, , key] = fn.Layers[0]!['Fn::FindInMap'];
    expect(key).toMatch(/arm64$/);
    const mapping = prod.template.toJSON().Mappings[mapName] as Record<string, Record<string, string>>;
    expect(mapping['eu-central-1']?.[key]).toMatch(/:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:\d+$/);
  });

  it('is reachable through a Function URL with auth NONE (the secret token is checked in code)', () => {
    prod.template.resourceCountIs('AWS::Lambda::Url', 1);
    prod.template.hasResourceProperties('AWS::Lambda::Url', { AuthType: 'NONE', TargetFunctionArn: { 'Fn::GetAtt': [bot.fn, 'Arn'] }, Cors: Match.absent() });
    // The public permissions are limited to invocations through the URL.
    const permissions = Object.values(prod.template.findResources('AWS::Lambda::Permission')).map((p) => p.Properties as Json);
    expect(permissions).toHaveLength(2);
    for (const p of permissions) {
      expect(p.FunctionName).toEqual({ 'Fn::GetAtt': [bot.fn, 'Arn'] });
      expect(p.FunctionUrlAuthType === 'NONE' || p.InvokedViaFunctionUrl === true).toBe(true);
    }
  });
});

describe('every function', () => {
  it('runs Node.js 24 on ARM64 with its own log group with 30-day retention', () => {
    const functions = Object.values(prod.template.findResources('AWS::Lambda::Function')).map((f) => f.Properties as Json);
    expect(functions).toHaveLength(4);
    const logGroups = prod.template.findResources('AWS::Logs::LogGroup');
    expect(Object.keys(logGroups)).toHaveLength(4);
    for (const fn of functions) {
      expect(fn.Runtime).toBe('nodejs24.x');
      expect(fn.Architectures).toEqual(['arm64']);
      const logGroup = (fn.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(logGroups[logGroup]?.Properties).toMatchObject({ RetentionInDays: 30 });
      // RetainExceptOnCreate: kept once created; a failed first deploy leaves none behind.
      expect(logGroups[logGroup]?.DeletionPolicy).toBe('RetainExceptOnCreate');
      expect(logGroups[logGroup]?.UpdateReplacePolicy).toBe('Retain');
    }
  });
});

describe('the claims table', () => {
  it('is on-demand, encrypted, with point-in-time recovery and the TTL attribute from the table design', () => {
    prod.template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: TABLE_DESIGN.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_DESIGN.sortKey, KeyType: 'RANGE' },
      ],
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      TimeToLiveSpecification: { AttributeName: TABLE_DESIGN.ttlAttribute, Enabled: true },
    });
  });

  it('is retained on stack deletion and replacement, but not left behind by a failed first deploy (RetainExceptOnCreate)', () => {
    prod.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'RetainExceptOnCreate',
      UpdateReplacePolicy: 'Retain',
      // A protected table could not be deleted by a create rollback (ROLLBACK_FAILED).
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
    });
  });

  it('with -c env=dev is destroyed with the stack and has no deletion protection', () => {
    const dev = synth({ env: 'dev' }, { bundle: false });
    expect(dev.stack.stackName).toBe('FactCheckBotDev');
    dev.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({ DeletionProtectionEnabled: false, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
    });
    for (const logGroup of Object.values(dev.template.findResources('AWS::Logs::LogGroup'))) expect(logGroup.DeletionPolicy).toBe('Delete');
  });
});

describe('IAM', () => {
  it('uses no wildcard actions, no wildcard resources and no managed policies', () => {
    const byRole = statementsByRole(prod.template);
    expect([...byRole.keys()].sort()).toEqual([bot.role, registrar.role, seeder.role, checker.role, checker.scheduler].sort());
    for (const statements of byRole.values()) {
      for (const statement of statements) {
        expect(statement.Effect).toBe('Allow');
        for (const action of actionsOf(statement)) expect(action).not.toContain('*');
        for (const resource of resourcesOf(statement)) expect(JSON.stringify(resource)).not.toContain('*');
      }
    }
    for (const role of Object.values(prod.template.findResources('AWS::IAM::Role'))) {
      expect((role.Properties as Json).ManagedPolicyArns).toBeUndefined();
    }
  });

  it('lets each function write only to its own log group', () => {
    const byRole = statementsByRole(prod.template);
    byRole.delete(checker.scheduler); // EventBridge Scheduler's role: it only invokes the check.
    for (const [role, statements] of byRole) {
      const logStatements = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('logs:')));
      expect(logStatements, role).toHaveLength(1);
      expect(actionsOf(logStatements[0]!).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
      const [resource] = resourcesOf(logStatements[0]!) as Array<{ 'Fn::GetAtt': [string, string] }>;
      const logGroupId = resource!['Fn::GetAtt'][0];
      const fnOfRole = Object.values(prod.template.findResources('AWS::Lambda::Function')).find(
        (f) => JSON.stringify((f.Properties as Json).Role) === JSON.stringify({ 'Fn::GetAtt': [role, 'Arn'] }),
      );
      expect((fnOfRole?.Properties as { LoggingConfig: { LogGroup: { Ref: string } } }).LoggingConfig.LogGroup.Ref).toBe(logGroupId);
    }
  });

  it('lets the bot read claims, and write or delete only its own UPD# items; never Scan', () => {
    const statements = statementsByRole(prod.template).get(bot.role)!;
    const dynamo = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
    const unconditioned = dynamo.filter((s) => !s.Condition);
    expect(unconditioned.flatMap(actionsOf).sort()).toEqual(['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query']);
    const writes = dynamo.filter((s) => s.Condition);
    expect(writes).toHaveLength(1);
    expect(actionsOf(writes[0]!).sort()).toEqual(['dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
    expect(writes[0]!.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${TABLE_DESIGN.botWritablePrefix}*`] } });
    for (const s of dynamo) expect(resourcesOf(s)).toEqual([tableArn()]);
    expect(dynamo.flatMap(actionsOf)).not.toContain('dynamodb:Scan');
  });

  it('lets the bot and the registrar read exactly the two secrets, with GetSecretValue only', () => {
    for (const role of [bot.role, registrar.role]) {
      const secrets = statementsByRole(prod.template).get(role)!.filter((s) => actionsOf(s).some((a) => a.startsWith('secretsmanager:')));
      expect(secrets.flatMap(actionsOf)).toEqual(['secretsmanager:GetSecretValue', 'secretsmanager:GetSecretValue']);
      expect(secrets.flatMap(resourcesOf)).toEqual([{ Ref: tokenSecret }, { Ref: webhookSecret }]);
    }
    const seederStatements = statementsByRole(prod.template).get(seeder.role)!;
    expect(seederStatements.flatMap(actionsOf).some((a) => a.startsWith('secretsmanager:'))).toBe(false);
  });

  it('lets the seeder query and write claims, but not the bot\'s UPD# items', () => {
    const statements = statementsByRole(prod.template).get(seeder.role)!;
    const dynamo = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
    expect(dynamo.filter((s) => !s.Condition).flatMap(actionsOf).sort()).toEqual(['dynamodb:GetItem', 'dynamodb:Query']);
    const writes = dynamo.filter((s) => s.Condition);
    expect(actionsOf(writes[0]!).sort()).toEqual(['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:PutItem']);
    expect(writes[0]!.Condition).toEqual({ 'ForAllValues:StringNotLike': { 'dynamodb:LeadingKeys': [`${TABLE_DESIGN.botWritablePrefix}*`] } });
    expect(dynamo.flatMap(actionsOf)).not.toContain('dynamodb:Scan');
    // The registrar never touches the table.
    expect(statementsByRole(prod.template).get(registrar.role)!.flatMap(actionsOf).some((a) => a.startsWith('dynamodb:'))).toBe(false);
  });

  it('grants every AWS call each function\'s own code makes (no AccessDenied in production)', async () => {
    const actionOf: Record<string, string> = {
      Query: 'dynamodb:Query', Get: 'dynamodb:GetItem', BatchGet: 'dynamodb:BatchGetItem', Put: 'dynamodb:PutItem', Update: 'dynamodb:UpdateItem',
      Delete: 'dynamodb:DeleteItem', BatchWrite: 'dynamodb:BatchWriteItem', Scan: 'dynamodb:Scan', GetSecretValue: 'secretsmanager:GetSecretValue',
    };
    const functions = [
      { entry: BOT_ENTRY, role: bot.role },
      { entry: 'lambdas/custom-resources/seed-claims.ts', role: seeder.role },
      { entry: 'lambdas/custom-resources/register-webhook.ts', role: registrar.role },
      { entry: 'lambdas/webhook-check/webhook-check.ts', role: checker.role },
    ];
    for (const { entry, role } of functions) {
      const result = await build({ ...esbuildOptionsFor(entry, '/tmp/unused.js'), write: false, metafile: true, sourcemap: false, minify: false, logLevel: 'silent' });
      const ownSources = Object.keys(result.metafile.inputs).filter((i) => i.startsWith('lambdas/'));
      const commands = new Set(ownSources.flatMap((file) => [...readFileSync(join(PROJECT_ROOT, file), 'utf8').matchAll(/new (\w+)Command\(/g)].map((m) => m[1]!)));
      expect(commands.size, entry).toBeGreaterThan(0);
      const granted = new Set(statementsByRole(prod.template).get(role)!.flatMap(actionsOf));
      for (const command of commands) {
        expect(actionOf[command], `${entry}: ${command}Command`).toBeDefined();
        expect(granted.has(actionOf[command]!), `${entry}: ${command}Command needs ${actionOf[command]}`).toBe(true);
      }
    }
  });

  it('with an existing token secret, grants exactly that secret (name plus its 6-character suffix)', () => {
    const existing = synth({ botTokenSecretName: 'prod/factcheck/bot-token' }, { bundle: false });
    existing.template.resourceCountIs('AWS::SecretsManager::Secret', 1); // only the webhook secret
    const botRole = logicalIdOf(existing.stack.bot.role);
    const resources = statementsByRole(existing.template)
      .get(botRole)!
      .filter((s: Statement) => actionsOf(s).includes('secretsmanager:GetSecretValue'))
      .flatMap(resourcesOf);
    expect(JSON.stringify(resources[0])).toContain(':secret:prod/factcheck/bot-token-??????');
    const botFn = logicalIdOf(existing.stack.bot.function);
    const env = (existing.template.toJSON().Resources[botFn].Properties as { Environment: { Variables: Json } }).Environment.Variables;
    expect(env.BOT_TOKEN_SECRET_ID).toBe('prod/factcheck/bot-token');
  });
});

describe('secrets', () => {
  it('creates a token secret holding only a random placeholder (the template never carries a token)', () => {
    const secret = prod.template.toJSON().Resources[tokenSecret].Properties as Json;
    expect(secret.SecretString).toBeUndefined();
    // Pinned whole: CloudFormation regenerates a secret whose GenerateSecretString changes, which would
    // overwrite the real BotFather token with a new placeholder. A change here must be deliberate.
    expect(secret.GenerateSecretString).toStrictEqual({ PasswordLength: 32, ExcludePunctuation: true });
    expect(Object.keys(secret).sort()).toEqual(['Description', 'GenerateSecretString', 'Tags']);
  });

  it('generates the webhook secret from A-Z a-z 0-9 only, within Telegram\'s 1-256 characters, and never outputs it', () => {
    const secret = prod.template.toJSON().Resources[webhookSecret].Properties as { GenerateSecretString: Json; SecretString?: string };
    expect(secret.SecretString).toBeUndefined();
    // Pinned whole, like the token secret's: a change would replace the value Telegram has (every update 401).
    expect(secret.GenerateSecretString).toStrictEqual({ PasswordLength: 64, ExcludePunctuation: true, IncludeSpace: false, RequireEachIncludedType: true });
    expect(Object.keys(secret).sort()).toEqual(['Description', 'GenerateSecretString', 'Tags']);
    const text = JSON.stringify(prod.template.toJSON());
    expect(text).not.toContain('resolve:secretsmanager');
    for (const output of Object.values(prod.template.toJSON().Outputs as Record<string, { Value: unknown }>)) {
      expect(JSON.stringify(output.Value)).not.toMatch(/SecretString|resolve:/);
    }
  });
});

describe('custom resources', () => {
  it('seeds the claims from data/, keyed by a hash of data/, with the bundled copy of exactly those files', () => {
    const seed = prod.template.findResources('Custom::ClaimsSeed');
    expect(Object.keys(seed)).toHaveLength(1);
    const [resource] = Object.values(seed);
    expect(resource!.Properties).toEqual({
      ServiceToken: { 'Fn::GetAtt': [seeder.fn, 'Arn'] },
      ServiceTimeout: '600',
      TableName: { Ref: table },
      DataHash: hashDataDir(DATA_DIR),
      // The seeder's own asset hash: a change to the seeding code re-runs the seed too.
      SeederBundle: (prod.template.toJSON().Resources[seeder.fn].Properties as { Code: { S3Key: string } }).Code.S3Key.replace(/\.zip$/, ''),
    });
    // The seeder's asset ships data/ next to index.js; the handler hashes that copy.
    const assembly = prod.app.synth();
    const code = (prod.template.toJSON().Resources[seeder.fn].Properties as { Code: { S3Key: string } }).Code.S3Key.replace(/\.zip$/, '');
    const assetDir = join(assembly.directory, `asset.${code}`);
    expect(hashDataDir(join(assetDir, 'data'))).toBe(hashDataDir(DATA_DIR));
    expect(readFileSync(join(assetDir, 'index.js'), 'utf8').length).toBeGreaterThan(1000);
  });

  it('registers the webhook with the Function URL, the handled update types, commands and description', () => {
    const webhook = prod.template.findResources('Custom::TelegramWebhook');
    expect(Object.keys(webhook)).toHaveLength(1);
    const [resource] = Object.values(webhook);
    const url = logicalIdOf(prod.stack.functionUrl);
    expect(resource!.Properties).toEqual({
      ServiceToken: { 'Fn::GetAtt': [registrar.fn, 'Arn'] },
      ServiceTimeout: '300',
      WebhookUrl: { 'Fn::GetAtt': [url, 'FunctionUrl'] },
      BotTokenSecretId: { Ref: tokenSecret },
      WebhookSecretId: { Ref: webhookSecret },
      BotUsername: TEST_BOT.username,
      BotId: TEST_BOT.id,
      AllowedUpdates: [...ALLOWED_UPDATES],
      Commands: BOT_COMMANDS.map((c) => ({ ...c })),
      Description: BOT_DESCRIPTION,
      ShortDescription: BOT_SHORT_DESCRIPTION,
      Localized: LOCALIZED_BOT_TEXTS.map((t) => ({ LanguageCode: t.languageCode, Commands: t.commands.map((c) => ({ ...c })), Description: t.description, ShortDescription: t.shortDescription })),
      TokenVersion: '0',
    });
    // Telegram may send as soon as the webhook is set: the function, its URL permissions and the data come first.
    const dependsOn = resource!.DependsOn as string[];
    const seedId = Object.keys(prod.template.findResources('Custom::ClaimsSeed'))[0]!;
    expect(dependsOn).toEqual(expect.arrayContaining([seedId, bot.fn, url]));
  });

  it('re-runs registration when botTokenVersion changes; caps max_connections at Telegram\'s 100', () => {
    const bumped = synth({ botTokenVersion: '2', botReservedConcurrency: '250' }, { bundle: false });
    bumped.template.hasResourceProperties('Custom::TelegramWebhook', { TokenVersion: '2', MaxConnections: '100' });
    bumped.template.hasResourceProperties('AWS::Lambda::Function', { ReservedConcurrentExecutions: 250 });
  });

  it('changes the bot function\'s configuration when botTokenVersion changes, so no warm container keeps the old token', () => {
    const bumped = synth({ botTokenVersion: '3' }, { bundle: false });
    const botFn = logicalIdOf(bumped.stack.bot.function);
    const env = (bumped.template.toJSON().Resources[botFn].Properties as { Environment: { Variables: Json } }).Environment.Variables;
    expect(env.BOT_TOKEN_VERSION).toBe('3');
    bumped.template.hasResourceProperties('Custom::TelegramWebhook', { TokenVersion: '3' });
  });

  it('subscribes exactly to the update types the bot has handlers for', () => {
    const source = readFileSync(join(PROJECT_ROOT, 'lambdas/bot/create-fact-check-bot.ts'), 'utf8');
    const handled = [...source.matchAll(/bot\.on\(\s*'(\w+)'/g)].map((m) => m[1]);
    expect(new Set(handled)).toEqual(new Set(ALLOWED_UPDATES));
  });
});

describe('alarms', () => {
  it('alarm on bot errors and throttles, and on webhook-registration failures from the registrar log', () => {
    const alarms = Object.values(prod.template.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties as Json);
    expect(alarms).toHaveLength(ALARM_COUNT);
    const byMetric = new Map(alarms.map((a) => [a.MetricName as string, a]));
    for (const metric of ['Errors', 'Throttles']) {
      expect(byMetric.get(metric)).toMatchObject({
        Namespace: 'AWS/Lambda',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: bot.fn } }],
        Statistic: 'Sum',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      });
    }
    expect(byMetric.get('WebhookRegistrationFailures')).toMatchObject({ Namespace: 'FactCheckBot/FactCheckBot', Threshold: 1 });
    prod.template.hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: { Ref: registrar.logs },
      FilterPattern: '"webhook_registration_failed"',
      MetricTransformations: [{ MetricName: 'WebhookRegistrationFailures', MetricNamespace: 'FactCheckBot/FactCheckBot', MetricValue: '1' }],
    });
  });

  it('alarm on error-level lines in the bot log, which the Errors metric never sees (the handler always answers 200)', () => {
    const alarms = Object.values(prod.template.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties as Json);
    expect(alarms.find((a) => a.MetricName === 'BotErrorLogs')).toMatchObject({
      Namespace: 'FactCheckBot/FactCheckBot',
      Statistic: 'Sum',
      Period: 300,
      Threshold: 1,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
    expect(logicalIdOf(prod.stack.node.findChild('BotErrorLogsAlarm'))).toMatch(/^BotErrorLogsAlarm/);
    prod.template.hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: { Ref: bot.logs },
      FilterPattern: '{ $.level = "error" }',
      MetricTransformations: [{ MetricName: 'BotErrorLogs', MetricNamespace: 'FactCheckBot/FactCheckBot', MetricValue: '1' }],
    });
  });

  it('count exactly the bot logger\'s error lines as Lambda stores them (whole-JSON events from lambdaLogSink)', () => {
    const matches = jsonEqualsFilter(BOT_ERROR_LOG_PATTERN.logPatternString);
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => (written.push(String(chunk)), true));
    try {
      const log = createLogger({ sink: lambdaLogSink, base: { service: 'factcheck-webhook' } });
      log.error('answer.failed', { chatId: 1 });
      log.warn('update.ledger_unavailable');
      log.info('update.handled', { note: 'level error' });
    } finally {
      spy.mockRestore();
    }
    expect(written.every((w) => w.endsWith('\n') && w.indexOf('\n') === w.length - 1)).toBe(true);
    expect(written.map((w) => matches(w.trimEnd()))).toEqual([true, false, false]);
    // What console.error would have produced in Lambda's text log format does not match: hence lambdaLogSink.
    expect(matches(`2025-09-03T12:00:00.000Z\t0e5c0f1e-0000-4000-8000-000000000001\tERROR\t${written[0]!.trimEnd()}`)).toBe(false);
  });

  it('page on a flood: more than 30,000 bot invocations in 5 minutes (100 a second)', () => {
    const alarms = Object.entries(prod.template.findResources('AWS::CloudWatch::Alarm')).filter(([id]) => id.startsWith('BotFloodAlarm'));
    expect(alarms).toHaveLength(1);
    expect(alarms[0]![1].Properties).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: 'Invocations',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: bot.fn } }],
      Statistic: 'Sum',
      Period: 300,
      Threshold: 30_000,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });

  it('notify the alarmEmail address through an SNS topic that requires TLS', () => {
    prod.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com' });
    const topic = Object.keys(prod.template.findResources('AWS::SNS::Topic'))[0]!;
    for (const alarm of Object.values(prod.template.findResources('AWS::CloudWatch::Alarm'))) {
      expect((alarm.Properties as Json).AlarmActions).toEqual([{ Ref: topic }]);
      expect((alarm.Properties as Json).OKActions).toEqual([{ Ref: topic }]);
    }
    prod.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('without alarmEmail there is no topic, and no reserved concurrency with botReservedConcurrency=none', () => {
    const quiet = synth({ botReservedConcurrency: 'none' }, { bundle: false });
    quiet.template.resourceCountIs('AWS::SNS::Topic', 0);
    quiet.template.resourceCountIs('AWS::CloudWatch::Alarm', ALARM_COUNT);
    quiet.template.hasResourceProperties('AWS::Lambda::Function', { MemorySize: 512, ReservedConcurrentExecutions: Match.absent() });
    quiet.template.hasResourceProperties('Custom::TelegramWebhook', { MaxConnections: Match.absent() });
  });
});

describe('outputs', () => {
  it('give the Function URL, the table, the secret names, the command to store the token, and deploy results', () => {
    const outputs = prod.template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(Object.keys(outputs).sort()).toEqual(
      ['AlarmTopicArn', 'BotLogGroupName', 'BotTokenSecretName', 'ClaimsSeedSummary', 'DeployLogGroupNames', 'ClaimsTableName', 'SetBotTokenCommand', 'WebhookSecretName', 'WebhookStatus', 'WebhookUrl'].sort(),
    );
    const command = JSON.stringify(outputs.SetBotTokenCommand!.Value);
    // No token on the command line, and nothing shell-specific (the old `read -rsp` failed in zsh).
    expect(command).toContain('npm run set-token -- --secret-id ');
    expect(command).toContain(`{"Ref":"${tokenSecret}"}`);
    expect(command).not.toMatch(/read |BOT_TOKEN|secret-string/);
    expect(outputs.WebhookStatus!.Value).toEqual({ 'Fn::GetAtt': [Object.keys(prod.template.findResources('Custom::TelegramWebhook'))[0], 'Status'] });
  });
});
