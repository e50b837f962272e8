import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_RESERVED_CONCURRENCY, readStackConfig } from '../../infra/config';

const read = (context: Record<string, unknown>) => readStackConfig((key) => context[key]);

describe('stack configuration from CDK context', () => {
  it('defaults to a prod stack with reserved concurrency, 30-day logs and no bot identity yet', () => {
    expect(read({})).toEqual({
      env: 'prod',
      stackName: 'FactCheckBot',
      botUsername: null,
      botId: null,
      botTokenSecretName: null,
      botTokenVersion: '0',
      botReservedConcurrency: DEFAULT_RESERVED_CONCURRENCY,
      logRetention: 30,
      alarmEmail: null,
      recordUnanswered: true,
      tracing: false,
    });
  });

  it('accepts command-line strings and cdk.json numbers alike', () => {
    const config = read({ env: 'dev', botUsername: '@factcheck_bot', botId: 7000000001, botReservedConcurrency: '3', logRetentionDays: 90, botTokenVersion: 2, alarmEmail: 'ops@example.com' });
    expect(config).toMatchObject({ env: 'dev', stackName: 'FactCheckBotDev', botUsername: 'factcheck_bot', botId: '7000000001', botReservedConcurrency: 3, logRetention: 90, botTokenVersion: '2', alarmEmail: 'ops@example.com' });
    expect(read({ botReservedConcurrency: 'none' }).botReservedConcurrency).toBeNull();
  });

  it.each([
    [{ env: 'staging' }, 'context "env" must be "prod" or "dev"'],
    [{ botUsername: 'has space' }, 'context "botUsername"'],
    [{ botId: '12ab' }, 'context "botId" must be the bot\'s numeric id'],
    [{ botReservedConcurrency: '0' }, 'context "botReservedConcurrency"'],
    [{ logRetentionDays: '31' }, 'context "logRetentionDays" must be one of'],
    [{ alarmEmail: 'not-an-address' }, 'context "alarmEmail"'],
    [{ stackName: '1bad' }, 'context "stackName"'],
    [{ botTokenSecretName: 'bad name!' }, 'context "botTokenSecretName"'],
    [{ tracing: 'yes' }, 'context "tracing" must be true or false'],
  ])('rejects %j with a message naming the key', (context, message) => {
    expect(() => read(context)).toThrow(ConfigError);
    expect(() => read(context)).toThrow(message);
  });
});

describe('a prod stack that can be deployed (the CDK CLI found an account)', () => {
  const deployable = (context: Record<string, unknown>) => readStackConfig((key) => context[key], { deployable: true, settingsFile: 'infra/deploy-settings.json' });

  it('needs the bot identity and the alarm e-mail, and names each missing key with its configure flag', () => {
    expect(() => deployable({})).toThrow(
      'FactCheckBot (env prod) cannot be deployed without botUsername, botId, alarmEmail. Set them once with npm run configure -- --bot-username <name> --bot-id <digits before ":" in the token> --alarm-email <address> (writes infra/deploy-settings.json',
    );
    expect(() => deployable({ botUsername: 'factcheck_bot', botId: '7000000001' })).toThrow(/without alarmEmail\. Set it once with npm run configure -- --alarm-email <address>/);
    expect(deployable({ botUsername: 'factcheck_bot', botId: '7000000001', alarmEmail: 'ops@example.com' }).botUsername).toBe('factcheck_bot');
  });

  it('a dev stack, or a synth with no account (CI), needs none of them', () => {
    expect(deployable({ env: 'dev' }).botId).toBeNull();
    expect(read({}).botId).toBeNull();
  });
});
