/**
 * `npm run bench`: bundle size and cold start against a naive baseline, warm
 * latency, DynamoDB cost per question, and scaling to a million claims with
 * a naive Scan-and-filter baseline. Prints a table and writes bench/results.json.
 *
 *   npm run bench                  full run (about 15 minutes on 2 cores)
 *   npm run bench -- --quick       1,000 → 20,000 claims, fewer runs (CI smoke test: a couple of minutes)
 *   npm run bench -- --sizes=1000,100000 --budget-minutes=10 --no-ablation
 *   BENCH_CPU_PROF=/tmp/prof npm run bench -- --quick --sizes=1000 --no-ablation
 *                                  also writes a V8 CPU profile of every warm handler process
 *
 * The synthetic growth includes the speakers and countries the questions ask
 * about (see synthetic-claims.ts): at 1,000,000 claims Putin has 110,000 more,
 * at the quick run's 20,000 about 2,200.
 *
 * Exits non-zero if any question causes a Scan or more than 3 read requests,
 * if the handler answers anything but 200, or if the answers (replies, and
 * claim ids through the answerer) change as the table grows.
 */
import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../lambdas/core/dataset/load-dataset';
import type { Source } from '../lambdas/core/claims/claim-schema';
import { figureKey, saidKey } from '../lambdas/core/claims/lookup-keys';
import { loadKnowledge } from '../lambdas/core/knowledge/load-knowledge';
import { claimKeys } from '../lambdas/core/store/dynamodb-claims-store';
import { QUESTION_SET } from '../tests/answer/question-set';
import { RUNTIME_ENVIRONMENT } from '../infra/bundling';
import { DATA_DIR } from './lib/claims-table';
import { BenchDatabase, CLAIMS_TABLE } from './bench/bench-database';
import { buildAblation, buildDeployed, buildInstrumented, buildNaive, type BuiltBundle } from './bench/bundles';
import { measureColdStarts, type ColdVariant } from './bench/cold-start';
import { BENCH_SECRETS, BENCH_SESSION_TOKEN, handlerEnvironment } from './bench/events';
import { startFixtures, type Fixtures } from './bench/fixtures';
import { costPass, latencyPass, type CostPass, type LatencyPass, type PassContext } from './bench/passes';
import { renderReport, type BenchResults, type Percentiles, type ScalingRow, type Target } from './bench/report';
import { buildRunner, ownWorkTimes } from './bench/runner';
import { mean, median, percentile, max } from './bench/stats';
import { answerQuestions, type AnsweredQuestion } from './bench/answer-check';
import { realEntityTargets, syntheticClaimStream } from './bench/synthetic-claims';
import { TRUNCATED_NOTE } from '../lambdas/core/answer/render-answer';

interface Options {
  readonly quick: boolean;
  readonly sizes: number[];
  readonly budgetMs: number;
  readonly coldRuns: number;
  readonly ablationRuns: number;
  readonly warmRounds: number;
  /** Latency passes per table size (each a fresh process, `passRounds` rounds of the question set); figures are their median. */
  readonly passes: number;
  readonly passRounds: number;
  readonly scanBudgetMs: number;
  readonly outFile: string;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function parseArgs(argv: readonly string[]): Options {
  const quick = argv.includes('--quick');
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const sizes = (value('sizes') ?? (quick ? '1000,20000' : '1000,100000,1000000')).split(',').map((s) => Number(s.replace(/_/g, '')));
  if (sizes.some((s) => !Number.isInteger(s) || s <= 0)) throw new Error(`--sizes must be positive integers, got ${value('sizes')}`);
  const ablation = !argv.includes('--no-ablation') && (argv.includes('--ablation') || !quick);
  return {
    quick,
    sizes: [...sizes].sort((a, b) => a - b),
    budgetMs: Number(value('budget-minutes') ?? (quick ? 4 : 15)) * 60_000,
    coldRuns: Number(value('cold-runs') ?? (quick ? 5 : 15)),
    ablationRuns: ablation ? Number(value('ablation-runs') ?? 9) : 0,
    warmRounds: Number(value('rounds') ?? (quick ? 3 : 10)),
    passes: Number(value('passes') ?? (quick ? 3 : 5)),
    passRounds: quick ? 1 : 2,
    scanBudgetMs: Number(value('scan-budget-seconds') ?? (quick ? 20 : 60)) * 1000,
    outFile: join(ROOT, value('out') ?? 'bench/results.json'),
  };
}

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const log = (line: string) => console.error(`[bench ${elapsed()}] ${line}`);

function percentiles(values: readonly number[]): Percentiles {
  return { p50: percentile(values, 50), p99: percentile(values, 99), mean: mean(values), max: max(values) };
}

function topPackages(bundle: BuiltBundle, count = 8): Array<[string, number]> {
  return Object.entries(bundle.byPackage)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count);
}

