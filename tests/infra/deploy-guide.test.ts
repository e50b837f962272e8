/**
 * Replays README.md's deploy guide as an operator would type it: every
 * `npm run configure`, `npm run set-token` and `npx cdk deploy` line of the
 * guide's shell blocks, in order, against a fresh settings file. Each deploy
 * line is a synth with that line's `-c` flags, as the CDK CLI would run it
 * with an account at hand. After every deploy: the bot identity is the
 * configured one, the token version never goes back, and every alarm notifies
 * the configured e-mail's topic (alarm and OK).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListSecretsCommand, PutSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../infra/bundling';
import { readSettings } from '../../infra/settings';
import { configure } from '../../scripts/ops/configure';
import { setToken } from '../../scripts/ops/set-token';
import { startFakeBotApi, type FakeBotApi } from '../support/fake-bot-api';
import { logicalIdOf, synth } from './synth';

type Json = Record<string, unknown>;

/** The shell lines of the README's "Deploy guide" section, in order. */
export function deployGuideCommands(readme: string): string[] {
  const start = readme.indexOf('### Deploy guide');
  const end = readme.indexOf('\n### ', start + 1);
  if (start < 0 || end < 0) throw new Error('README.md has no "### Deploy guide" section');
  const section = readme.slice(start, end);
  const lines: string[] = [];
  for (const block of section.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of (block[1] ?? '').split('\n')) {
      const command = line.replace(/#.*$/, '').trim();
      if (command) lines.push(command);
    }
  }
  return lines;
}

/** `-c key=value` / `--context key=value` pairs of a cdk command line. */
function contextFlags(words: string[]): Record<string, string> {
  const context: Record<string, string> = {};
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const value = word === '-c' || word === '--context' ? words[++i] : /^--context=(.*)$/.exec(word)?.[1];
    if (value === undefined) continue;
    const eq = value.indexOf('=');
    context[value.slice(0, eq)] = value.slice(eq + 1);
  }
  return context;
}

