/**
 * The benchmark's results: the JSON shape written to bench/results.json, the
 * targets from issue 5, and the table printed to the terminal.
 */
import type { ColdResult } from './cold-start';
import type { NaiveScanResult } from './bench-database';
import type { Summary } from './stats';

export interface Percentiles {
  readonly p50: number;
  readonly p99: number;
  readonly mean: number;
  readonly max: number;
}

export interface BundleFigures {
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly description: string;
  readonly topPackages: Array<[string, number]>;
}

export interface ScalingRow {
  readonly claims: number;
  readonly synthetic: number;
  readonly indexItems: number;
  readonly load: { method: string; seconds: number; claims: number; items: number } | null;
  readonly dynamoStartMs: number;
  /** The machine's 1-minute load average around the latency passes (other processes compete for the 2 cores). */
  readonly loadAverage: number;
  /** handler.p50 / p99: median over `passes` latency passes; spread: their min and max. */
  readonly latency: { handler: Percentiles; ownWork: Percentiles; samples: number; passes: number; spread: { p50: [number, number]; p99: [number, number] } };
  /** queryP50Ms/queryP90Ms: one Query's round trip to DynamoDB Local, as the recording proxy timed it. */
  readonly dynamodb: { readsMax: number; readsMean: number; rcuMean: number; rcuMax: number; scans: number; queryP50Ms: number; queryP90Ms: number };
  /** Replies and claim ids both the same as at the smallest size. */
  readonly answersUnchanged: boolean;
  readonly changedQuestions: string[];
  /**
   * The growth of the entities the questions ask about: synthetic claims by each
   * real speaker or about each real country so far, the questions whose read the
   * budget cut short, and whether every answer's claim ids stayed the same.
   */
  readonly growth: {
    syntheticByEntity: Record<string, number>;
    truncatedQuestions: string[];
    claimIdsUnchanged: boolean;
    answerChecks: number;
    /** Unanswered at both sizes, but the near-miss suggestions (related claims of the relaxed question) differ. */
    suggestionsChanged: string[];
  };
  readonly naiveScan: NaiveScanResult;
  readonly ratios: { p50: number; rcuMean: number };
}

export interface Target {
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly met: boolean;
  readonly note?: string;
}

