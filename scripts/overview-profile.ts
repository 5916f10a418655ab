// `node --import tsx scripts/overview-profile.ts [runs]`: where the engagement overview's first
// load spends the main thread, without Lighthouse's simulation. Chromium (Debian's) loads the
// overview as a signed-in demo provider with its CPU slowed four times (Lighthouse's phone),
// the network not slowed, `runs` times (default 5) in fresh contexts, and prints per run the
// first and largest paint and Chromium's own main-thread totals, then the JavaScript time by
// source file (the build's hidden source maps read back), summed over the runs. On a shared
// machine the times grow with the load; compare figures taken at the same moment: with
// PROFILE_BASE=<dir>[,<dir>…] (copies of earlier builds' `dist` as `<dir>/dist`) the runs
// alternate between those builds and this one. More detail: PROFILE_TASKS (each long task and
// its functions), PROFILE_FUNCTIONS (by function, not file), PROFILE_REQUESTS, PROFILE_LCP (the
// largest paint's element), PROFILE_CPU_SLOWDOWN=1 (the CPU as Lighthouse records it).
import { readFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import Trace from "lighthouse/core/gather/gatherers/trace.js";
import LHTraceProcessor from "lighthouse/core/lib/lh-trace-processor.js";
import { MainThreadTasks } from "lighthouse/core/lib/tracehouse/main-thread-tasks.js";
import puppeteer, { type Page } from "puppeteer-core";
import { SourceMapConsumer, type RawSourceMap } from "source-map-js";
import { DEMO_PASSWORD } from "../src/server/demo/seed-demo";
import { scratchDatabase, startAccordProcess } from "../test/support/accord-process";

const ROOT = join(import.meta.dirname, "..");
const ASSETS = join(ROOT, "dist", "web", "assets");
const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const PROVIDER = "jonas@atelierbleu.demo";
/**
 * PROFILE_CPU_SLOWDOWN=1 loads the page at this machine's speed, as Lighthouse records it
 * before multiplying each task by 4; a long task is then one over 12.5 ms.
 */
const CPU_SLOWDOWN = Number(process.env.PROFILE_CPU_SLOWDOWN ?? 4);
const LONG_TASK_MS = 50 / (4 / CPU_SLOWDOWN);

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

async function signIn(url: string): Promise<{ cookie: string; engagementId: string }> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: PROVIDER, password: DEMO_PASSWORD }),
  });
  const csrf = await fetch(`${url}/api/v1/auth/csrf`, { headers: { cookie: cookiesOf(login) } });
  const cookie = [cookiesOf(login), cookiesOf(csrf)].filter(Boolean).join("; ");
  const list = await fetch(`${url}/api/v1/engagements`, { headers: { cookie } });
  const { engagements } = (await list.json()) as { engagements: { id: string }[] };
  const first = engagements[0];
  if (!first) throw new Error("the demo provider has no engagement");
  return { cookie, engagementId: first.id };
}

