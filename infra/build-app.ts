/**
 * Builds the CDK app: reads the settings file and the context, adds the stack
 * and registers cdk-nag's AwsSolutions pack as a validation plugin (synthesis
 * fails on any finding that is not acknowledged with a reason). infra/app.ts
 * runs it under the CDK CLI; the tests build it with their own context and
 * settings file.
 */
import { isAbsolute, resolve } from 'node:path';
import { App, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PROJECT_ROOT } from './bundling';
import { readStackConfig } from './config';
import { FactCheckStack } from './factcheck-stack';
import { DEFAULT_SETTINGS_FILE, SETTINGS_FILE_CONTEXT_KEY, displayPath, mergeSettings, readSettings } from './settings';

export interface BuiltApp {
  readonly app: App;
  readonly stack: FactCheckStack;
  readonly nag: AwsSolutionsChecks;
}

export interface BuildAppOptions {
  /** The settings file; default infra/deploy-settings.json, or the `settingsFile` context key. */
  readonly settingsFile?: string;
  /** Whether the synth can reach a deploy (default: the CDK CLI found an account, CDK_DEFAULT_ACCOUNT). */
  readonly deployable?: boolean;
}

export function buildApp(props: AppProps = {}, options: BuildAppOptions = {}): BuiltApp {
  const app = new App(props);
  const context = (key: string): unknown => app.node.tryGetContext(key);
  const named = context(SETTINGS_FILE_CONTEXT_KEY);
  const settingsFile =
    options.settingsFile ?? (typeof named === 'string' && named.trim() !== '' ? (isAbsolute(named) ? named : resolve(PROJECT_ROOT, named)) : DEFAULT_SETTINGS_FILE);
  const read = mergeSettings(readSettings(settingsFile), context, settingsFile);
  const deployable = options.deployable ?? Boolean(process.env.CDK_DEFAULT_ACCOUNT);
  const config = readStackConfig(read, { deployable, settingsFile: displayPath(settingsFile) });
  const stack = new FactCheckStack(app, config.stackName, {
    config,
    description: `Telegram fact-check bot (${config.env}): webhook Lambda, claims table, deploy-time data and webhook registration`,
    // No env: the stack is environment-agnostic and synthesizes offline; `cdk deploy` uses the CLI's account and region.
  });
  const nag = new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true });
  Validations.of(app).addPlugins(nag);
  return { app, stack, nag };
}
