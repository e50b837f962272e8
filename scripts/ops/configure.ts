/**
 * npm run configure -- --bot-username <name> --bot-id <digits> --alarm-email <address> [...]
 *
 * Writes the deployment's settings file (infra/deploy-settings.json, or
 * --settings-file / $SETTINGS_FILE): the one place every later `cdk deploy`
 * reads the bot's identity, the alarm e-mail and the other context keys from.
 * Only the flags given change; the rest of the file stays. `--show` prints it.
 * botTokenVersion only ever goes up (npm run set-token bumps it).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMain, runMain } from './cli';
import { ConfigError, REQUIRED_FOR_PROD, readStackConfig } from '../../infra/config';
import { DEFAULT_SETTINGS_FILE, SETTINGS_KEYS, displayPath, readSettings, writeSettings, type Settings, type SettingsKey } from '../../infra/settings';

/** Flag → settings key. */
export const CONFIGURE_FLAGS: Record<string, SettingsKey> = {
  'bot-username': 'botUsername',
  'bot-id': 'botId',
  'alarm-email': 'alarmEmail',
  'bot-token-version': 'botTokenVersion',
  'bot-token-secret-name': 'botTokenSecretName',
  'reserved-concurrency': 'botReservedConcurrency',
  'log-retention-days': 'logRetentionDays',
  env: 'env',
  'stack-name': 'stackName',
  'record-unanswered': 'recordUnanswered',
  tracing: 'tracing',
};

export interface ConfigureResult {
  readonly path: string;
  readonly settings: Settings;
  readonly changed: readonly SettingsKey[];
  /** Keys a prod deploy still needs. */
  readonly missing: readonly string[];
}

export function settingsFileFrom(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const named = flag ?? env.SETTINGS_FILE;
  return named ? resolve(named) : DEFAULT_SETTINGS_FILE;
}

/** Applies `changes` to the settings file at `path` after validating the result as the stack would. */
export function configure(path: string, changes: Settings): ConfigureResult {
  const before = readSettings(path);
  const after: Settings = { ...before };
  const changed: SettingsKey[] = [];
  for (const key of SETTINGS_KEYS) {
    const value = changes[key];
    if (value === undefined) continue;
    const text = key === 'botUsername' ? value.trim().replace(/^@/, '') : value.trim();
    if (key === 'botTokenVersion' && before.botTokenVersion !== undefined && !(Number(text) > Number(before.botTokenVersion))) {
      throw new ConfigError(`botTokenVersion only goes up: it is ${before.botTokenVersion}, so ${text} would undo a token change. Pass a higher number, or let npm run set-token bump it.`);
    }
    if (text === '') delete after[key];
    else after[key] = text;
    if (after[key] !== before[key]) changed.push(key);
  }
  // The same checks as every synth, so a typo fails here and not at deploy time.
  const config = readStackConfig((key) => (after as Record<string, string | undefined>)[key]);
  const present: Record<string, unknown> = { botUsername: config.botUsername, botId: config.botId, alarmEmail: config.alarmEmail };
  const missing = config.env === 'prod' ? REQUIRED_FOR_PROD.filter((key) => present[key] === null) : [];
  writeSettings(path, after);
  return { path, settings: after, changed, missing };
}

export interface ConfigureArgs {
  readonly settingsFile: string;
  readonly changes: Settings;
  readonly show: boolean;
  readonly help: boolean;
}

export function parseConfigureArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): ConfigureArgs {
  const options = Object.fromEntries(Object.keys(CONFIGURE_FLAGS).map((flag) => [flag, { type: 'string' as const }]));
  const { values } = parseArgs({ args: argv, options: { ...options, 'settings-file': { type: 'string' }, show: { type: 'boolean' }, help: { type: 'boolean' } }, strict: true });
  const given = values as Record<string, unknown>;
  const changes: Settings = {};
  for (const [flag, key] of Object.entries(CONFIGURE_FLAGS)) {
    const value = given[flag];
    if (typeof value === 'string') changes[key] = value;
  }
  return { settingsFile: settingsFileFrom(given['settings-file'] as string | undefined, env), changes, show: given.show === true, help: given.help === true };
}

function main(argv: string[]): void {
  const args = parseConfigureArgs(argv);
  const path = args.settingsFile;
  if (args.help) {
    console.log(`npm run configure -- ${Object.keys(CONFIGURE_FLAGS).map((f) => `[--${f} <value>]`).join(' ')} [--settings-file <path>] [--show]`);
    return;
  }
  if (args.show || Object.keys(args.changes).length === 0) {
    console.log(`${displayPath(path)}:`);
    console.log(JSON.stringify(readSettings(path), null, 2));
    return;
  }
  const result = configure(path, args.changes);
  console.log(`${displayPath(path)}: ${result.changed.length ? `set ${result.changed.join(', ')}` : 'unchanged'}`);
  for (const key of SETTINGS_KEYS) if (result.settings[key] !== undefined) console.log(`  ${key} = ${result.settings[key]}`);
  if (result.missing.length > 0) console.log(`A prod deploy still needs: ${result.missing.join(', ')}.`);
}

if (isMain(import.meta.url)) runMain(() => main(process.argv.slice(2)));