const maps = new Map<string, SourceMapConsumer | null>();
async function mapOf(url: string): Promise<SourceMapConsumer | null> {
  const file = /\/assets\/([^/?#]+\.js)/.exec(url)?.[1];
  if (!file) return null;
  if (!maps.has(file)) {
    try {
      const raw = JSON.parse(await readFile(join(ASSETS, `${file}.map`), "utf8")) as RawSourceMap;
      maps.set(file, new SourceMapConsumer(raw));
    } catch {
      maps.set(file, null);
    }
  }
  return maps.get(file) ?? null;
}

/** A profile's sample: when (µs, the trace's clock), how long (ms) and where. */
interface Sample {
  at: number;
  ms: number;
  where: string;
}

/** Self time (ms) by original source file, or by script when it has no map. */
async function selfTimeBySource(profile: Profile, into: Map<string, number>): Promise<Sample[]> {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const samples: Sample[] = [];
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byNode.get(profile.samples[i] ?? -1);
    at += profile.timeDeltas[i] ?? 0;
    const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (!node) continue;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    let where = url ? url.replace(/^https?:\/\/[^/]+/, "") : `(${functionName || "program"})`;
    const map = url ? await mapOf(url) : null;
    if (map) {
      const original = map.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
      if (original.source) {
        where = original.source.replace(/^(\.\.\/)+/, "");
        // PROFILE_FUNCTIONS=1: by function (its first line) instead of by file.
        if (process.env.PROFILE_FUNCTIONS)
          where += `:${original.line} ${original.name ?? functionName}`;
      }
    }
    into.set(where, (into.get(where) ?? 0) + delta);
    samples.push({ at, ms: delta, where });
  }
  return samples;
}

/** What the page's `largest-contentful-paint` entry says, as far as printed here. */
interface LargestPaint {
  size: number;
  element: {
    tagName: string;
    className: string;
    textContent: string | null;
    getBoundingClientRect(): { top: number };
  } | null;
}

interface TraceFile {
  traceEvents: unknown[];
}

interface TaskNode {
  startTime: number;
  endTime: number;
  duration: number;
  selfTime: number;
  parent?: TaskNode;
  children: TaskNode[];
  attributableURLs: string[];
  group: { id: string };
  event: { tts?: number; tdur?: number };
  endEvent?: { tts?: number };
}

/**
 * The CPU time the main thread spent in `task`, ms (the trace's thread time): unlike its
 * duration, it does not grow while the thread waits for a core on a loaded machine.
 */
function cpuTimeOf(task: TaskNode): number {
  const { tts, tdur } = task.event;
  if (tdur !== undefined) return tdur / 1000;
  if (tts !== undefined && task.endEvent?.tts !== undefined)
    return (task.endEvent.tts - tts) / 1000;
  return task.duration;
}

function sumByGroup(task: TaskNode, into: Map<string, number>): void {
  into.set(task.group.id, (into.get(task.group.id) ?? 0) + task.selfTime);
  for (const child of task.children) sumByGroup(child, into);
}

/**
 * Chromium's main-thread tasks as Lighthouse reads them: time by kind (added to `byGroup`), the
 * paints, the tasks over 50 ms (Lighthouse's long tasks, printed) and the blocking time after
 * the first paint (each long task's time over 50 ms, as TBT counts it, here until the load ends).
 */
function summariseTasks(
  trace: TraceFile,
  byGroup: Map<string, number>,
  samples: Sample[],
): Record<string, number> {
  const processed = LHTraceProcessor.processTrace(trace) as unknown as {
    mainThreadEvents: unknown[];
    frames: unknown[];
    timestamps: { traceEnd: number; timeOrigin: number };
  };
  const navigation = LHTraceProcessor.processNavigation(processed) as unknown as {
    timings: { firstContentfulPaint?: number; largestContentfulPaint?: number };
  };
  const tasks = MainThreadTasks.getMainThreadTasks(
    processed.mainThreadEvents as never,
    processed.frames as never,
    processed.timestamps.traceEnd,
    processed.timestamps.timeOrigin,
  ) as unknown as TaskNode[];
  const fcp = navigation.timings.firstContentfulPaint ?? 0;
  let blocking = 0;
  let beforeFcp = 0;
  // The same from CPU time, times 4 as Lighthouse's phone: read with PROFILE_CPU_SLOWDOWN=1
  // (how Chromium's own slowdown shows in the thread's time was not established).
  const scale = 4;
  let cpuBlocking = 0;
  let cpuTimeBeforeFcp = 0;
  const long: string[] = [];
  for (const task of tasks) {
    if (task.parent) continue;
    sumByGroup(task, byGroup);
    if (task.endTime <= fcp) beforeFcp += task.duration;
    const cpu = cpuTimeOf(task) * scale;
    if (task.endTime <= fcp) cpuTimeBeforeFcp += cpu;
    else if (task.startTime > fcp && cpu > 50) cpuBlocking += cpu - 50;
    if (task.duration < LONG_TASK_MS) continue;
    if (task.startTime > fcp) blocking += task.duration - LONG_TASK_MS;
    const kinds = new Map<string, number>();
    sumByGroup(task, kinds);
    const main = [...kinds].sort((a, b) => b[1] - a[1])[0];
    const script = (task.attributableURLs.at(-1) ?? "").replace(/^https?:\/\/[^/]+/, "");
    // PROFILE_TASKS=1: each long task with the functions that took most of it.
    const origin = processed.timestamps.timeOrigin;
    const inTask = new Map<string, number>();
    for (const sample of samples) {
      const ms = (sample.at - origin) / 1000;
      if (ms >= task.startTime && ms < task.endTime)
        inTask.set(sample.where, (inTask.get(sample.where) ?? 0) + sample.ms);
    }
    const top = [...inTask]
      .filter(([where]) => where !== "((idle))")
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([where, ms]) => `${Math.round(ms)} ${where}`)
      .join(" | ");
    long.push(
      `${Math.round(task.startTime)}+${Math.round(task.duration)} ${main?.[0]} ${script}\n      ${top}`,
    );
  }
  if (process.env.PROFILE_TASKS)
    process.stdout.write(`  long tasks:\n    ${long.join("\n    ")}\n`);
  return {
    traceFcp: fcp,
    traceLcp: navigation.timings.largestContentfulPaint ?? 0,
    longTasks: long.length,
    cpuBeforeFcp: beforeFcp,
    blockingAfterFcp: blocking,
    phoneCpuBeforeFcp: cpuTimeBeforeFcp,
    phoneCpuBlocking: cpuBlocking,
  };
}

