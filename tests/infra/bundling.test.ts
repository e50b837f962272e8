import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ALIASES, MAIN_FIELDS, NODE_TARGET, esbuildOptionsFor, nodejsBundling } from '../../infra/bundling';
import { BOT_ENTRY } from '../../infra/factcheck-stack';

describe('Lambda bundling', () => {
  it('gives NodejsFunction and the esbuild API the same build', () => {
    const cdk = nodejsBundling();
    const api = esbuildOptionsFor(BOT_ENTRY, '/tmp/out/index.js');
    expect(cdk).toMatchObject({ target: NODE_TARGET, format: 'cjs', minify: true, sourceMap: true, mainFields: MAIN_FIELDS, bundleAwsSDK: true, externalModules: [] });
    expect(api).toMatchObject({ target: NODE_TARGET, format: 'cjs', minify: true, sourcemap: true, mainFields: MAIN_FIELDS, external: [], platform: 'node', bundle: true });
    expect(cdk.esbuildArgs).toEqual({ '--alias': Object.entries(api.alias!).map(([k, v]) => `${k}=${v}`) });
  });

  it('bundles the bot with the official AWS SDK and node-fetch, without whatwg-url, tr46 or webidl', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bot-bundle-'));
    try {
      const result = await build({ ...esbuildOptionsFor(BOT_ENTRY, join(out, 'index.js')), metafile: true, logLevel: 'silent' });
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.filter((i) => /node_modules\/(whatwg-url|tr46|webidl-conversions)\//.test(i))).toEqual([]);
      expect(inputs).toContain('lambdas/shims/whatwg-url.ts');
      expect(inputs.some((i) => i.includes('node_modules/node-fetch/'))).toBe(true);
      // DynamoDB goes through the SDK, from its ES-module build; the default credential chain is left out.
      expect(inputs.some((i) => i.includes('node_modules/@aws-sdk/client-dynamodb/dist-es/'))).toBe(true);
      expect(inputs.some((i) => i.includes('node_modules/@aws-sdk/credential-provider-node/'))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('the shim serves node-fetch the global URL', async () => {
    const shim = (await import(ALIASES['whatwg-url']!)) as { default: { URL: typeof URL }; URL: typeof URL; URLSearchParams: typeof URLSearchParams };
    expect(shim.URL).toBe(globalThis.URL);
    expect(shim.default.URL).toBe(globalThis.URL);
    expect(shim.URLSearchParams).toBe(globalThis.URLSearchParams);
  });
});
