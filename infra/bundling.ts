/**
 * How every Lambda in this app is bundled: one definition, used by the stack
 * (through NodejsFunction) and available to anything that must bundle the bot
 * exactly as a deploy does (the cold-start benchmark: `esbuildOptionsFor`).
 *
 * - Node.js 24 on ARM64 (the newest runtime aws-cdk-lib knows: cdk-nag L1).
 * - CommonJS output, minified, with a source map (NODE_OPTIONS below turns it on).
 * - `mainFields: ['module', 'main']`: the AWS SDK is bundled (pinned by
 *   package-lock, not whatever the runtime ships) from its ES-module build,
 *   which tree-shakes to a smaller, faster-loading bundle.
 * - `whatwg-url` (node-fetch 2's fallback, via telegraf, with tr46's Unicode
 *   tables) is aliased to a few-line shim over Node's global URL.
 * - More stand-ins under lambdas/shims/ (each file says why it is safe) take
 *   code out of the cold start that a Lambda never runs: the SDK's default
 *   credential chain (Lambda's credentials are always in env vars), event
 *   streams and endpoint discovery (DynamoDB uses neither), `debug` and the
 *   abort-controller polyfill. `npm run bench` measures what each step buys.
 * - Not done on purpose: replacing the AWS SDK's DynamoDB client (or
 *   telegraf's HTTP client) with a hand-written one. It was measured (bot
 *   bundle ~190 KB instead of ~370 KB, about 40 ms less cold start) and
 *   rejected: request signing, retries and error handling are exactly the
 *   code a deploy should take from the official SDK, and the tests exercise
 *   the SDK. See README, "Performance".
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';
// Types only: the benchmark can import this module without loading aws-cdk-lib.
import type { BundlingOptions, ICommandHooks, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';

/** The repository root (holds package-lock.json, lambdas/ and data/). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The lock file NodejsFunction takes the project root from. */
export const DEPS_LOCK_FILE = join(PROJECT_ROOT, 'package-lock.json');

/** esbuild target; must match the Lambda runtime (Runtime.NODEJS_24_X). */
export const NODE_TARGET = 'node24';

export const MAIN_FIELDS: readonly string[] = ['module', 'main'];

/** Imports replaced inside every bundle: package name → absolute path of the stand-in. */
export const ALIASES: Readonly<Record<string, string>> = {
  'whatwg-url': join(PROJECT_ROOT, 'lambdas/shims/whatwg-url.ts'),
  '@aws-sdk/credential-provider-node': join(PROJECT_ROOT, 'lambdas/shims/aws-credentials-from-env.ts'),
  '@smithy/core/event-streams': join(PROJECT_ROOT, 'lambdas/shims/aws-event-streams-off.ts'),
  '@aws-sdk/middleware-endpoint-discovery': join(PROJECT_ROOT, 'lambdas/shims/aws-endpoint-discovery-off.ts'),
  'abort-controller': join(PROJECT_ROOT, 'lambdas/shims/abort-controller.ts'),
  debug: join(PROJECT_ROOT, 'lambdas/shims/debug-off.cjs'),
};

/** Set on every function so stack traces point into the TypeScript sources. */
export const RUNTIME_ENVIRONMENT: Readonly<Record<string, string>> = {
  NODE_OPTIONS: '--enable-source-maps',
};

/**
 * Command hooks that copy data/ next to the bundled handler ($LAMBDA_TASK_ROOT/data):
 * the seeder validates and writes it, the bot reads its knowledge from it.
 */
export function shipDataDir(): ICommandHooks {
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir: string, outputDir: string) => [`cp -R "${inputDir}/data" "${outputDir}/data"`],
  };
}

/** NodejsFunction `bundling` props. `commandHooks` is for functions that ship extra files (the seeder ships data/). */
export function nodejsBundling(options: { commandHooks?: ICommandHooks } = {}): BundlingOptions {
  return {
    target: NODE_TARGET,
    format: 'cjs' as OutputFormat.CJS,
    minify: true,
    sourceMap: true,
    // Node maps stack traces without the sources' text: a 4.6× smaller .map, which
    // NODE_OPTIONS=--enable-source-maps reads and parses on every cold start (~10 ms less).
    sourcesContent: false,
    mainFields: [...MAIN_FIELDS],
    // Bundle the SDK (tree-shaken, pinned) instead of loading the runtime's copy.
    bundleAwsSDK: true,
    externalModules: [],
    esbuildArgs: { '--alias': Object.entries(ALIASES).map(([name, path]) => `${name}=${path}`) },
    ...(options.commandHooks ? { commandHooks: options.commandHooks } : {}),
  };
}

/**
 * The same build as esbuild API options, for bundling a Lambda entry outside
 * CDK (e.g. `esbuild.build(esbuildOptionsFor('lambdas/webhook/webhook-handler.ts', 'bench/out/index.js'))`).
 * Mirrors the command line NodejsFunction runs for `nodejsBundling()`.
 *
 * The output is CommonJS. Lambda loads it as such (the bundle has no
 * package.json); inside this repository ("type": "module") name the output
 * `.cjs`, or put `{"type":"commonjs"}` next to it, before loading it with Node.
 */
export function esbuildOptionsFor(entry: string, outfile: string): BuildOptions {
  return {
    absWorkingDir: PROJECT_ROOT,
    entryPoints: [resolve(PROJECT_ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: NODE_TARGET,
    format: 'cjs',
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    mainFields: [...MAIN_FIELDS],
    external: [],
    alias: { ...ALIASES },
  };
}
