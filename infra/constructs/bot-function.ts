/**
 * A NodejsFunction with this app's defaults, and the only way infra grants a
 * function access to something: `bindTable` and `bindSecret` add the IAM
 * statement and the environment variable in one call, so a function can
 * never get a table name it may not read, or a permission it has no use for.
 *
 * Defaults: Node.js 24 on ARM64, the shared bundling (infra/bundling.ts), an
 * explicit log group with retention, and its own role whose only policy is
 * inline and names that log group (no AWSLambdaBasicExecutionRole, so no
 * logs:CreateLogGroup and no account-wide log access).
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type ICommandHooks } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { TABLE_DESIGN } from '../../lambdas/core/store/table-design';
import { DEPS_LOCK_FILE, PROJECT_ROOT, RUNTIME_ENVIRONMENT, nodejsBundling } from '../bundling';

export const LAMBDA_RUNTIME = lambda.Runtime.NODEJS_24_X;
export const LAMBDA_ARCHITECTURE = lambda.Architecture.ARM_64;

/**
 * - `read`: GetItem, BatchGetItem, Query. Never Scan: the answer path does not need it.
 * - `read-and-bot-items`: `read`, plus PutItem/UpdateItem/DeleteItem only on items whose
 *   partition key starts with TABLE_DESIGN.botWritablePrefix (the update de-duplication ledger).
 * - `seed`: Query plus writes (BatchWriteItem/PutItem/DeleteItem) on every partition
 *   except the bot's own prefix: the deploy-time seeder owns the claims, nothing else.
 */
export type TableAccess = 'read' | 'read-and-bot-items' | 'seed';

export interface BotFunctionProps {
  /** Entry file, relative to the repository root. */
  readonly entry: string;
  readonly handler?: string;
  readonly description: string;
  readonly memorySize?: number;
  readonly timeout: Duration;
  /** Omit for none. */
  readonly reservedConcurrentExecutions?: number;
  readonly environment?: Record<string, string>;
  readonly logRetention: logs.RetentionDays;
  /** What happens to the log group when the stack is deleted. */
  readonly logRemovalPolicy: RemovalPolicy;
  readonly paramsAndSecrets?: lambda.ParamsAndSecretsLayerVersion;
  /** Extra bundling steps (the seeder copies data/ into its bundle). */
  readonly commandHooks?: ICommandHooks;
  /** X-Ray active tracing (Lambda's own segments; no tracing SDK in the bundle). */
  readonly tracing?: boolean;
}

export class BotFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: BotFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy,
    });

    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${this.node.path}`,
    });
    // The log group's Arn attribute is "arn:…:log-group:<name>:*": its log streams, whose names Lambda chooses.
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'WriteOwnLogGroup',
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

    this.function = new NodejsFunction(this, 'Function', {
      entry: `${PROJECT_ROOT}/${props.entry}`,
      handler: props.handler ?? 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: DEPS_LOCK_FILE,
      description: props.description,
      runtime: LAMBDA_RUNTIME,
      architecture: LAMBDA_ARCHITECTURE,
      memorySize: props.memorySize ?? 256,
      timeout: props.timeout,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      role: this.role,
      logGroup: this.logGroup,
      environment: { ...RUNTIME_ENVIRONMENT, ...props.environment },
      paramsAndSecrets: props.paramsAndSecrets,
      bundling: nodejsBundling(props.commandHooks ? { commandHooks: props.commandHooks } : {}),
      ...(props.tracing ? { tracing: lambda.Tracing.ACTIVE } : {}),
    });
    if (props.tracing) {
      // X-Ray's PutTraceSegments/PutTelemetryRecords have no resource-level permissions: "*" is the only resource.
      Validations.of(this.role).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'Only with -c tracing=true: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions, so Lambda active tracing needs Resource "*".',
      });
    }
    // The role's policy must exist before the function runs (the first log line needs it).
    this.function.node.addDependency(this.role);
  }

  /** Grants `access` to the table and sets `CLAIMS_TABLE` (or `envVar`) to its name. */
  bindTable(table: ITable, options: { access: TableAccess; envVar?: string }): void {
    const tableArn = table.tableArn;
    const prefix = `${TABLE_DESIGN.botWritablePrefix}*`;
    const statements: iam.PolicyStatement[] = [];
    if (options.access === 'read' || options.access === 'read-and-bot-items') {
      statements.push(
        new iam.PolicyStatement({
          sid: 'ReadClaims',
          actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'],
          resources: [tableArn],
        }),
      );
    }
    if (options.access === 'read-and-bot-items') {
      statements.push(
        new iam.PolicyStatement({
          sid: 'WriteOwnUpdateLedgerItems',
          actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
          resources: [tableArn],
          conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [prefix] } },
        }),
      );
    }
    if (options.access === 'seed') {
      statements.push(
        new iam.PolicyStatement({
          sid: 'ReadClaimsRegistry',
          actions: ['dynamodb:Query', 'dynamodb:GetItem'],
          resources: [tableArn],
        }),
        new iam.PolicyStatement({
          sid: 'WriteClaimsNotBotItems',
          actions: ['dynamodb:BatchWriteItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'],
          resources: [tableArn],
          conditions: { 'ForAllValues:StringNotLike': { 'dynamodb:LeadingKeys': [prefix] } },
        }),
      );
    }
    for (const statement of statements) this.role.addToPrincipalPolicy(statement);
    this.function.addEnvironment(options.envVar ?? 'CLAIMS_TABLE', table.tableName);
  }

  /**
   * Grants secretsmanager:GetSecretValue on exactly this secret (no DescribeSecret,
   * no listing, no other secret) and, with `envVar`, sets it to the secret's id
   * (`id`, else its ARN). Secrets use the aws/secretsmanager key: no KMS grant.
   */
  bindSecret(secret: ISecret, options: { envVar?: string; id?: string } = {}): void {
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['secretsmanager:GetSecretValue'],
        resources: [secretArnForPolicy(secret)],
      }),
    );
    if (options.envVar) this.function.addEnvironment(options.envVar, options.id ?? secret.secretArn);
  }
}

/**
 * An imported-by-name secret's ARN lacks the 6-character suffix Secrets Manager
 * appends; `-??????` matches exactly that suffix (what CDK's own grants use).
 */
function secretArnForPolicy(secret: ISecret): string {
  return secret.secretFullArn ?? `${secret.secretArn}-??????`;
}
