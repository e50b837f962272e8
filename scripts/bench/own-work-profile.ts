/**
 * Where the handler's own work goes: reads a warm runner's CPU profile and the
 * windows it wrote (BENCH_CPU_PROF=<dir> npm run bench …), keeps the samples
 * taken inside an invocation but outside every await on DynamoDB or Telegram
 * (what the bench reports as own work), and maps them through the bundle's
 * source map to the original files and functions.
 *
 *   npx tsx scripts/bench/own-work-profile.ts <dir>/warm-<id>.cpuprofile [top] [question regex]
 *
 * Prints self time by function, inclusive time by project function (each
 * frame once per sample) and the questions with the most own work.
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}
interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}
interface Windows {
  /** The bundle profiled; absent for a profile of the sources run by tsx (labels without a source map). */
  readonly bundle?: string;
  readonly invocations: readonly { start: number; end: number; event: number }[];
  readonly awaits: readonly number[];
  readonly texts: readonly string[];
}

const [profileFile, topArg, only] = process.argv.slice(2);
if (!profileFile) throw new Error('usage: own-work-profile <warm-….cpuprofile> [top]');
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as Profile;
const windows = JSON.parse(readFileSync(profileFile.replace(/\.cpuprofile$/, '.windows.json'), 'utf8')) as Windows;
const map = windows.bundle === undefined ? undefined : new SourceMap(JSON.parse(readFileSync(`${windows.bundle}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const labels = new Map<number, { label: string; project: boolean }>();
function label(id: number): { label: string; project: boolean } {
  const known = labels.get(id);
  if (known) return known;
  const { callFrame: cf } = nodes.get(id) as ProfileNode;
  let result = { label: `${cf.functionName || '(anonymous)'} ${cf.url.split('/').pop() ?? ''}`.trim(), project: false };
  if (map === undefined && cf.url.includes('/lambdas/')) result = { label: `${cf.functionName || '(anonymous)'} ${cf.url.replace(/^.*?lambdas\//, 'lambdas/')}`, project: true };
  if (map !== undefined && windows.bundle !== undefined && cf.url.endsWith(windows.bundle.split('/').slice(-2).join('/'))) {
    const entry = map.findEntry(cf.lineNumber, cf.columnNumber) as { originalSource?: string; originalLine?: number; name?: string };
    const source = (entry.originalSource ?? '?').replace(/^.*node_modules\//, 'nm:').replace(/^.*?lambdas\//, 'lambdas/');
    const pkg = source.match(/^nm:((?:@[^/]+\/)?[^/]+)/)?.[1];
    // OWN_PROFILE_PACKAGES=detail: a package's functions one by one, not the package as one line.
    const detail = process.env.OWN_PROFILE_PACKAGES === 'detail';
    result = pkg ? { label: detail ? `[${pkg}] ${entry.name ?? cf.functionName} ${source.split('/').pop() ?? ''}:${(entry.originalLine ?? 0) + 1}` : `[${pkg}]`, project: false } : { label: `${entry.name ?? cf.functionName} ${source}:${(entry.originalLine ?? 0) + 1}`, project: source.startsWith('lambdas/') };
  }
  labels.set(id, result);
  return result;
}

const inAwait = (t: number): boolean => {
  // awaits holds start, end, start, end… in time order: t is inside one when an odd number of marks precede it.
  let lo = 0;
  let hi = windows.awaits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((windows.awaits[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo % 2 === 1;
};
const invocationAt = (t: number): { start: number; end: number; event: number } | undefined => {
  let lo = 0;
  let hi = windows.invocations.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = windows.invocations[mid] as { start: number; end: number; event: number };
    if (t < w.start) hi = mid - 1;
    else if (t > w.end) lo = mid + 1;
    else return w;
  }
  return undefined;
};

const self = new Map<string, number>();
const byPart = new Map<string, number>();
/** A leaf's part: a project file, a package, Node's own JavaScript, or V8 (GC, compiler, natives). */
const partOf = (id: number, leaf: string): string => {
  const { url } = (nodes.get(id) as ProfileNode).callFrame;
  if (leaf.startsWith('[')) return leaf.split(' ')[0] ?? leaf;
  if (label(id).project) return leaf.split(' ').pop()?.replace(/:\d+$/, '') ?? leaf;
  if (url.startsWith('node:')) return 'node internals';
  return leaf.startsWith('(') ? leaf : `native ${leaf}`;
};
const inclusive = new Map<string, number>();
const perEvent = new Map<number, number>();
let ownUs = 0;
let t = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i] as number;
  const weight = profile.timeDeltas[i + 1] ?? 0;
  const invocation = invocationAt(t);
  if (!invocation || inAwait(t)) continue;
  if (only && !new RegExp(only, 'i').test(windows.texts[invocation.event] ?? '')) continue;
  const id = profile.samples[i] as number;
  const leaf = label(id).label;
  if (leaf.startsWith('(idle)')) continue;
  ownUs += weight;
  perEvent.set(invocation.event, (perEvent.get(invocation.event) ?? 0) + weight);
  self.set(leaf, (self.get(leaf) ?? 0) + weight);
  const part = partOf(id, leaf);
  byPart.set(part, (byPart.get(part) ?? 0) + weight);
  const seen = new Set<string>();
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
    const l = label(n);
    if (!l.project || seen.has(l.label)) continue;
    seen.add(l.label);
    inclusive.set(l.label, (inclusive.get(l.label) ?? 0) + weight);
  }
}

const n = only ? windows.invocations.filter((w) => new RegExp(only, 'i').test(windows.texts[w.event] ?? '')).length : windows.invocations.length;
const line = (us: number, name: string) => `${(us / 1000 / n).toFixed(3).padStart(8)} ms/update ${((100 * us) / ownUs).toFixed(1).padStart(5)}%  ${name}`;
console.log(`${n} invocations, own work sampled ${(ownUs / 1000 / n).toFixed(2)} ms per update`);
console.log('\nself time by part');
for (const [k, v] of [...byPart].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(line(v, k));
console.log('\nself time');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(line(v, k));
console.log('\ninclusive, project functions');
for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(line(v, k));
const byText = new Map<string, number[]>();
for (const [event, us] of perEvent) {
  const text = windows.texts[event] ?? '';
  byText.set(text, [...(byText.get(text) ?? []), us / 1000]);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log('\nquestions with the most own work (median of sampled ms)');
for (const [text, xs] of [...byText].sort((a, b) => median(b[1]) - median(a[1])).slice(0, 15)) console.log(`${median(xs).toFixed(2).padStart(8)} ms  ${text.slice(0, 90)}`);
