import { serverHeapFlags } from "../bin/server-heap.js";
import { spawn, spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "../test/support/embedded-postgres";

const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = fileURLToPath(new URL("../bin/accord.js", import.meta.url));
const CPU_AT_EXIT = new URL("../scripts/cpu-at-exit.js", import.meta.url).href;
const READY_BOUND_MS = 120_000;
/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** Wall and CPU time of one start, in milliseconds; CPU null where /proc is missing. */
export interface StartTiming {
  wallMs: number;
  cpuMs: number | null;
}

/** Medians of several starts, and every start, as the report keeps them. */
export interface StartUpReport {
  runs: number;
  medianWallMs: number;
  medianCpuMs: number | null;
  timings: StartTiming[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function summarise(timings: StartTiming[]): StartUpReport {
  const cpu = timings.map((t) => t.cpuMs).filter((ms): ms is number => ms !== null);
  return {
    runs: timings.length,
    medianWallMs: median(timings.map((t) => t.wallMs)),
    medianCpuMs: cpu.length === timings.length ? median(cpu) : null,
    timings,
  };
}

/**
 * The compiled CLI is what operators start (`bin/accord.js` runs it when present), so the
 * start-up figures are of a fresh build of the current sources.
 */
export function buildServer(): void {
  const build = spawnSync(process.execPath, ["scripts/build-server.js"], {
    cwd: REPO_ROOT,
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("scripts/build-server.js failed");
}

/** User plus system CPU a process has used so far, from /proc (ticks of 10 ms). */
async function cpuMsOf(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which sits in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}

/**
 * `accord --help`, start to exit. Its CPU time comes from the child reporting its own
 * `process.cpuUsage()` as it exits (scripts/cpu-at-exit.js, preloaded): /proc is gone by then.
 */
export async function measureHelp(runs: number): Promise<StartUpReport> {
  const timings: StartTiming[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", CPU_AT_EXIT, BIN, "--help"], {
      stdio: ["ignore", "ignore", "inherit", "pipe"],
    });
    let cpuText = "";
    child.stdio[3]?.on("data", (chunk: Buffer) => (cpuText += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
    const wallMs = performance.now() - started;
    if (code !== 0) throw new Error(`accord --help exited with ${code}`);
    timings.push({ wallMs, cpuMs: cpuText ? Number(cpuText) : null });
  }
  return summarise(timings);
}

/**
 * `accord serve` on a database that already holds the instance: from the spawn to the first
 * `/readyz` 200, asked every 10 ms, then stopped. CPU is the server's own up to that answer.
 */
export async function measureReady(databaseUrl: string, runs: number): Promise<StartUpReport> {
  const timings: StartTiming[] = [];
  for (let run = 0; run < runs; run++) {
    const port = await freePort();
    const started = performance.now();
    // The heap budget given as `npm start` gives it: the child is the server, not its wrapper.
    const heapFlags = serverHeapFlags([], process.env.NODE_OPTIONS);
    const child = spawn(process.execPath, [...heapFlags, BIN, "serve", "--no-demo"], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        ACCORD_DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      const deadline = Date.now() + READY_BOUND_MS;
      for (;;) {
        if (child.exitCode !== null) throw new Error("accord serve exited before /readyz");
        if (Date.now() > deadline) throw new Error(`no /readyz within ${READY_BOUND_MS} ms`);
        const status = await fetch(`http://127.0.0.1:${port}/readyz`).then(
          (response) => response.status,
          () => 0,
        );
        if (status === 200) break;
        await sleep(10);
      }
      const wallMs = performance.now() - started;
      timings.push({ wallMs, cpuMs: child.pid === undefined ? null : await cpuMsOf(child.pid) });
    } finally {
      child.kill("SIGTERM");
      await exited;
    }
  }
  return summarise(timings);
}

export function formatStartUp(what: string, report: StartUpReport): string {
  const cpu = report.medianCpuMs === null ? "n/a" : `${Math.round(report.medianCpuMs)} ms`;
  return `(${what}: median of ${report.runs} starts ${Math.round(report.medianWallMs)} ms wall, ${cpu} CPU)`;
}
