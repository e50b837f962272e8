/**
 * The whole bot on AWS: the claims table, the webhook function behind a
 * Function URL, the secrets, two custom resources (publish data/, register the
 * webhook) and the alarms. Settings come from CDK context (infra/config.ts,
 * documented in README.md, "Deploying to AWS").
 */
import { join } from 'node:path';
import { Aws, CfnOutput, CustomResource, Duration, RemovalPolicy, Stack, Tags, Validations, type StackProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { BOT_COMMANDS, BOT_DESCRIPTION, BOT_SHORT_DESCRIPTION, LOCALIZED_BOT_TEXTS } from '../lambdas/bot/bot-commands';
import { TABLE_DESIGN } from '../lambdas/core/store/table-design';
import { hashDataDir } from '../lambdas/custom-resources/data-hash';
import { PROJECT_ROOT, shipDataDir } from './bundling';
import { UNCONFIGURED_BOT_ID, UNCONFIGURED_BOT_USERNAME, type StackConfig } from './config';
import { BotFunction } from './constructs/bot-function';
import { OperationsDashboard } from './constructs/dashboard';
import { WebhookCheck } from './constructs/webhook-check';

/**
 * The update types the bot acts on (the `bot.on(...)` handlers in lambdas/bot/create-fact-check-bot.ts;
 * tests/infra keeps the two in step). Telegram sends no others, so edited messages, membership changes
 * and channel posts, which the bot would only acknowledge and drop, never cost an invocation.
 */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query'] as const;

/** Telegram waits about 60 s for a webhook answer before it re-sends; the bot answers (or gives up) well before. */
export const BOT_TIMEOUT = Duration.seconds(15);

/**
 * The flood alarm's threshold: 100 requests a second for 5 minutes. A flood at that rate costs about
 * $0.13 an hour (requests, 1-2 ms of compute and Lambda's three platform log lines each); the alarm pages
 * after 5 minutes of it, long before it costs anything that matters (README, "The public Function URL").
 */
export const FLOOD_INVOCATIONS_PER_5_MINUTES = 30_000;
export const BOT_MEMORY_MB = 512;

/**
 * The bot's error-level log lines (lambdas/bot/structured-log.ts writes each as one whole-JSON log event,
 * `{"level":"error","event":…}`, through lambdaLogSink).
 */
export const BOT_ERROR_LOG_PATTERN = logs.FilterPattern.stringValue('$.level', '=', 'error');

/** Telegram refusing or limiting a call: a handler failure of kind "telegram", or a telegram.* event (token rejected, 429). */
export const TELEGRAM_ERRORS_LOG_PATTERN = logs.FilterPattern.any(
  logs.FilterPattern.stringValue('$.error.kind', '=', 'telegram'),
  logs.FilterPattern.stringValue('$.event', '=', 'telegram.*'),
);

/** The handler's 401 lines for requests from Telegram's own address ranges (lambdas/webhook/telegram-ranges.ts). */
export const TELEGRAM_REJECTED_LOG_PATTERN = logs.FilterPattern.all(
  logs.FilterPattern.stringValue('$.event', '=', 'webhook.rejected'),
  logs.FilterPattern.booleanValue('$.fromTelegram', true),
);

export const DATA_DIR = join(PROJECT_ROOT, 'data');
export const BOT_ENTRY = 'lambdas/webhook/webhook-handler.ts';

export interface FactCheckStackProps extends StackProps {
  readonly config: StackConfig;
}

export class FactCheckStack extends Stack {
  readonly table: dynamodb.Table;
  readonly bot: BotFunction;
  readonly functionUrl: lambda.FunctionUrl;
  readonly botTokenSecret: secretsmanager.ISecret;
  readonly webhookSecret: secretsmanager.Secret;
  readonly seeder: BotFunction;
  readonly registrar: BotFunction;
  readonly claimsSeed: CustomResource;
  readonly webhookRegistration: CustomResource;
  readonly webhookCheck: WebhookCheck;
  readonly dashboard: OperationsDashboard;

  constructor(scope: Construct, id: string, props: FactCheckStackProps) {
    super(scope, id, props);
    const { config } = props;
    const dev = config.env === 'dev';
    Tags.of(this).add('app', 'factcheck-bot');
    Tags.of(this).add('env', config.env);

    if (config.botUsername === null || config.botId === null) {
      Validations.of(this).addWarning(
        'BotIdentityNotConfigured',
        'botUsername and botId are not set: placeholders are used. This synth has no AWS account, so it cannot deploy; ' +
          'before a deploy, run npm run configure -- --bot-username <name> --bot-id <digits before ":" in the token> --alarm-email <address>.',
      );
    }

    // ----- Claims table -----
    this.table = new dynamodb.Table(this, 'ClaimsTable', {
      partitionKey: { name: TABLE_DESIGN.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_DESIGN.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE_DESIGN.ttlAttribute,
      // RetainExceptOnCreate: a first deploy that fails and rolls back deletes the new, empty table; once created,
      // it is kept on stack deletion and on replacement. Deletion protection stays off: a create rollback could not
      // delete a protected table and would end in ROLLBACK_FAILED (README, "Failure and rollback behaviour").
      deletionProtection: false,
      removalPolicy: dev ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
    });

    // ----- Secrets -----
    const botTokenSecret = (this.botTokenSecret =
      config.botTokenSecretName !== null
        ? secretsmanager.Secret.fromSecretNameV2(this, 'BotTokenSecret', config.botTokenSecretName)
        : new secretsmanager.Secret(this, 'BotTokenSecret', {
            description: `Telegram bot token from BotFather for ${config.stackName}. Created holding a random placeholder; store the token with npm run set-token (the SetBotTokenCommand output).`,
            // A random placeholder, never the token: a template value could overwrite the stored token on a later stack update.
            generateSecretString: { passwordLength: 32, excludePunctuation: true },
            removalPolicy: RemovalPolicy.DESTROY,
          }));
    const botTokenSecretId = config.botTokenSecretName ?? botTokenSecret.secretArn;

    const webhookSecret = (this.webhookSecret = new secretsmanager.Secret(this, 'WebhookSecret', {
      description: `Telegram webhook secret_token for ${config.stackName} (generated; Telegram sends it in X-Telegram-Bot-Api-Secret-Token).`,
      // Telegram allows 1-256 characters from A-Z a-z 0-9 _ -: letters and digits only, 64 of them.
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false, requireEachIncludedType: true },
      removalPolicy: RemovalPolicy.DESTROY,
    }));

    // Likewise RetainExceptOnCreate: a failed first deploy leaves no log groups behind.
    const logRemovalPolicy = dev ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE;

    // ----- Bot function + Function URL -----
    this.bot = new BotFunction(this, 'Bot', {
      entry: BOT_ENTRY,
      description: 'Telegram webhook: answers questions from the sourced-claims table',
      memorySize: BOT_MEMORY_MB,
      timeout: BOT_TIMEOUT,
      reservedConcurrentExecutions: config.botReservedConcurrency ?? undefined,
      logRetention: config.logRetention,
      logRemovalPolicy,
      tracing: config.tracing,
      environment: {
        BOT_USERNAME: config.botUsername ?? UNCONFIGURED_BOT_USERNAME,
        BOT_ID: config.botId ?? UNCONFIGURED_BOT_ID,
        // A new token version changes the function's configuration, so Lambda replaces every warm
        // container (each of which caches the token it read) instead of letting them keep a revoked one.
        BOT_TOKEN_VERSION: config.botTokenVersion,
        // EMF metrics in the bot's log lines (answered, unanswered, near-miss, refused requests, latency).
        METRIC_NAMESPACE: `FactCheckBot/${config.stackName}`,
        RECORD_UNANSWERED: String(config.recordUnanswered),
      },
      // The engine reads its knowledge (entities, lexicon, guide, claim vocabulary) from data/ at cold start.
      commandHooks: shipDataDir(),
      paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, {
        cacheEnabled: true,
        secretsManagerTtl: Duration.minutes(5),
        logLevel: lambda.ParamsAndSecretsLogLevel.WARN,
      }),
    });
    this.bot.bindTable(this.table, { access: 'read-and-bot-items' });
    this.bot.bindSecret(botTokenSecret, { envVar: 'BOT_TOKEN_SECRET_ID', id: botTokenSecretId });
    this.bot.bindSecret(webhookSecret, { envVar: 'WEBHOOK_SECRET_ID' });

    // Auth NONE: Telegram cannot sign requests. The handler rejects any request without the secret token (401).
    this.functionUrl = this.bot.function.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });

    // ----- Custom resource: publish data/ -----
    const seeder = (this.seeder = new BotFunction(this, 'ClaimsSeeder', {
      entry: 'lambdas/custom-resources/seed-claims.ts',
      description: 'Deploy-time custom resource: validates data/ and seeds the claims table',
      memorySize: 512,
      timeout: Duration.minutes(5),
      logRetention: config.logRetention,
      logRemovalPolicy,
      tracing: config.tracing,
      // data/ next to the handler ($LAMBDA_TASK_ROOT/data); its hash below is over the same files.
      commandHooks: shipDataDir(),
    }));
    seeder.bindTable(this.table, { access: 'seed' });
    const seed = (this.claimsSeed = new CustomResource(this, 'ClaimsSeed', {
      serviceToken: seeder.function.functionArn,
      resourceType: 'Custom::ClaimsSeed',
      serviceTimeout: Duration.minutes(10),
      properties: {
        TableName: this.table.tableName,
        // Re-seed when data/ changes...
        DataHash: hashDataDir(DATA_DIR),
        // ...and when the seeding code does (the asset hash covers the bundle: schemas, lookup keys, seeder, data/).
        // A re-run with nothing to change writes nothing.
        SeederBundle: assetHashOf(seeder.function),
      },
    }));
    seed.node.addDependency(seeder);

    // ----- Custom resource: register the webhook -----
    const registrar = (this.registrar = new BotFunction(this, 'WebhookRegistrar', {
      entry: 'lambdas/custom-resources/register-webhook.ts',
      description: 'Deploy-time custom resource: setWebhook, setMyCommands, setMyDescription; deleteWebhook on delete',
      memorySize: 256,
      timeout: Duration.minutes(2),
      logRetention: config.logRetention,
      logRemovalPolicy,
      tracing: config.tracing,
    }));
    registrar.bindSecret(botTokenSecret);
    registrar.bindSecret(webhookSecret);
    const webhook = (this.webhookRegistration = new CustomResource(this, 'TelegramWebhook', {
      serviceToken: registrar.function.functionArn,
      resourceType: 'Custom::TelegramWebhook',
      serviceTimeout: Duration.minutes(5),
      properties: {
        WebhookUrl: this.functionUrl.url,
        BotTokenSecretId: botTokenSecretId,
        WebhookSecretId: webhookSecret.secretArn,
        BotUsername: config.botUsername ?? UNCONFIGURED_BOT_USERNAME,
        BotId: config.botId ?? UNCONFIGURED_BOT_ID,
        AllowedUpdates: [...ALLOWED_UPDATES],
        // Telegram opens at most this many connections at once (1-100): no more than the function may run.
        ...(config.botReservedConcurrency !== null ? { MaxConnections: String(Math.min(config.botReservedConcurrency, 100)) } : {}),
        Commands: BOT_COMMANDS.map((c) => ({ command: c.command, description: c.description })),
        Description: BOT_DESCRIPTION,
        ShortDescription: BOT_SHORT_DESCRIPTION,
        Localized: LOCALIZED_BOT_TEXTS.map((t) => ({
          LanguageCode: t.languageCode,
          Commands: t.commands.map((c) => ({ command: c.command, description: c.description })),
          Description: t.description,
          ShortDescription: t.shortDescription,
        })),
        TokenVersion: config.botTokenVersion,
      },
    }));
    // Telegram may start sending as soon as the webhook is set: the function, its permissions and the data come first.
    webhook.node.addDependency(registrar, this.bot, seed);

    // ----- Alarms -----
    const alarmTopic = config.alarmEmail !== null ? new sns.Topic(this, 'AlarmTopic', { displayName: `${config.stackName} alarms`, enforceSSL: true }) : undefined;
    if (alarmTopic && config.alarmEmail !== null) alarmTopic.addSubscription(new subscriptions.EmailSubscription(config.alarmEmail));

    const fiveMinutes = Duration.minutes(5);
    const metricNamespace = `FactCheckBot/${config.stackName}`;
    const alarms: cloudwatch.Alarm[] = [
      new cloudwatch.Alarm(this, 'BotErrorsAlarm', {
        alarmDescription: 'The bot function failed (uncaught error, crash or timeout). The handler answers 200 even when a reply fails, so any error here is a bug or an outage: check the Bot log group. Runbook: README.md, "Alarms and runbook", BotErrors.',
        metric: this.bot.function.metricErrors({ period: fiveMinutes, statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      new cloudwatch.Alarm(this, 'BotThrottlesAlarm', {
        alarmDescription: 'Bot invocations were throttled at the reserved concurrency (Telegram retries them). Sustained throttles mean a flood or too low botReservedConcurrency. Runbook: README.md, "Alarms and runbook", BotThrottles.',
        metric: this.bot.function.metricThrottles({ period: fiveMinutes, statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      new cloudwatch.Alarm(this, 'BotFloodAlarm', {
        alarmDescription:
          `More than ${FLOOD_INVOCATIONS_PER_5_MINUTES} bot invocations in 5 minutes (${FLOOD_INVOCATIONS_PER_5_MINUTES / 300} a second; a newsroom bot sees well under 1): ` +
          'most likely junk sent to the Function URL, costing about $0.37 per million requests. Runbook: README.md, "Alarms and runbook", BotFlood.',
        metric: this.bot.function.metricInvocations({ period: fiveMinutes, statistic: cloudwatch.Stats.SUM }),
        threshold: FLOOD_INVOCATIONS_PER_5_MINUTES,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    ];

    const registrationFailures = new logs.MetricFilter(this, 'WebhookRegistrationFailuresFilter', {
      logGroup: registrar.logGroup,
      filterPattern: logs.FilterPattern.literal('"webhook_registration_failed"'),
      metricNamespace,
      metricName: 'WebhookRegistrationFailures',
      metricValue: '1',
    });
    alarms.push(
      new cloudwatch.Alarm(this, 'WebhookRegistrationFailuresAlarm', {
        alarmDescription: 'setWebhook/setMyCommands failed during a deploy; Telegram may not be delivering updates. See the WebhookStatus stack output and the WebhookRegistrar log group. Runbook: README.md, "Alarms and runbook", WebhookRegistrationFailures.',
        metric: registrationFailures.metric({ period: fiveMinutes, statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    );

    // The handler answers Telegram 200 whatever happens (a non-2xx makes Telegram re-deliver for a day), so a
    // DynamoDB outage, a Telegram 400/401/429, a revoked token, a hung update or unreadable secrets never shows
    // in the Errors metric. Each of them is logged at error level: count those lines.
    const errorLogs = new logs.MetricFilter(this, 'BotErrorLogsFilter', {
      logGroup: this.bot.logGroup,
      filterPattern: BOT_ERROR_LOG_PATTERN,
      metricNamespace,
      metricName: 'BotErrorLogs',
      metricValue: '1',
    });
    alarms.push(
      new cloudwatch.Alarm(this, 'BotErrorLogsAlarm', {
        alarmDescription:
          'The bot logged an error-level line: a question it could not answer (claims table unreachable), a reply Telegram refused (400, 401/404 token revoked, 429), ' +
          'an update past its deadline, or secrets it could not read. Telegram still got 200, so BotErrorsAlarm does not see these. ' +
          'Look for "level":"error" in the Bot log group. Runbook: README.md, "Alarms and runbook", BotErrorLogs.',
        metric: errorLogs.metric({ period: fiveMinutes, statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    );
    // Telegram itself turned away: a 401 from Telegram's published address ranges means the secret it sends
    // no longer matches (every update fails until fixed). Junk from elsewhere is not counted.
    const telegramRejected = new logs.MetricFilter(this, 'TelegramRejectedFilter', {
      logGroup: this.bot.logGroup,
      filterPattern: TELEGRAM_REJECTED_LOG_PATTERN,
      metricNamespace,
      metricName: 'TelegramRequestsRejected',
      metricValue: '1',
    });
    alarms.push(
      new cloudwatch.Alarm(this, 'TelegramRejectedAlarm', {
        alarmDescription:
          "The bot answered 401 to a request from Telegram's address ranges: the webhook secret Telegram sends does not match the stored one, so updates are not being handled. " +
          'Runbook: README.md, "Alarms and runbook", TelegramRejected.',
        metric: telegramRejected.metric({ period: fiveMinutes, statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    );

    // ----- Scheduled outside-in check (getWebhookInfo) -----
    this.webhookCheck = new WebhookCheck(this, 'WebhookCheck', {
      webhookUrl: this.functionUrl.url,
      botTokenSecret,
      botTokenSecretId,
      metricNamespace,
      logRetention: config.logRetention,
      logRemovalPolicy,
      tracing: config.tracing,
    });
    alarms.push(...this.webhookCheck.alarms);

    // Telegram refusing or limiting the bot's calls (error kind "telegram", token rejected, 429s): a metric for the dashboard.
    new logs.MetricFilter(this, 'TelegramErrorsFilter', {
      logGroup: this.bot.logGroup,
      filterPattern: TELEGRAM_ERRORS_LOG_PATTERN,
      metricNamespace,
      metricName: 'TelegramErrors',
      metricValue: '1',
    });

    if (alarmTopic) {
      // OK actions too: the operator learns that a page has cleared without opening the console.
      for (const alarm of alarms) {
        alarm.addAlarmAction(new cwActions.SnsAction(alarmTopic));
        alarm.addOkAction(new cwActions.SnsAction(alarmTopic));
      }
    }

    // ----- Dashboard -----
    this.dashboard = new OperationsDashboard(this, 'Dashboard', { dashboardName: config.stackName, metricNamespace, bot: this.bot.function, alarms });

    // ----- cdk-nag acknowledgements (each with its reason; written into the template's Metadata) -----
    if (botTokenSecret instanceof secretsmanager.Secret) {
      Validations.of(botTokenSecret).acknowledge({
        id: 'AwsSolutions-SMG4',
        reason:
          'A Telegram bot token is issued by BotFather and can only be rotated there (/revoke), not by a Secrets Manager rotation Lambda. ' +
          'Rotation is manual: revoke in BotFather, put the new token, redeploy with a new botTokenVersion (README.md, "Deploying to AWS").',
      });
    }
    Validations.of(webhookSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The webhook secret is only valid together with a setWebhook call that hands it to Telegram; a rotation Lambda changing it alone would make the bot reject every update. ' +
        'It is random (64 chars), never output or logged, and is rotated by npm run rotate-webhook-secret, which stores a new value, waits out the extension cache and then calls setWebhook; the bot accepts the previous value (AWSPREVIOUS) for an hour.',
    });

    // ----- Outputs -----
    new CfnOutput(this, 'WebhookUrl', { description: 'Function URL Telegram posts updates to', value: this.functionUrl.url });
    new CfnOutput(this, 'ClaimsTableName', { description: 'The claims table (CLAIMS_TABLE for npm run ask / npm run seed)', value: this.table.tableName });
    new CfnOutput(this, 'BotTokenSecretName', { description: 'Secrets Manager secret holding the bot token', value: botTokenSecret.secretName });
    new CfnOutput(this, 'WebhookSecretName', { description: 'Secrets Manager secret holding the generated webhook secret_token (value never output)', value: webhookSecret.secretName });
    new CfnOutput(this, 'SetBotTokenCommand', {
      description: 'Store the BotFather token (read with echo off, checked with getMe, stored with the SDK), then npx cdk deploy again',
      value: `AWS_REGION=${Aws.REGION} npm run set-token -- --secret-id ${botTokenSecretId}`,
    });
    new CfnOutput(this, 'BotLogGroupName', { description: 'Bot logs: aws logs tail <name> --follow', value: this.bot.logGroup.logGroupName });
    new CfnOutput(this, 'DeployLogGroupNames', {
      description: 'Logs of the deploy-time custom resources (claims seeder, webhook registrar)',
      value: `${seeder.logGroup.logGroupName} ${registrar.logGroup.logGroupName}`,
    });
    new CfnOutput(this, 'WebhookStatus', { description: 'Result of the last webhook registration', value: webhook.getAttString('Status') });
    new CfnOutput(this, 'ClaimsSeedSummary', { description: 'What the last deploy changed in the claims table', value: seed.getAttString('Summary') });
    if (alarmTopic) new CfnOutput(this, 'AlarmTopicArn', { description: 'SNS topic the alarms notify (confirm the e-mail subscription)', value: alarmTopic.topicArn });
  }
}

/** The content hash of a function's code asset (its S3 key without ".zip"). */
function assetHashOf(fn: lambda.Function): string {
  const code = (fn.node.defaultChild as lambda.CfnFunction).code as lambda.CfnFunction.CodeProperty;
  if (typeof code.s3Key !== 'string') throw new Error(`${fn.node.path} has no asset S3 key`);
  return code.s3Key.replace(/\.zip$/, '');
}
