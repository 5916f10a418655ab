import { mkdir, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import type { GeneratedData } from "./generate-data";
import type { GeneratedMarket } from "./generate-market";
import type { CaseResult, LoadSettings } from "./load";
import type { RescoreReport } from "./rescore-throughput";
import { formatStartUp, type StartUpReport } from "./start-up";

export interface DatabaseReport {
  dialect: "sqlite" | "postgres";
  /** Where the database came from: a temp file, an embedded server, or an external URL. */
  origin: string;
  data: GeneratedData["counts"] | null;
  generationSeconds: number | null;
  /** The provider market and briefs that matching ranks, generated after the engagements. */
  market: (GeneratedMarket & { generationSeconds: number }) | null;
  ceiling: CaseResult | null;
  cases: CaseResult[];
  /** `accord rescore` over the generated ledgers, and the incremental path per event. */
  rescore: RescoreReport | null;
  /** Set when the database could not be benchmarked at all. */
  setupFailure: string | null;
  /** `accord serve` on this database once filled: spawn to the first `/readyz` 200. */
  readyz?: StartUpReport | null;
}

export interface RunReport {
  startedAt: string;
  mode: "full" | "quick";
  settings: LoadSettings;
  machine: { node: string; platform: string; cpus: number; cpuModel: string; memoryMb: number };
  /** `accord --help` of the compiled CLI, start to exit. */
  help?: StartUpReport | null;
  databases: DatabaseReport[];
}

/** Above this share of the CPU taken by other work, a table is flagged as noisy. */
const NOISY_SHARE = 0.1;

export const RESULTS_FILE = fileURLToPath(new URL("results/latest.json", import.meta.url));

export function describeMachine(): RunReport["machine"] {
  const processors = cpus();
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: processors.length,
    cpuModel: processors[0]?.model.trim() ?? "unknown",
    memoryMb: Math.round(totalmem() / 2 ** 20),
  };
}

const COLUMNS = [
  { title: "case", width: 36 },
  { title: "req/s", width: 9 },
  { title: "ratio", width: 9 },
  { title: "p50 ms", width: 9 },
  { title: "p95 ms", width: 9 },
  { title: "p99 ms", width: 9 },
  { title: "requests", width: 10 },
  { title: "server RSS MB", width: 15 },
  { title: "others' CPU", width: 13 },
  { title: "server / db CPU µs/req", width: 24 },
] as const;

/** The table of one database, every throughput as a share of this run's bare-Fastify ceiling. */
export function formatDatabase(report: DatabaseReport, settings: LoadSettings): string {
  const counts = report.data;
  const data = counts
    ? `data: ${counts.engagements} engagements, ${counts.events} events, ${counts.users} users, ${counts.organisations} orgs`
    : "data: none";
  const lines = [
    `Accord benchmark (${report.dialect}, ${report.origin})  ${data}  ` +
      `duration ${settings.seconds}s x ${settings.connections} connections`,
  ];
  const results = [report.ceiling, ...report.cases].filter((r): r is CaseResult => r !== null);
  const busiest = Math.max(0, ...results.map((r) => r.othersCpuShare ?? 0));
  if (busiest > NOISY_SHARE) {
    // Other work moves the ceiling and Accord differently, so even the ratios drift.
    lines.push(
      `  note: other work took up to ${percent(busiest)} of the machine's CPU during these cases; expect noisy figures`,
    );
  }
  if (report.setupFailure) {
    lines.push(`  FAILED before any load: ${report.setupFailure}`);
    return lines.join("\n");
  }
  lines.push(formatRow(COLUMNS.map((column) => column.title)));
  const ceiling = report.ceiling?.failure ? null : report.ceiling;
  for (const result of results) {
    const ratio = ceiling?.requestsPerSecond
      ? result.requestsPerSecond / ceiling.requestsPerSecond
      : null;
    const rss = result.serverRssPeakBytes;
    const row = formatRow([
      result.name,
      formatRate(result.requestsPerSecond),
      ratio === null ? "n/a" : formatRatio(ratio),
      ...[result.p50Ms, result.p95Ms, result.p99Ms].map((ms) =>
        result.latencySamples > 0 ? formatMs(ms) : "n/a",
      ),
      String(result.latencySamples),
      rss === null ? "n/a" : String(Math.round(rss / 2 ** 20)),
      result.othersCpuShare === null ? "n/a" : percent(result.othersCpuShare),
      cpuPerRequest(result),
    ]);
    lines.push(result.failure ? `${row}   FAILED: ${result.failure}` : row);
  }
  const ownLoad = results.filter(
    (r) => r.connections !== settings.connections || r.seconds !== settings.seconds,
  );
  if (ownLoad.length > 0) {
    const loads = ownLoad.map(
      (r) =>
        `${r.name} ${r.seconds}s x ${r.connections} connection${r.connections === 1 ? "" : "s"}`,
    );
    lines.push(`(own load: ${loads.join(", ")})`);
  }
  if (report.generationSeconds !== null) {
    lines.push(`(data generated in ${report.generationSeconds.toFixed(1)} s)`);
  }
  if (report.market) lines.push(...formatMarket(report.market));
  if (report.rescore) lines.push(formatRescore(report.rescore));
  if (report.readyz)
    lines.push(formatStartUp("start-up to /readyz on this database", report.readyz));
  return lines.join("\n");
}

