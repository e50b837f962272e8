/**
 * The bot Lambda's bundles for the benchmark:
 *
 * - `deployed`: exactly what the stack deploys, from the options infra/bundling.ts
 *   exports (`esbuildOptionsFor`): same entry, same esbuild options and aliases.
 * - `naive`: the same handler bundled the usual way: unminified, the package
 *   `main` fields (the SDK's CommonJS build, nothing tree-shaken), telegraf's
 *   node-fetch with whatwg-url/tr46, and classic zod instead of zod/mini.
 * - ablation steps (full run only): the deployed options with some aliases
 *   taken out again, to show what each one buys.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { ALIASES, PROJECT_ROOT, esbuildOptionsFor } from '../../infra/bundling';

export const BOT_ENTRY = 'lambdas/webhook/webhook-handler.ts';

export interface BuiltBundle {
  readonly name: string;
  readonly description: string;
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** Output bytes per package (node_modules name, or the first two path parts for our code). */
  readonly byPackage: Record<string, number>;
}

function packageOf(input: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (m) return m[1] as string;
  return input.split('/').slice(0, 2).join('/');
}

async function build(name: string, description: string, options: esbuild.BuildOptions, outDir: string): Promise<BuiltBundle> {
  const file = join(outDir, name, 'index.cjs');
  mkdirSync(dirname(file), { recursive: true });
  // Lambda loads index.js as CommonJS (no package.json around it); inside this "type": "module" repo, .cjs says the same.
  writeFileSync(join(outDir, name, 'package.json'), '{"type":"commonjs"}\n');
  const result = await esbuild.build({ ...options, outfile: file, metafile: true, logLevel: 'error' });
  const code = readFileSync(file);
  const output = Object.entries(result.metafile.outputs).find(([out]) => out.endsWith('index.cjs'))?.[1];
  const byPackage: Record<string, number> = {};
  for (const [input, info] of Object.entries(output?.inputs ?? {})) {
    const key = packageOf(input);
    byPackage[key] = (byPackage[key] ?? 0) + info.bytesInOutput;
  }
  writeFileSync(join(outDir, name, 'meta.json'), JSON.stringify(result.metafile));
  return { name, description, file, bytes: code.length, gzipBytes: gzipSync(code).length, byPackage };
}

/** The stack's bundle of the bot, byte for byte. */
export function buildDeployed(outDir: string): Promise<BuiltBundle> {
  const options = esbuildOptionsFor(BOT_ENTRY, join(outDir, 'deployed', 'index.cjs'));
  return build('deployed', 'as the stack deploys it (infra/bundling.ts)', options, outDir);
}

/**
 * The deployed bundle with two timing wrappers (scripts/bench/instrument/):
 * DynamoDBDocumentClient.send and telegraf's fetch add the time they are
 * awaited to a clock the runner reads, so that the handler's own work can be
 * told apart from waiting for DynamoDB and Telegram.
 */
export function buildInstrumented(outDir: string): Promise<BuiltBundle> {
  const options = esbuildOptionsFor(BOT_ENTRY, join(outDir, 'instrumented', 'index.cjs'));
  const instrument = (file: string) => fileURLToPath(new URL(`./instrument/${file}`, import.meta.url));
  return build(
    'instrumented',
    'deployed + timing of awaits on DynamoDB and Telegram',
    {
      ...options,
      alias: {
        ...options.alias,
        'bench-deployed-lib-dynamodb': options.alias?.['@aws-sdk/lib-dynamodb'] ?? join(PROJECT_ROOT, 'node_modules/@aws-sdk/lib-dynamodb/dist-es/index.js'),
        '@aws-sdk/lib-dynamodb': instrument('lib-dynamodb.ts'),
        'bench-deployed-node-fetch': options.alias?.['node-fetch'] ?? join(PROJECT_ROOT, 'node_modules/node-fetch/lib/index.js'),
        'node-fetch': instrument('node-fetch.ts'),
      },
    },
    outDir,
  );
}

/** "The usual way": what a first esbuild/NodejsFunction setup without tuning produces. */
export function buildNaive(outDir: string): Promise<BuiltBundle> {
  return build(
    'naive',
    'unminified, CommonJS SDK (no tree-shaking), node-fetch + whatwg-url, classic zod',
    {
      absWorkingDir: PROJECT_ROOT,
      entryPoints: [join(PROJECT_ROOT, BOT_ENTRY)],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      minify: false,
      sourcemap: false,
      // The code imports zod/mini; "classic zod" is the full package behind the same API.
      alias: { 'zod/mini': 'zod' },
    },
    outDir,
  );
}

/**
 * Ablation: the deployed options with the aliases added back one step at a
 * time, in their order in infra/bundling.ts, up to but not including the last
 * step (with every alias, the bundle is the deployed one). Returns the bundles
 * from least to most optimised, and the label of the step that completes them.
 */
export async function buildAblation(outDir: string): Promise<{ steps: BuiltBundle[]; lastStep: string }> {
  // Aliases that only work together form one step.
  const steps: string[][] = [];
  for (const name of Object.keys(ALIASES)) {
    if (name === '@aws-sdk/lib-dynamodb' && steps.at(-1)?.includes('@aws-sdk/client-dynamodb')) steps.at(-1)?.push(name);
    else steps.push([name]);
  }
  const label = (kept: number) => (kept === 0 ? 'minified, ES-module SDK, no aliases' : `+ ${steps[kept - 1]?.map((n) => `alias ${n}`).join(' + ')}`);
  const built: BuiltBundle[] = [];
  for (let kept = 0; kept < steps.length; kept++) {
    const alias = Object.fromEntries(steps.slice(0, kept).flat().map((n) => [n, ALIASES[n] as string]));
    const options = { ...esbuildOptionsFor(BOT_ENTRY, join(outDir, `step-${kept}`, 'index.cjs')), alias };
    built.push(await build(`step-${kept}`, label(kept), options, outDir));
  }
  return { steps: built, lastStep: label(steps.length) };
}

export function describeBundleFile(file: string): string {
  return relative(PROJECT_ROOT, file);
}