async function loadOnce(
  page: Page,
  { url, bySource, byGroup }: Variant,
): Promise<Record<string, number>> {
  const cdp = await page.createCDPSession();
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await cdp.send("Performance.enable");
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  // PROFILE_REQUESTS=1: every request of the load, when it started (ms after the first).
  const requests: string[] = [];
  let firstRequest = 0;
  const onRequest = (request: { url: () => string }) => {
    firstRequest ||= Date.now();
    requests.push(`${Date.now() - firstRequest} ${request.url().replace(/^https?:\/\/[^/]+/, "")}`);
  };
  if (process.env.PROFILE_REQUESTS) page.on("request", onRequest);
  await page.tracing.start({ categories: Trace.getDefaultTraceCategories() });
  await page.goto(url, { waitUntil: "networkidle0" });
  await page.waitForSelector("h1");
  const trace = JSON.parse(
    Buffer.from((await page.tracing.stop()) ?? []).toString("utf8"),
  ) as TraceFile;
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
  const samples = await selfTimeBySource(profile, bySource);
  // Chromium sometimes loses the trace's start (Lighthouse's NO_NAVSTART): no task figures then.
  let tasks: Record<string, number> = {};
  try {
    tasks = summariseTasks(trace, byGroup, samples);
  } catch (error) {
    process.stdout.write(`  trace left out: ${(error as Error).message}\n`);
  }
  const paints = await page.evaluate(
    () =>
      new Promise<{ fcp: number; lcp: number }>((resolve) => {
        const fcp =
          performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN;
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1);
          resolve({ fcp, lcp: last?.startTime ?? Number.NaN });
        }).observe({ type: "largest-contentful-paint", buffered: true });
      }),
  );
  if (process.env.PROFILE_REQUESTS)
    process.stdout.write(`  requests:\n    ${requests.join("\n    ")}\n`);
  const elements = await page.evaluate(() => document.querySelectorAll("*").length);
  if (process.env.PROFILE_LCP)
    process.stdout.write(
      `  largest paint: ${await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            new PerformanceObserver((list) => {
              const entry = list.getEntries().at(-1) as unknown as LargestPaint | undefined;
              const element = entry?.element;
              const box = element?.getBoundingClientRect();
              resolve(
                `${element?.tagName}.${element?.className} "${element?.textContent?.slice(0, 60)}" size ${entry?.size} top ${box?.top}; viewport ${innerHeight}, page ${document.documentElement.scrollHeight}`,
              );
            }).observe({ type: "largest-contentful-paint", buffered: true });
          }),
      )}\n`,
    );
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    fcp: paints.fcp,
    lcp: paints.lcp,
    script: metric("ScriptDuration"),
    task: metric("TaskDuration"),
    layout: metric("LayoutDuration"),
    style: metric("RecalcStyleDuration"),
    elements,
    ...tasks,
  };
}