describe("README.md's deploy guide, replayed command by command", () => {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const commands = deployGuideCommands(readme);
  const secrets = mockClient(SecretsManagerClient);
  const TOKEN_SECRET_ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:BotTokenSecretA1B2C3D4-xYz123';
  let dir: string;
  let telegram: FakeBotApi;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'deploy-guide-'));
    telegram = await startFakeBotApi();
  });
  afterAll(async () => {
    await telegram.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has the commands an operator needs: configure, deploy, set-token, deploy again', () => {
    const kinds = commands.map((c) => c.split(/\s+/).slice(0, 3).join(' '));
    expect(kinds).toEqual(expect.arrayContaining(['npm run configure', 'npx cdk deploy', 'npm run set-token']));
    expect(kinds.indexOf('npm run configure')).toBeLessThan(kinds.indexOf('npx cdk deploy'));
    expect(kinds.lastIndexOf('npx cdk deploy')).toBeGreaterThan(kinds.indexOf('npm run set-token'));
  });

  it('yields the same identity, a token version that never goes back and alarms that always notify the e-mail', { timeout: 120_000 }, async () => {
    const settingsFile = join(dir, 'deploy-settings.json');
    let lastVersion = -1;
    let deploys = 0;
    let storedTokens = 0;
    for (const command of commands) {
      const words = command.split(/\s+/);
      const head = words.slice(0, 3).join(' ');
      if (head === 'npm run configure') {
        // As typed, through npm and the package.json script; SETTINGS_FILE points it at this test's file.
        const run = spawnSync('npm', words.slice(1), { cwd: PROJECT_ROOT, env: { ...process.env, SETTINGS_FILE: settingsFile }, encoding: 'utf8', timeout: 60_000 });
        expect(run.status, `${command}: ${run.stderr}`).toBe(0);
        expect(run.stdout).toContain('set ');
      } else if (head === 'npm run set-token') {
        const settings = readSettings(settingsFile);
        // The fake Bot API says the token belongs to the bot the guide configured.
        telegram.queueReply('getMe', { status: 200, body: { ok: true, result: { id: Number(settings.botId), is_bot: true, first_name: 'Bot', username: settings.botUsername } } });
        secrets.reset();
        secrets.on(ListSecretsCommand).resolves({
          SecretList: [
            { ARN: TOKEN_SECRET_ARN, Tags: [{ Key: 'aws:cloudformation:stack-name', Value: 'FactCheckBot' }, { Key: 'aws:cloudformation:logical-id', Value: 'BotTokenSecretA1B2C3D4' }] },
          ],
        });
        secrets.on(PutSecretValueCommand).resolves({});
        await setToken({
          settingsFile,
          readToken: async () => `${settings.botId}:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_`,
          secrets: secrets as unknown as SecretsManagerClient,
          apiRoot: telegram.apiRoot,
          out: () => undefined,
        });
        expect(secrets.commandCalls(PutSecretValueCommand)[0]?.args[0].input.SecretId).toBe(TOKEN_SECRET_ARN);
        storedTokens += 1;
      } else if (head === 'npx cdk deploy' || head === 'npx cdk synth') {
        deploys += 1;
        const settings = readSettings(settingsFile);
        const { stack, template } = synth(contextFlags(words.slice(3)), { bundle: false, settingsFile, deployable: true, identity: false });
        const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Json }>;
        const env = (resources[logicalIdOf(stack.bot.function)]!.Properties.Environment as { Variables: Json }).Variables;
        expect({ command, BOT_USERNAME: env.BOT_USERNAME, BOT_ID: env.BOT_ID }).toEqual({ command, BOT_USERNAME: settings.botUsername, BOT_ID: settings.botId });
        const webhook = Object.values(resources).find((r) => r.Type === 'Custom::TelegramWebhook')!.Properties;
        expect(webhook).toMatchObject({ BotUsername: settings.botUsername, BotId: settings.botId });
        const version = Number(webhook.TokenVersion);
        expect(version, command).toBeGreaterThanOrEqual(lastVersion);
        expect(env.BOT_TOKEN_VERSION).toBe(String(version));
        if (storedTokens > 0) expect(version, 'a deploy after set-token registers the stored token').toBeGreaterThanOrEqual(storedTokens);
        lastVersion = version;

        const topics = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::SNS::Topic');
        expect(topics, command).toHaveLength(1);
        const topicRef = { Ref: topics[0]![0] };
        const subscriptions = Object.values(resources).filter((r) => r.Type === 'AWS::SNS::Subscription').map((r) => r.Properties);
        expect(subscriptions).toEqual([expect.objectContaining({ Protocol: 'email', Endpoint: settings.alarmEmail, TopicArn: topicRef })]);
        const alarms = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::CloudWatch::Alarm');
        expect(alarms.length).toBeGreaterThanOrEqual(4);
        for (const [id, alarm] of alarms) {
          expect({ id, actions: alarm.Properties.AlarmActions, ok: alarm.Properties.OKActions }).toEqual({ id, actions: [topicRef], ok: [topicRef] });
        }
      }
    }
    expect(deploys).toBeGreaterThanOrEqual(3);
    expect(storedTokens).toBe(1);
    expect(lastVersion).toBe(1);
  });

  it('names only npm scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    const named = new Set([...readme.matchAll(/npm run ([a-z][\w-]*)/g)].map((m) => m[1]!));
    for (const name of ['configure', 'set-token', 'webhook-info', 'rotate-webhook-secret', 'report']) expect(named).toContain(name);
    for (const name of named) expect(scripts, `npm run ${name}`).toContain(name);
  });

  it('a prod deploy before configure stops and names the missing keys and the command that sets them', () => {
    const empty = join(dir, 'none.json');
    expect(() => synth({}, { bundle: false, settingsFile: empty, deployable: true, identity: false })).toThrow(
      /cannot be deployed without botUsername, botId, alarmEmail\. Set them once with npm run configure -- --bot-username <name> --bot-id .* --alarm-email <address>/,
    );
    // CI (no account) and dev stacks still synthesize without them.
    expect(() => synth({}, { bundle: false, settingsFile: empty, deployable: false, identity: false })).not.toThrow();
    expect(() => synth({ env: 'dev' }, { bundle: false, settingsFile: empty, deployable: true, identity: false })).not.toThrow();
  });

  it('an old-style command with a -c value that differs from the settings file stops instead of undoing it', () => {
    const file = join(dir, 'conflict.json');
    configure(file, { botUsername: 'your_bot', botId: '123456789', alarmEmail: 'you@example.com', botTokenVersion: '3' });
    expect(() => synth({ botTokenVersion: '1' }, { bundle: false, settingsFile: file, deployable: true, identity: false })).toThrow(
      /botTokenVersion is "3" in the settings file but "1" was passed with -c/,
    );
    // The same value is fine.
    expect(() => synth({ botId: '123456789' }, { bundle: false, settingsFile: file, deployable: true, identity: false })).not.toThrow();
  });
});