export interface BenchResults {
  readonly version: 1;
  readonly generatedAt: string;
  readonly mode: 'full' | 'quick';
  durationSeconds: number;
  readonly machine: Record<string, string | number>;
  bundle: { deployed: BundleFigures; naive: BundleFigures; sizeRatio: number };
  coldStart?: { runs: number; emptyProcessMs: Summary; deployed: ColdResult; naive: ColdResult; ratio: number; nodeOptions: string };
  ablation?: Array<{ name: string; description: string; bytes: number; gzipBytes: number; coldStartMs: Summary; loadMs: Summary }>;
  warm?: {
    claims: number;
    rounds: number;
    questions: number;
    /** Wall time of the deployed bundle's handler (p50/p99: median over the passes). */
    handler: Percentiles;
    handlerSpread: { p50: [number, number]; p99: [number, number] };
    /** Wall time minus the time awaiting DynamoDB or Telegram (instrumented bundle). */
    ownWork: Percentiles;
    /** Garbage-collection pauses of the main thread per update (instrumented bundle; inside own work or an await). */
    gcPause?: Percentiles;
    /** Linux: time the handler's main thread was ready to run but waited for a core, per update (instrumented bundle). */
    runQueue?: Percentiles;
    /** Linux: the part of runQueue inside the own-work windows, and own work less it (time the main thread held a core). */
    ownRunQueue?: Percentiles;
    ownOnCore?: Percentiles;
    /** Linux: the share of the machine's CPU time the host took (steal) during the own-work pass. */
    hostSteal?: number;
    /** CPU time of the whole process per update (deployed bundle): own work plus the SDK's and HTTP clients' work. */
    cpu: Percentiles;
    /** Event-loop active time per update (deployed bundle). */
    eventLoopActive: Percentiles;
    awaitedCallsPerUpdate: number;
    non200: number;
    slowestOwnWork: Array<{ question: string; medianMs: number }>;
  };
  dynamodb?: {
    questions: number;
    readsMax: number;
    readsMean: number;
    requestsMax: number;
    rcuMax: number;
    rcuMean: number;
    wcuPerUpdate: number;
    scans: number;
    ledgerWrites: string;
    rcuP90: number;
    questionsOver2Rcu: number;
    heaviest: Array<{ question: string; reads: number; rcu: number }>;
  };
  scaling: { sizesPlanned: number[]; rows: ScalingRow[]; stoppedEarly: string | null; importMethod: string };
  targets: Target[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (v: number, d = 1) => `${v.toFixed(d)} ms`;
const n = (v: number) => v.toLocaleString('en');

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function renderReport(r: BenchResults): string {
  const out: string[] = [];
  out.push(`Benchmark (${r.mode}) on ${r.machine.cpuModel}, ${r.machine.cpus} cores, ${r.machine.memoryGb} GB, Node ${r.machine.node}, ${r.machine.platform}; ${r.generatedAt}; took ${Math.round(r.durationSeconds)} s`);
  out.push('');
  out.push('Bundle and cold start (bot Lambda; cold start = fresh node process: load + first webhook event, minus an empty node process)');
  const rows: string[][] = [];
  const cold = r.coldStart;
  rows.push([
    'deployed',
    kb(r.bundle.deployed.bytes),
    kb(r.bundle.deployed.gzipBytes),
    cold ? `${ms(cold.deployed.coldStartMs.median)} (IQR ${cold.deployed.coldStartMs.p25.toFixed(0)}–${cold.deployed.coldStartMs.p75.toFixed(0)})` : '-',
    cold ? ms(cold.deployed.loadMs.median) : '-',
    cold ? ms(cold.deployed.firstInvocationMs.median) : '-',
  ]);
  rows.push([
    'naive baseline',
    kb(r.bundle.naive.bytes),
    kb(r.bundle.naive.gzipBytes),
    cold ? `${ms(cold.naive.coldStartMs.median)} (IQR ${cold.naive.coldStartMs.p25.toFixed(0)}–${cold.naive.coldStartMs.p75.toFixed(0)})` : '-',
    cold ? ms(cold.naive.loadMs.median) : '-',
    cold ? ms(cold.naive.firstInvocationMs.median) : '-',
  ]);
  rows.push(['ratio', `${r.bundle.sizeRatio.toFixed(2)}×`, `${(r.bundle.deployed.gzipBytes / r.bundle.naive.gzipBytes).toFixed(2)}×`, cold ? `${cold.ratio.toFixed(2)}×` : '-', cold ? `${(cold.deployed.loadMs.median / cold.naive.loadMs.median).toFixed(2)}×` : '-', cold ? `${(cold.deployed.firstInvocationMs.median / cold.naive.firstInvocationMs.median).toFixed(2)}×` : '-']);
  out.push(table(['bundle', 'minified', 'gzipped', 'cold start (median)', 'load/init', 'first event'], rows));
  if (cold) out.push(`  ${cold.runs} runs each, interleaved; empty node process ${ms(cold.emptyProcessMs.median)}; deployed runs with the stack's NODE_OPTIONS (${cold.nodeOptions || 'none'}), the baseline without`);
  if (r.ablation?.length) {
    out.push('');
    out.push('What each bundling step buys (cold start, same method)');
    out.push(table(['step', 'minified', 'gzipped', 'cold start', 'load/init'], r.ablation.map((a) => [a.description, kb(a.bytes), kb(a.gzipBytes), ms(a.coldStartMs.median), ms(a.loadMs.median)])));
  }
  if (r.warm) {
    out.push('');
    out.push(`Warm latency per update (${r.warm.questions} questions × ${r.warm.rounds} rounds, ${n(r.warm.claims)} claims, the real handler, DynamoDB Local and the fake Bot API on loopback; handler p50/p99 = median of the passes (min–max))`);
    out.push(
      table(
        ['', 'p50', 'p99', 'mean', 'max'],
        [
          [
            'whole handler',
            `${ms(r.warm.handler.p50, 2)} (${r.warm.handlerSpread.p50.map((v) => v.toFixed(1)).join('–')})`,
            `${ms(r.warm.handler.p99, 2)} (${r.warm.handlerSpread.p99.map((v) => v.toFixed(1)).join('–')})`,
            ms(r.warm.handler.mean, 2),
            ms(r.warm.handler.max, 2),
          ],
          ['handler own work', ms(r.warm.ownWork.p50, 2), ms(r.warm.ownWork.p99, 2), ms(r.warm.ownWork.mean, 2), ms(r.warm.ownWork.max, 2)],
          ...(r.warm.runQueue ? [['waiting for a core (run queue)', ms(r.warm.runQueue.p50, 2), ms(r.warm.runQueue.p99, 2), ms(r.warm.runQueue.mean, 2), ms(r.warm.runQueue.max, 2)]] : []),
          ...(r.warm.ownRunQueue ? [['  of it inside own work', ms(r.warm.ownRunQueue.p50, 2), ms(r.warm.ownRunQueue.p99, 2), ms(r.warm.ownRunQueue.mean, 2), ms(r.warm.ownRunQueue.max, 2)]] : []),
          ...(r.warm.ownOnCore ? [['own work on a core (own − waits)', ms(r.warm.ownOnCore.p50, 2), ms(r.warm.ownOnCore.p99, 2), ms(r.warm.ownOnCore.mean, 2), ms(r.warm.ownOnCore.max, 2)]] : []),
          ...(r.warm.gcPause ? [['GC pauses per update', ms(r.warm.gcPause.p50, 2), ms(r.warm.gcPause.p99, 2), ms(r.warm.gcPause.mean, 2), ms(r.warm.gcPause.max, 2)]] : []),
          ['CPU per update (incl. SDK, HTTP)', ms(r.warm.cpu.p50, 2), ms(r.warm.cpu.p99, 2), ms(r.warm.cpu.mean, 2), ms(r.warm.cpu.max, 2)],
        ],
      ),
    );
    out.push(`  own work = wall time minus time inside DynamoDBDocumentClient.send and telegraf's HTTP calls (${r.warm.awaitedCallsPerUpdate.toFixed(1)} awaited calls per update; instrumented copy of the deployed bundle)`);
    if (r.warm.runQueue || r.warm.gcPause) out.push('  waiting for a core and GC pauses overlap the rows above (awaits included): they tell a slow update from one that waited; DynamoDB Local and the fixtures run at background priority (SCHED_IDLE), so the waits left are the handler process\'s own threads and the host');
    if (r.warm.ownOnCore) out.push(`  own work on a core = own work less the run-queue time inside it (Linux schedstat, read at each end of the update and of each await; exact to the nanosecond, host steal not seen${r.warm.hostSteal === undefined ? '' : `: the host took ${(r.warm.hostSteal * 100).toFixed(1)}% of the CPU time during those rounds`})`);
    out.push(`  slowest own work${r.warm.ownOnCore ? ' on a core' : ''} (median): ${r.warm.slowestOwnWork.map((q) => `${q.medianMs.toFixed(2)} ms "${q.question}"`).join('; ')}`);
  }
  if (r.dynamodb) {
    const d = r.dynamodb;
    out.push('');
    out.push(`DynamoDB per question (${d.questions} questions, recorded by a proxy with ReturnConsumedCapacity=TOTAL)`);
    out.push(
      table(
        ['', 'max', 'mean'],
        [
          ['read requests (answer path)', String(d.readsMax), d.readsMean.toFixed(2)],
          ['RCUs', d.rcuMax.toFixed(1), `${d.rcuMean.toFixed(2)} (p90 ${d.rcuP90.toFixed(1)}; ${d.questionsOver2Rcu} of ${d.questions} questions over 2)`],
          ['all requests incl. the ledger write', String(d.requestsMax), '-'],
          ['Scans', String(d.scans), '-'],
        ],
      ),
    );
    out.push(`  plus per update: ${d.ledgerWrites}`);
    out.push(`  heaviest: ${d.heaviest.slice(0, 3).map((h) => `"${h.question}" ${h.reads} reads, ${h.rcu} RCUs`).join('; ')}`);
  }
  if (r.scaling.rows.length) {
    out.push('');
    out.push(`Scaling (real questions on a growing table; synthetic claims loaded by ${r.scaling.importMethod}; latency = median of ${r.scaling.rows[0]?.latency.passes ?? 0} passes (min–max); ratios vs the smallest size)`);
    out.push(
      table(
        ['claims', 'index items', 'load time', 'load avg', 'p50 handler', 'p99 handler', 'p50 ratio', 'Query p50/p90', 'RCU/q mean', 'RCU ratio', 'answers', 'naive Scan', 'Scan RCUs', 'Scan pages'],
        r.scaling.rows.map((row) => [
          n(row.claims),
          n(row.indexItems),
          row.load ? `${row.load.seconds.toFixed(0)} s` : '-',
          row.loadAverage.toFixed(1),
          `${ms(row.latency.handler.p50, 2)} (${row.latency.spread.p50.map((v) => v.toFixed(1)).join('–')})`,
          `${ms(row.latency.handler.p99, 2)} (${row.latency.spread.p99.map((v) => v.toFixed(1)).join('–')})`,
          `${row.ratios.p50.toFixed(2)}×`,
          `${row.dynamodb.queryP50Ms.toFixed(2)}/${row.dynamodb.queryP90Ms.toFixed(2)} ms`,
          row.dynamodb.rcuMean.toFixed(2),
          `${row.ratios.rcuMean.toFixed(2)}×`,
          row.answersUnchanged ? 'unchanged' : `${row.changedQuestions.length} changed`,
          row.naiveScan.complete ? `${(row.naiveScan.estimatedMs / 1000).toFixed(2)} s` : Number.isNaN(row.naiveScan.estimatedMs) ? `> ${(row.naiveScan.budgetMs / 1000).toFixed(0)} s` : `~${(row.naiveScan.estimatedMs / 1000).toFixed(0)} s`,
          `${row.naiveScan.complete ? '' : '~'}${n(Math.round(row.naiveScan.estimatedRcu))}`,
          `${row.naiveScan.complete ? '' : '~'}${n(row.naiveScan.estimatedPages)}`,
        ]),
      ),
    );
    out.push('');
    out.push('Growth of what the questions ask about (synthetic claims by the real speakers and about the real countries, on other subjects; DynamoDB figures from the proxy, claim ids from the answerer in-process)');
    const entities = Object.keys(r.scaling.rows[r.scaling.rows.length - 1]?.growth.syntheticByEntity ?? {});
    out.push(
      table(
        ['claims', ...entities.map((id) => `synthetic ${id}`), 'reads/q max', 'reads/q mean', 'RCU/q mean', 'RCU/q max', 'Scans', 'reads cut short', 'claim ids', 'near-miss suggestions'],
        r.scaling.rows.map((row) => [
          n(row.claims),
          ...entities.map((id) => n(row.growth.syntheticByEntity[id] ?? 0)),
          String(row.dynamodb.readsMax),
          row.dynamodb.readsMean.toFixed(2),
          row.dynamodb.rcuMean.toFixed(2),
          row.dynamodb.rcuMax.toFixed(1),
          String(row.dynamodb.scans),
          `${row.growth.truncatedQuestions.length} of ${row.growth.answerChecks}`,
          row.growth.claimIdsUnchanged ? 'unchanged' : 'CHANGED',
          row.growth.suggestionsChanged.length === 0 ? 'unchanged' : `${row.growth.suggestionsChanged.length} differ`,
        ]),
      ),
    );
    const suggestions = r.scaling.rows[r.scaling.rows.length - 1]?.growth.suggestionsChanged ?? [];
    if (suggestions.length > 0) out.push(`  near-miss suggestions differ (unanswered at every size; the related claims of the relaxed question list what else the speaker said, which the growth adds to): ${suggestions.slice(0, 4).map((q) => `"${q}"`).join('; ')}`);
    const cut = r.scaling.rows[r.scaling.rows.length - 1]?.growth.truncatedQuestions ?? [];
    if (cut.length > 0) out.push(`  cut short at the largest size (the store read the newest claims of a partition larger than 3 pages and said so): ${cut.slice(0, 4).map((q) => `"${q}"`).join('; ')}${cut.length > 4 ? '; …' : ''}`);
    const partial = r.scaling.rows.filter((row) => !row.naiveScan.complete);
    out.push('  naive Scan = one item per claim, Scan + FilterExpression until the last page (what the table design avoids); a Scan reads, and bills, every item whatever the filter');
    if (partial.length) {
      out.push(
        `  ~ / > = cut off at its time budget: ${partial.map((p) => `${n(p.claims)} claims: ${n(p.naiveScan.scanned)} items in ${(p.naiveScan.ms / 1000).toFixed(0)} s`).join('; ')}; time extrapolated linearly from the items scanned, RCUs and pages from DynamoDB's pricing on the table's size (${partial.map((p) => `${(p.naiveScan.tableBytes / 2 ** 20).toFixed(0)} MB`).join(', ')}, 0.5 RCU per 4 KB). DynamoDB Local's own Scan also slows down page by page as the table grows.`,
      );
    }
    if (r.scaling.stoppedEarly) out.push(`  stopped early: ${r.scaling.stoppedEarly}`);
  }
  out.push('');
  out.push('Targets');
  out.push(table(['', 'target', 'measured', 'met'], r.targets.map((t) => [t.name, t.target, t.actual + (t.note ? ` (${t.note})` : ''), t.met ? 'yes' : 'NO'])));
  return out.join('\n');
}
