/**
 * The deployment's settings file: the one place the bot's identity, the alarm
 * e-mail, the token version and the other context keys live between deploys.
 *
 * `npm run configure` writes it and `npm run set-token` bumps its token
 * version; every `cdk synth` / `cdk deploy` reads it (infra/build-app.ts).
 * A value given with `-c key=value` as well must agree with the file, so a
 * command typed from memory, or copied from an old guide, can never undo a
 * setting (a missing alarm topic, a placeholder identity, an older token
 * version). The file holds no secret.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { PROJECT_ROOT } from './bundling';
import { ConfigError } from './config';

/** The keys the settings file may hold: the context keys of infra/config.ts. */
export const SETTINGS_KEYS = [
  'botUsername',
  'botId',
  'alarmEmail',
  'botTokenVersion',
  'botTokenSecretName',
  'botReservedConcurrency',
  'logRetentionDays',
  'env',
  'stackName',
  'recordUnanswered',
  'tracing',
] as const;
export type SettingsKey = (typeof SETTINGS_KEYS)[number];
export type Settings = Partial<Record<SettingsKey, string>>;

export const DEFAULT_SETTINGS_FILE = join(PROJECT_ROOT, 'infra', 'deploy-settings.json');
/** Context key naming another settings file (one per stack, when one checkout deploys several). */
export const SETTINGS_FILE_CONTEXT_KEY = 'settingsFile';

export function displayPath(path: string): string {
  const rel = relative(PROJECT_ROOT, path);
  return rel.startsWith('..') ? path : rel;
}

export function readSettings(path: string): Settings {
  if (!existsSync(path)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${displayPath(path)} is not valid JSON (${error instanceof Error ? error.message : String(error)}); fix it or write it again with npm run configure`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ConfigError(`${displayPath(path)} must hold one JSON object of settings`);
  const settings: Settings = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (key.startsWith('//') || key === '$comment') continue;
    if (!(SETTINGS_KEYS as readonly string[]).includes(key)) throw new ConfigError(`${displayPath(path)}: unknown setting "${key}" (known: ${SETTINGS_KEYS.join(', ')})`);
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw new ConfigError(`${displayPath(path)}: "${key}" must be a string or a number`);
    settings[key as SettingsKey] = String(value);
  }
  return settings;
}

export function writeSettings(path: string, settings: Settings): void {
  const ordered: Record<string, string> = {
    $comment: 'Deployment settings, read by every cdk synth/deploy (README.md, "Deploying to AWS"). Written by npm run configure and npm run set-token. No secrets.',
  };
  for (const key of SETTINGS_KEYS) if (settings[key] !== undefined) ordered[key] = settings[key];
  // Write then rename: an interrupted write never leaves half a file behind.
  const temp = join(dirname(path), `.${Date.now()}.${process.pid}.settings.tmp`);
  writeFileSync(temp, `${JSON.stringify(ordered, null, 2)}\n`, { mode: 0o644 });
  renameSync(temp, path);
}

/**
 * The context the stack is built from: the settings file, with `-c` values on top.
 * A `-c` value for a key the file already holds must be the same value.
 */
export function mergeSettings(fileSettings: Settings, context: (key: string) => unknown, path: string): (key: string) => unknown {
  const conflicts: string[] = [];
  for (const key of SETTINGS_KEYS) {
    const fromFile = fileSettings[key];
    const given = context(key);
    if (fromFile === undefined || given === undefined || given === null) continue;
    if (String(given).trim() !== fromFile) conflicts.push(`${key} is "${fromFile}" in the settings file but "${String(given)}" was passed with -c`);
  }
  if (conflicts.length > 0) {
    throw new ConfigError(
      `${conflicts.join('; ')}. ${displayPath(path)} is the deployment's settings: change a value with npm run configure ` +
        '(npm run set-token for botTokenVersion) and deploy without -c, so that no later command undoes it.',
    );
  }
  return (key) => {
    const given = context(key);
    if (given !== undefined && given !== null) return given;
    return (fileSettings as Record<string, string | undefined>)[key];
  };
}

/** The next token version: one more than the current numeric one (never going back). */
export function nextTokenVersion(current: string | undefined): string {
  const now = current === undefined ? 0 : Number(current);
  if (!Number.isSafeInteger(now) || now < 0) {
    throw new ConfigError(`botTokenVersion "${current}" is not a whole number; set it with npm run configure -- --bot-token-version <number higher than any used before>`);
  }
  return String(now + 1);
}
