/**
 * Cold starts: a fresh `node` process loads a bundle and handles one webhook
 * event end to end. Variants run interleaved (empty, A, B, empty, A, B, ...),
 * so that background load on the machine hits them alike.
 *
 * Figure per run: the process's wall time minus the median wall time of an
 * empty node process (same runner, no bundle). Also recorded: the bundle's
 * load time (Lambda's init phase) and the first invocation's time.
 */
import { questionEvent } from './events';
import { runLambda } from './runner';
import { median, summarize, type Summary } from './stats';

export interface ColdVariant {
  readonly name: string;
  readonly bundle: string;
  /** Extra environment for this variant (e.g. the stack's NODE_OPTIONS). */
  readonly env?: Record<string, string>;
}

export interface ColdResult {
  readonly name: string;
  /** Process wall time minus an empty node process. */
  readonly coldStartMs: Summary;
  readonly loadMs: Summary;
  readonly firstInvocationMs: Summary;
  readonly processMs: Summary;
}

export async function measureColdStarts(options: {
  runner: string;
  variants: readonly ColdVariant[];
  runs: number;
  env: Record<string, string>;
  workDir: string;
  question: string;
  log?: (line: string) => void;
}): Promise<{ emptyProcessMs: Summary; results: ColdResult[] }> {
  const raw = new Map<string, { process: number[]; load: number[]; first: number[] }>();
  const empty: number[] = [];
  const once = (variant: ColdVariant) =>
    runLambda({ runner: options.runner, mode: 'cold', bundle: variant.bundle, events: [questionEvent(options.question).event], env: { ...options.env, ...variant.env }, workDir: options.workDir });
  // One unmeasured round: DynamoDB Local's JIT and the OS file cache warm up.
  for (const variant of options.variants) await once(variant);
  for (let run = 0; run < options.runs; run++) {
    empty.push((await runLambda({ runner: options.runner, mode: 'empty', env: options.env, workDir: options.workDir })).processMs);
    for (const variant of options.variants) {
      const result = await once(variant);
      if (result.first?.statusCode !== 200) throw new Error(`${variant.name}: cold invocation answered ${result.first?.statusCode}`);
      const r = raw.get(variant.name) ?? { process: [], load: [], first: [] };
      r.process.push(result.processMs);
      r.load.push(result.loadMs ?? Number.NaN);
      r.first.push(result.first.wallMs);
      raw.set(variant.name, r);
    }
    options.log?.(`    cold-start round ${run + 1}/${options.runs}`);
  }
  const emptyMedian = median(empty);
  return {
    emptyProcessMs: summarize(empty),
    results: options.variants.map((v) => {
      const r = raw.get(v.name) ?? { process: [], load: [], first: [] };
      return {
        name: v.name,
        coldStartMs: summarize(r.process.map((p) => p - emptyMedian)),
        loadMs: summarize(r.load),
        firstInvocationMs: summarize(r.first),
        processMs: summarize(r.process),
      };
    }),
  };
}