/**
 * The bot's data as the benchmark deploys it: data/ plus the synthetic
 * articles' sources (a deploy ships every source its table holds, so the bot
 * names them without reading the SOURCES partition). data/ itself is untouched.
 */
function writeBenchDataDir(workDir: string, extraSources: readonly Source[]): string {
  const dir = join(workDir, 'data');
  cpSync(DATA_DIR, dir, { recursive: true });
  const file = join(dir, 'sources.json');
  const sources = JSON.parse(readFileSync(file, 'utf8')) as { sources: Source[] };
  writeFileSync(file, `${JSON.stringify({ sources: [...sources.sources, ...extraSources] }, null, 1)}\n`);
  return dir;
}

function costSummary(pass: CostPass) {
  const q = pass.perQuestion;
  return {
    readsMax: max(q.map((c) => c.reads)),
    readsMean: mean(q.map((c) => c.reads)),
    requestsMax: max(q.map((c) => c.reads + c.writes)),
    rcuMax: max(q.map((c) => c.rcu)),
    rcuMean: mean(q.map((c) => c.rcu)),
    wcuMean: mean(q.map((c) => c.wcu)),
    scans: q.reduce((a, c) => a + c.scans, 0) + pass.unattributed.filter((r) => r.operation === 'Scan').length,
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const workDir = join(ROOT, 'bench', 'out');
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const deadline = Date.now() + options.budgetMs;
  const questions = QUESTION_SET.map((q) => q.question);
  const failures: string[] = [];

  const cpu = cpus();
  const results: BenchResults = {
    version: 1,
    generatedAt: new Date().toISOString(),
    mode: options.quick ? 'quick' : 'full',
    durationSeconds: 0,
    machine: {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      freeMemoryGbAtStart: Math.round(freemem() / 2 ** 30),
      node: process.versions.node,
      platform: `${platform()} ${release()}`,
    },
    bundle: { deployed: { bytes: 0, gzipBytes: 0, description: '', topPackages: [] }, naive: { bytes: 0, gzipBytes: 0, description: '', topPackages: [] }, sizeRatio: 0 },
    scaling: { sizesPlanned: options.sizes, rows: [], stoppedEarly: null, importMethod: '' },
    targets: [],
  };

  // ── 1. Bundles ────────────────────────────────────────────────────────
  log('bundling the bot as the stack does, and the naive baseline');
  const [deployed, naive, instrumented, runner] = await Promise.all([buildDeployed(workDir), buildNaive(workDir), buildInstrumented(workDir), buildRunner(workDir)]);
  const { steps: ablation, lastStep } = options.ablationRuns > 0 ? await buildAblation(join(workDir, 'ablation')) : { steps: [], lastStep: '' };
  results.bundle = {
    deployed: { bytes: deployed.bytes, gzipBytes: deployed.gzipBytes, description: deployed.description, topPackages: topPackages(deployed) },
    naive: { bytes: naive.bytes, gzipBytes: naive.gzipBytes, description: naive.description, topPackages: topPackages(naive) },
    sizeRatio: deployed.bytes / naive.bytes,
  };
  log(`  deployed ${(deployed.bytes / 1024).toFixed(0)} KB (${(deployed.gzipBytes / 1024).toFixed(0)} KB gzipped), naive ${(naive.bytes / 1024).toFixed(0)} KB`);

  // ── 2. Database, fixtures ─────────────────────────────────────────────
  const dataset = await loadDataset(DATA_DIR);
  const synthetic = syntheticClaimStream();
  const benchDataDir = writeBenchDataDir(workDir, synthetic.sources);
  const benchKnowledge = loadKnowledge(benchDataDir);
  const db = new BenchDatabase();
  results.scaling.importMethod = db.importMethod === 'sqlite-import' ? 'bulk import into DynamoDB Local\'s SQLite file' : 'BatchWriteItem';
  let fixtures: Fixtures | undefined;
  try {
    log(`starting DynamoDB Local (file-backed, ${db.dir}) and seeding the ${dataset.claims.length} real claims through the seeder`);
    const firstStartMs = await db.start();
    await db.createAndSeed(dataset);
    await db.writeSources(synthetic.sources);
    fixtures = await startFixtures({ sessionToken: BENCH_SESSION_TOKEN, secrets: BENCH_SECRETS, dynamodbEndpoint: db.endpoint });
    const fx = fixtures;
    // Cold starts load the repository's data/ (what the stack ships); the passes the data with the synthetic sources.
    const env = (dynamodbEndpoint: string, dataDir = benchDataDir) => handlerEnvironment({ tableName: CLAIMS_TABLE, dynamodbEndpoint, apiRoot: fx.apiRoot, extensionPort: fx.extensionPort, dataDir });
    const deployedEnv = (dynamodbEndpoint: string) => ({ ...env(dynamodbEndpoint), ...RUNTIME_ENVIRONMENT });
    const ctx: PassContext = { runner, bundle: deployed.file, workDir, fixtures: fx, env: deployedEnv };

    // A partition that only synthetic claims reach, and the busiest real speaker's, to check every import through the API.
    const probeKey = claimKeys.indexPartition(figureKey('deaths', synthetic.vocabulary.countries[0] as string));
    let probeExpected = 0;
    const targets = realEntityTargets();
    const grown = new Map<string, number>([...targets.speakers, ...targets.countries].map((t) => [t.id, 0]));
    const grownCountries = new Set(targets.countries.map((t) => t.id));
    const topSpeaker = targets.speakers[0]?.id as string;
    const speakerProbeKey = claimKeys.indexPartition(saidKey(topSpeaker));
    const realTopSpeakerClaims = dataset.claims.filter((c) => c.speaker === topSpeaker).length;
    const next = () => {
      const claim = synthetic.next();
      if (claim.figure && claim.figure.unit === 'deaths' && claim.subjects.includes(synthetic.vocabulary.countries[0] as string)) probeExpected++;
      if (claim.speaker !== null && grown.has(claim.speaker)) grown.set(claim.speaker, (grown.get(claim.speaker) ?? 0) + 1);
      for (const id of claim.subjects) if (grownCountries.has(id)) grown.set(id, (grown.get(id) ?? 0) + 1);
      return claim;
    };

    let baseline: { p50: number; rcuMean: number; replies: string[]; answers: AnsweredQuestion[] } | undefined;
    let dynamoStartMs = firstStartMs;
    for (const [index, size] of options.sizes.entries()) {
      // ── 3. Grow the table ──────────────────────────────────────────────
      let load: ScalingRow['load'] = null;
      if (size > db.claims) {
        if (index > 0 && db.importMethod === 'sqlite-import') {
          const previous = results.scaling.rows[results.scaling.rows.length - 1]?.load;
          const rate = previous && previous.claims > 0 ? previous.seconds / previous.claims : 1 / 20_000;
          const estimateMs = (size - db.claims) * rate * 1000 * 1.2 + 60_000;
          if (Date.now() + estimateMs > deadline) {
            results.scaling.stoppedEarly = `${size.toLocaleString('en')} claims would need about ${Math.round(estimateMs / 1000)} s more, past the ${Math.round(options.budgetMs / 60_000)}-minute budget; the largest size reached is ${db.claims.toLocaleString('en')}`;
            log(results.scaling.stoppedEarly);
            break;
          }
        }
        log(`growing the table to ${size.toLocaleString('en')} claims (${(size - db.claims).toLocaleString('en')} synthetic, ${db.importMethod})`);
        const report = await db.growTo(size, next, { deadline, log });
        load = { method: report.method, seconds: report.seconds, claims: report.claims, items: report.items };
        log(`  ${report.claims.toLocaleString('en')} claims, ${report.items.toLocaleString('en')} index items in ${report.seconds.toFixed(0)} s`);
        if (report.method === 'sqlite-import') {
          dynamoStartMs = await db.start();
          await fx.retarget(db.endpoint);
        }
        if (report.stoppedEarly) results.scaling.stoppedEarly = `loading stopped at the time budget with ${db.claims.toLocaleString('en')} claims`;
      }
      const probeCount = await db.countPartition(probeKey);
      if (probeCount !== probeExpected) throw new Error(`import check failed: ${probeKey} holds ${probeCount} items through the API, ${probeExpected} were written`);
      const speakerCount = await db.countPartition(speakerProbeKey);
      const speakerExpected = realTopSpeakerClaims + (grown.get(topSpeaker) ?? 0);
      if (speakerCount !== speakerExpected) throw new Error(`import check failed: ${speakerProbeKey} holds ${speakerCount} items through the API, ${speakerExpected} were written`);

      // ── 4. Latency, warm (more rounds at the first size: the headline figures) ──
      log(`  ${db.claims.toLocaleString('en')} claims: warming up, then timing ${questions.length} questions`);
      // DynamoDB Local's JIT after a restart (and, at the first size, the fixtures' and the OS caches).
      await latencyPass(ctx, questions, db.endpoint, index === 0 ? 6 : 3, 1);
      const loadBefore = loadavg()[0] ?? 0;
      const passes: LatencyPass[] = [];
      for (let p = 0; p < options.passes; p++) passes.push(await latencyPass(ctx, questions, db.endpoint, options.passRounds));
      const latency: LatencyPass = { rounds: options.passes * options.passRounds, invocations: passes.flatMap((p) => p.invocations), non200: passes.reduce((a, p) => a + p.non200, 0) };
      if (latency.non200 > 0) failures.push(`${latency.non200} webhook invocations did not answer 200 at ${db.claims} claims`);
      // Per size: the median of the passes' p50 and p99, with their spread.
      const passP50 = passes.map((p) => percentile(p.invocations.map((i) => i.wallMs), 50));
      const passP99 = passes.map((p) => percentile(p.invocations.map((i) => i.wallMs), 99));
      const handler = { ...percentiles(latency.invocations.map((i) => i.wallMs)), p50: median(passP50), p99: median(passP99) };
      const spread = { p50: [Math.min(...passP50), Math.max(...passP50)] as [number, number], p99: [Math.min(...passP99), Math.max(...passP99)] as [number, number] };
      const ownWork = percentiles(latency.invocations.map((i) => i.activeMs));
      let own: LatencyPass | undefined;
      if (index === 0) {
        log(`  own work: ${options.warmRounds} rounds with the instrumented bundle`);
        own = await latencyPass(ctx, questions, db.endpoint, options.warmRounds, 1, instrumented.file);
        if (own.non200 > 0) failures.push(`${own.non200} instrumented invocations did not answer 200`);

      }

      // ── 5. Cost per question, answers ──────────────────────────────────
      const cost = await costPass(ctx, questions);
      const c = costSummary(cost);
      if (c.scans > 0) failures.push(`${c.scans} Scan request(s) on the answer path at ${db.claims} claims`);
      if (c.readsMax > 3) failures.push(`a question sent ${c.readsMax} read requests at ${db.claims} claims (budget: 3)`);
      const replies = cost.perQuestion.map((q) => q.reply);
      if (replies.some((r) => r.length === 0)) failures.push(`some questions got no reply at ${db.claims} claims`);
      // The answers claim by claim (in this process, same store and budget), and which reads the budget cut short.
      const answers = await answerQuestions(db.endpoint, CLAIMS_TABLE, benchKnowledge, questions);

      if (index === 0) {
        const ownInvocations = own?.invocations ?? [];
        const { ownMs, queuedMs, onCoreMs } = ownWorkTimes(ownInvocations);
        const perQuestion = questions.map((question, q) => ({ question, medianMs: percentile((onCoreMs ?? ownMs).filter((_, k) => k % questions.length === q), 50) }));
        results.warm = {
          claims: db.claims,
          rounds: latency.rounds,
          questions: questions.length,
          handler,
          handlerSpread: spread,
          ownWork: percentiles(ownMs),
          gcPause: percentiles(ownInvocations.map((i) => i.gcMs ?? 0)),
          ...(ownInvocations.every((i) => i.runQueueMs !== undefined) && ownInvocations.length > 0 ? { runQueue: percentiles(ownInvocations.map((i) => i.runQueueMs ?? 0)) } : {}),
          ...(queuedMs && onCoreMs ? { ownRunQueue: percentiles(queuedMs), ownOnCore: percentiles(onCoreMs) } : {}),
          ...(own?.hostSteal === undefined ? {} : { hostSteal: own.hostSteal }),
          cpu: percentiles(latency.invocations.map((i) => i.cpuMs)),
          eventLoopActive: ownWork,
          awaitedCallsPerUpdate: mean(ownInvocations.map((i) => i.awaitCalls ?? 0)),
          non200: latency.non200,
          slowestOwnWork: perQuestion.sort((a, b) => b.medianMs - a.medianMs).slice(0, 3),
        };
        results.dynamodb = {
          questions: questions.length,
          readsMax: c.readsMax,
          readsMean: c.readsMean,
          requestsMax: c.requestsMax,
          rcuMax: c.rcuMax,
          rcuMean: c.rcuMean,
          wcuPerUpdate: c.wcuMean,
          scans: c.scans,
          ledgerWrites: `1 conditional PutItem (update de-duplication, ${c.wcuMean.toFixed(1)} WCU)`,
          rcuP90: percentile(cost.perQuestion.map((q) => q.rcu), 90),
          questionsOver2Rcu: cost.perQuestion.filter((q) => q.rcu > 2).length,
          heaviest: [...cost.perQuestion]
            .sort((a, b) => b.rcu - a.rcu || b.reads - a.reads)
            .slice(0, 5)
            .map((q) => ({ question: q.question, reads: q.reads, rcu: q.rcu })),
        };
      }

      // ── 6. The naive baseline: Scan and filter ─────────────────────────
      log(`  naive Scan-and-filter over ${db.claims.toLocaleString('en')} claims (budget ${options.scanBudgetMs / 1000} s)`);
      const naiveScan = await db.naiveScan({ contains: ['"china"', '"unit":"deaths"'] }, options.scanBudgetMs);

      baseline ??= { p50: handler.p50, rcuMean: c.rcuMean, replies, answers };
      // A question unanswered at both sizes may still reply differently: its near-miss suggestions list what else
      // the speaker said (the relaxed question: "what did Putin say", without the year), which the growth adds to.
      const unansweredBoth = (i: number) => (answers[i]?.ids.length ?? 0) === 0 && (baseline?.answers[i]?.ids.length ?? 0) === 0;
      // A reply that gained the "more may match" note says the budget cut its read short (reported below as
      // "cut short"); its claims are compared by id. Everything else in the reply must be the same.
      const note = new RegExp(`\\s*(?:<i>)?${TRUNCATED_NOTE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:</i>)?`, 'g');
      const uncut = (reply: string | undefined) => (reply ?? '').replace(note, '');
      const changedAt = questions.map((_, i) => i).filter((i) => uncut(replies[i]) !== uncut(baseline?.replies[i]));
      const changed = changedAt.filter((i) => !unansweredBoth(i)).map((i) => questions[i] as string);
      const suggestionsChanged = changedAt.filter(unansweredBoth).map((i) => questions[i] as string);
      if (changed.length > 0) failures.push(`${changed.length} answer(s) changed at ${db.claims} claims: ${changed.slice(0, 3).join(' | ')}`);
      const idsChanged = questions.filter((_, i) => (answers[i]?.ids ?? []).join() !== (baseline?.answers[i]?.ids ?? []).join());
      if (idsChanged.length > 0) failures.push(`${idsChanged.length} answer(s) changed claim ids at ${db.claims} claims: ${idsChanged.slice(0, 3).join(' | ')}`);
      const truncated = answers.filter((a) => a.truncated).map((a) => a.question);
      results.scaling.rows.push({
        claims: db.claims,
        synthetic: db.claims - dataset.claims.length,
        indexItems: db.indexItems,
        load,
        dynamoStartMs,
        latency: { handler, ownWork, samples: latency.invocations.length, passes: options.passes, spread },
        loadAverage: Math.max(loadBefore, loadavg()[0] ?? 0),
        dynamodb: {
          readsMax: c.readsMax,
          readsMean: c.readsMean,
          rcuMean: c.rcuMean,
          rcuMax: c.rcuMax,
          scans: c.scans,
          queryP50Ms: percentile(cost.requests.filter((r) => r.operation === 'Query').map((r) => r.durationMs), 50),
          queryP90Ms: percentile(cost.requests.filter((r) => r.operation === 'Query').map((r) => r.durationMs), 90),
        },
        answersUnchanged: changed.length === 0 && idsChanged.length === 0,
        changedQuestions: [...new Set([...changed, ...idsChanged])],
        growth: { syntheticByEntity: Object.fromEntries(grown), truncatedQuestions: truncated, claimIdsUnchanged: idsChanged.length === 0, answerChecks: answers.length, suggestionsChanged },
        naiveScan,
        ratios: { p50: handler.p50 / baseline.p50, rcuMean: baseline.rcuMean === 0 ? 1 : c.rcuMean / baseline.rcuMean },
      });
      log(`  reads/q max ${c.readsMax}, RCU/q mean ${c.rcuMean.toFixed(2)} max ${c.rcuMax.toFixed(1)}, ${c.scans} Scans; claim ids ${idsChanged.length === 0 ? 'unchanged' : `CHANGED for ${idsChanged.length}`}; ${suggestionsChanged.length} near-miss suggestions differ; ${truncated.length} reads cut short by the budget; synthetic ${[...grown].map(([id, count]) => `${id} ${count.toLocaleString('en')}`).join(', ')}`);
      log(`  p50 ${handler.p50.toFixed(2)} ms, p99 ${handler.p99.toFixed(2)} ms, event-loop active p99 ${ownWork.p99.toFixed(2)} ms, RCU/q ${c.rcuMean.toFixed(2)}, naive Scan ${naiveScan.complete ? `${(naiveScan.estimatedMs / 1000).toFixed(1)} s` : `cut off after ${(naiveScan.ms / 1000).toFixed(0)} s, ${naiveScan.scanned} items`}`);

      // ── 7. Cold starts, once, on the smallest table ────────────────────
      if (index === 0) {
        log(`cold starts: ${options.coldRuns} runs each, interleaved`);
        const variants: ColdVariant[] = [
          { name: 'naive', bundle: naive.file },
          { name: 'deployed', bundle: deployed.file, env: { ...RUNTIME_ENVIRONMENT } },
        ];
        const cold = await measureColdStarts({ runner, variants, runs: options.coldRuns, env: env(db.endpoint, DATA_DIR), workDir, question: questions[0] as string, log });
        const [naiveCold, deployedCold] = cold.results;
        if (!naiveCold || !deployedCold) throw new Error('cold start results missing');
        results.coldStart = {
          runs: options.coldRuns,
          emptyProcessMs: cold.emptyProcessMs,
          deployed: deployedCold,
          naive: naiveCold,
          ratio: deployedCold.coldStartMs.median / naiveCold.coldStartMs.median,
          nodeOptions: RUNTIME_ENVIRONMENT.NODE_OPTIONS ?? '',
        };
        log(`  deployed ${deployedCold.coldStartMs.median.toFixed(0)} ms vs naive ${naiveCold.coldStartMs.median.toFixed(0)} ms (${results.coldStart.ratio.toFixed(2)}×)`);
        if (ablation.length > 0) {
          log(`ablation: ${ablation.length + 1} bundling steps × ${options.ablationRuns} cold starts`);
          const steps: ColdVariant[] = [...ablation.map((b) => ({ name: b.name, bundle: b.file, env: { ...RUNTIME_ENVIRONMENT } })), { name: 'deployed', bundle: deployed.file, env: { ...RUNTIME_ENVIRONMENT } }];
          const measured = await measureColdStarts({ runner, variants: steps, runs: options.ablationRuns, env: env(db.endpoint, DATA_DIR), workDir, question: questions[0] as string, log });
          const bundles = [...ablation, { ...deployed, description: `${lastStep} (= deployed)` }];
          results.ablation = measured.results.map((m, i) => ({
            name: m.name,
            description: bundles[i]?.description ?? m.name,
            bytes: bundles[i]?.bytes ?? 0,
            gzipBytes: bundles[i]?.gzipBytes ?? 0,
            coldStartMs: m.coldStartMs,
            loadMs: m.loadMs,
          }));
        }
      }
    }
  } finally {
    await fixtures?.stop();
    await db.dispose();
  }

  // ── 8. Targets ─────────────────────────────────────────────────────────
  const targets: Target[] = [];
  targets.push({ name: 'bot bundle, minified', target: '≤ 300 KB', actual: `${(deployed.bytes / 1024).toFixed(0)} KB`, met: deployed.bytes <= 300 * 1024 });
  if (results.coldStart) targets.push({ name: 'cold start', target: '≤ 0.5× naive', actual: `${results.coldStart.ratio.toFixed(2)}× (${results.coldStart.deployed.coldStartMs.median.toFixed(0)} vs ${results.coldStart.naive.coldStartMs.median.toFixed(0)} ms)`, met: results.coldStart.ratio <= 0.5 });
  // Issue 9 set the budget for the ranked reader at 4 ms (issue 5's was 2 ms, for the first engine).
  if (results.warm) {
    // Own work is the handler's computing. Where Linux says how long the main thread waited for a core inside it
    // (other threads of this 2-core machine on both cores), that wait is taken out and both figures are printed.
    const { ownWork, ownOnCore, ownRunQueue } = results.warm;
    targets.push(
      ownOnCore && ownRunQueue
        ? { name: "handler's own work, warm", target: 'p99 ≤ 4 ms', actual: `p99 ${ownOnCore.p99.toFixed(2)} ms on a core (wall clock ${ownWork.p99.toFixed(2)} ms, with waits for a core: p99 ${ownRunQueue.p99.toFixed(2)} ms)`, met: ownOnCore.p99 <= 4 }
        : { name: "handler's own work, warm", target: 'p99 ≤ 4 ms', actual: `p99 ${ownWork.p99.toFixed(2)} ms`, met: ownWork.p99 <= 4 },
    );
  }
  if (results.dynamodb) {
    const d = results.dynamodb;
    targets.push({
      name: 'DynamoDB per question',
      target: '≤ 3 reads, RCUs mean ≤ 2 and max ≤ 8, 0 Scans',
      actual: `≤ ${d.readsMax} reads (+1 ledger write), RCUs mean ${d.rcuMean.toFixed(2)}, max ${d.rcuMax.toFixed(1)}, ${d.scans} Scans`,
      met: d.readsMax <= 3 && d.rcuMean <= 2 && d.rcuMax <= 8 && d.scans === 0,
    });
  }
  const rows = results.scaling.rows;
  if (rows.length > 0) {
    const readsMax = max(rows.map((r) => r.dynamodb.readsMax));
    const rcuMax = max(rows.map((r) => r.dynamodb.rcuMax));
    const rcuMean = max(rows.map((r) => r.dynamodb.rcuMean));
    const scans = rows.reduce((a, r) => a + r.dynamodb.scans, 0);
    targets.push({
      name: 'DynamoDB per question, every size',
      target: '≤ 3 reads, RCUs mean ≤ 2 and max ≤ 8, 0 Scans',
      actual: `≤ ${readsMax} reads, RCUs mean ≤ ${rcuMean.toFixed(2)}, max ${rcuMax.toFixed(1)}, ${scans} Scans`,
      met: readsMax <= 3 && rcuMean <= 2 && rcuMax <= 8 && scans === 0,
    });
  }
  if (rows.length > 1) {
    const worstP50 = max(rows.map((r) => r.ratios.p50));
    const worstRcu = max(rows.map((r) => r.ratios.rcuMean));
    const largest = rows[rows.length - 1] as ScalingRow;
    targets.push({
      name: `scaling ${rows.map((r) => r.claims.toLocaleString('en')).join(' → ')}`,
      target: 'p50 and RCU/q ≤ 1.3× smallest',
      actual: `p50 ≤ ${worstP50.toFixed(2)}×, RCU ≤ ${worstRcu.toFixed(2)}×`,
      met: worstP50 <= 1.3 && worstRcu <= 1.3,
      ...(largest.claims < 1_000_000 ? { note: `largest size reached: ${largest.claims.toLocaleString('en')}` } : {}),
    });
    const first = rows[0] as ScalingRow;
    targets.push({
      name: 'naive Scan baseline',
      target: 'grows with the table',
      actual: `${(first.naiveScan.estimatedMs / 1000).toFixed(2)} s → ${Number.isNaN(largest.naiveScan.estimatedMs) ? `> ${largest.naiveScan.budgetMs / 1000}` : (largest.naiveScan.estimatedMs / 1000).toFixed(1)} s, ${Math.round(first.naiveScan.estimatedRcu)} → ${Math.round(largest.naiveScan.estimatedRcu).toLocaleString('en')} RCUs per lookup`,
      // A Scan's cost follows the table: at least half of proportional growth.
      met: largest.naiveScan.estimatedRcu >= 0.5 * first.naiveScan.estimatedRcu * (largest.claims / first.claims),
    });
  }
  targets.push({ name: 'answers as the table grows', target: 'unchanged', actual: rows.every((r) => r.answersUnchanged) ? 'unchanged at every size' : 'CHANGED', met: rows.every((r) => r.answersUnchanged) });
  results.targets = targets;
  results.durationSeconds = (performance.now() - started) / 1000;

  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(options.outFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(renderReport(results));
  console.log(`\nWrote ${options.outFile}`);
  if (failures.length > 0) {
    console.error(`\nBENCH FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