function formatRescore(rescore: RescoreReport): string {
  return (
    `(rescore: ${rescore.events} events of ${rescore.engagements} engagements in ` +
    `${rescore.seconds.toFixed(2)} s, ${Math.round(rescore.eventsPerSecond)} events/s, ` +
    `${Math.round(rescore.eventsPerCpuSecond)} per CPU-second; incremental ` +
    `${Math.round(rescore.incrementalMicrosPerEvent)} µs per event, ` +
    `${Math.round(rescore.incrementalCpuMicrosPerEvent)} µs of CPU, over ` +
    `${rescore.incrementalSamples} events)`
  );
}

function formatMarket(market: NonNullable<DatabaseReport["market"]>): string[] {
  const briefs = market.briefs.map(
    (brief) =>
      `${brief.label} brief asks ${brief.skillIds.join(" + ")}: ${brief.candidates} candidates ` +
      `(${percent(brief.candidates / market.counts.profiles, 1)})`,
  );
  return [
    `(market: ${market.counts.profiles} provider profiles, ${market.counts.providerSkills} skills, ` +
      `generated in ${market.generationSeconds.toFixed(1)} s)`,
    ...briefs.map((line) => `  ${line}`),
  ];
}

function formatRate(perSecond: number): string {
  return perSecond >= 100 || perSecond === 0
    ? String(Math.round(perSecond))
    : perSecond.toPrecision(3);
}

/** Three decimals, or two significant digits for the tiny ratios of slow routes. */
function formatRatio(ratio: number): string {
  return ratio >= 0.01 || ratio === 0 ? ratio.toFixed(3) : ratio.toPrecision(2);
}

function formatRow(cells: string[]): string {
  return cells
    .map((cell, index) => {
      const width = COLUMNS[index]?.width ?? 0;
      return index === 0 ? cell.padEnd(width) : cell.padStart(width);
    })
    .join("");
}

function percent(share: number, digits = 0): string {
  return `${(share * 100).toFixed(digits)}%`;
}

export async function writeResults(report: RunReport): Promise<void> {
  await mkdir(new URL("results/", import.meta.url), { recursive: true });
  await writeFile(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
}

export function hasFailure(report: RunReport): boolean {
  return report.databases.some(
    (database) =>
      database.setupFailure !== null ||
      database.ceiling === null ||
      database.ceiling.failure !== null ||
      database.cases.some((result) => result.failure !== null),
  );
}

function formatMs(ms: number): string {
  return ms < 1 ? "<1" : String(Math.round(ms));
}

/** The servers' and the database's CPU per request, µs (`measureCase`). */
function cpuPerRequest(result: CaseResult): string {
  const server = result.serverCpuMicrosPerRequest;
  const database = result.databaseCpuMicrosPerRequest;
  if (server === undefined || server === null) return "n/a";
  return `${Math.round(server)} / ${database === undefined || database === null ? "n/a" : Math.round(database)}`;
}