interface Variant {
  name: string;
  url: string;
  bySource: Map<string, number>;
  byGroup: Map<string, number>;
  rows: Record<string, number>[];
  stop: () => Promise<void>;
}

/**
 * The server to measure: this checkout's build, or (PROFILE_BASE=<dir>, a copy of an earlier
 * `dist` as `<dir>/dist`) that build too, each on its own fresh demo database; runs alternate
 * between them so both see the same load.
 */
async function startVariant(name: string, bin: string | null): Promise<Variant> {
  const database = await scratchDatabase("sqlite");
  const accord = await startAccordProcess(database, { LOG_LEVEL: "warn" }, [], bin ?? undefined);
  await accord.waitForStatus("/readyz", 200, 180_000);
  const { cookie, engagementId } = await signIn(accord.url);
  cookies.set(name, cookie);
  return {
    name,
    url: `${accord.url}/engagements/${engagementId}`,
    bySource: new Map(),
    byGroup: new Map(),
    rows: [],
    stop: async () => {
      await accord.kill("SIGTERM");
      await database.drop();
    },
  };
}

const cookies = new Map<string, string>();

function report(variant: Variant, runs: number): void {
  const median = (key: string) => {
    const sorted = variant.rows.map((r) => r[key] ?? 0).sort((a, b) => a - b);
    return Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0);
  };
  process.stdout.write(
    `${variant.name}, median of ${runs}: ${[
      "fcp",
      "lcp",
      "script",
      "task",
      "layout",
      "style",
      "traceFcp",
      "traceLcp",
      "longTasks",
      "cpuBeforeFcp",
      "blockingAfterFcp",
      "phoneCpuBeforeFcp",
      "phoneCpuBlocking",
    ]
      .map((k) => `${k} ${median(k)}`)
      .join(", ")}\n`,
  );
  process.stdout.write(
    `  main thread by kind, ms per run: ${[...variant.byGroup]
      .sort((a, b) => b[1] - a[1])
      .map(([kind, ms]) => `${kind} ${Math.round(ms / runs)}`)
      .join(", ")}\n`,
  );
  const total = [...variant.bySource.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(
    `  JavaScript self time by source, ms per run (all: ${Math.round(total / runs)}):\n`,
  );
  for (const [where, ms] of [...variant.bySource].sort((a, b) => b[1] - a[1]).slice(0, 30))
    process.stdout.write(`  ${(ms / runs).toFixed(1).padStart(7)}  ${where}\n`);
}

async function main(): Promise<void> {
  const runs = Math.max(1, Number(process.argv[2] ?? 5));
  const base = process.env.PROFILE_BASE;
  const variants = [];
  for (const dir of base ? base.split(",") : [])
    variants.push(await startVariant(dir, join(dir, "dist", "server", "accord.js")));
  variants.push(await startVariant("this build", null));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu"],
    headless: true,
  });
  try {
    for (let run = 0; run < runs; run++) {
      for (const variant of variants) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport({
          width: 412,
          height: 823,
          deviceScaleFactor: 1.75,
          isMobile: true,
        });
        await page.setExtraHTTPHeaders({ cookie: cookies.get(variant.name) ?? "" });
        const row = await loadOnce(page, variant);
        variant.rows.push(row);
        process.stdout.write(
          `${variant.name} ${run + 1}: ${Object.entries(row)
            .map(([k, v]) => `${k} ${Math.round(v)}`)
            .join(", ")} (ms; load ${loadavg()[0]?.toFixed(1)})\n`,
        );
        await context.close();
      }
    }
    for (const variant of variants) report(variant, runs);
  } finally {
    await browser.close();
    for (const variant of variants) await variant.stop();
  }
}

await main();
