import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../infra/config';
import { mergeSettings, nextTokenVersion, readSettings } from '../../infra/settings';
import { configure, parseConfigureArgs } from '../../scripts/ops/configure';

const dir = mkdtempSync(join(tmpdir(), 'settings-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the deployment settings file', () => {
  it('npm run configure writes only the keys given, validated as a synth would, and keeps the rest', () => {
    const file = join(dir, 'a.json');
    const first = configure(file, parseConfigureArgs(['--bot-username', '@your_bot', '--bot-id', '123456789'], {}).changes);
    expect(first.changed).toEqual(['botUsername', 'botId']);
    expect(first.missing).toEqual(['alarmEmail']);
    const second = configure(file, { alarmEmail: 'ops@example.com' });
    expect(second.settings).toEqual({ botUsername: 'your_bot', botId: '123456789', alarmEmail: 'ops@example.com' });
    expect(second.missing).toEqual([]);
    expect(readSettings(file)).toEqual(second.settings);
    expect(JSON.parse(readFileSync(file, 'utf8')).$comment).toMatch(/No secrets/);
    expect(() => configure(file, { botId: 'abc' })).toThrow(/context "botId" must be the bot's numeric id/);
    expect(readSettings(file).botId).toBe('123456789');
  });

  it('never lets botTokenVersion go back', () => {
    const file = join(dir, 'b.json');
    configure(file, { botTokenVersion: '4' });
    expect(() => configure(file, { botTokenVersion: '3' })).toThrow(/only goes up: it is 4/);
    expect(() => configure(file, { botTokenVersion: '4' })).toThrow(ConfigError);
    expect(configure(file, { botTokenVersion: '5' }).settings.botTokenVersion).toBe('5');
    expect(nextTokenVersion(undefined)).toBe('1');
    expect(nextTokenVersion('5')).toBe('6');
    expect(() => nextTokenVersion('v2')).toThrow(/not a whole number/);
  });

  it('rejects unknown keys and broken JSON with the file named', () => {
    const file = join(dir, 'c.json');
    writeFileSync(file, '{"botUsername": "x_bot", "alarmMail": "typo@example.com"}');
    expect(() => readSettings(file)).toThrow(/c\.json: unknown setting "alarmMail"/);
    writeFileSync(file, '{"botUsername": ');
    expect(() => readSettings(file)).toThrow(/c\.json is not valid JSON/);
  });

  it('lets -c add a key the file lacks, or repeat one, but not contradict it', () => {
    const read = mergeSettings({ botId: '123456789' }, (key) => ({ botId: '123456789', env: 'dev' })[key], 'infra/deploy-settings.json');
    expect([read('botId'), read('env'), read('alarmEmail')]).toEqual(['123456789', 'dev', undefined]);
    expect(() => mergeSettings({ botId: '123456789' }, (key) => (key === 'botId' ? '1' : undefined), 'x.json')).toThrow(/botId is "123456789" in the settings file but "1" was passed with -c/);
  });
});
