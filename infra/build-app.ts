/**
 * Builds the CDK app: reads the context, adds the stack and registers cdk-nag's
 * AwsSolutions pack as a validation plugin (synthesis fails on any finding that
 * is not acknowledged with a reason). infra/app.ts runs it under the CDK CLI;
 * the tests build it with their own context.
 */
import { App, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readStackConfig } from './config';
import { FactCheckStack } from './factcheck-stack';

export interface BuiltApp {
  readonly app: App;
  readonly stack: FactCheckStack;
  readonly nag: AwsSolutionsChecks;
}

export function buildApp(props: AppProps = {}): BuiltApp {
  const app = new App(props);
  const config = readStackConfig((key) => app.node.tryGetContext(key));
  const stack = new FactCheckStack(app, config.stackName, {
    config,
    description: `Telegram fact-check bot (${config.env}): webhook Lambda, claims table, deploy-time data and webhook registration`,
    // No env: the stack is environment-agnostic and synthesizes offline; `cdk deploy` uses the CLI's account and region.
  });
  const nag = new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true });
  Validations.of(app).addPlugins(nag);
  return { app, stack, nag };
}
