// `npm run lighthouse`: Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G
// link, simulated) of the log-in page and of an engagement page as a signed-in demo provider,
// with Debian's Chromium, against Accord's compiled server on a fresh demo database. Prints
// performance, accessibility and CLS for each page and writes bench/results/lighthouse.json.
// The simulated phone's CPU is this machine's slowed four times, so a busy machine scores
// lower: each page is audited LIGHTHOUSE_RUNS times (default 1) and the median run reported,
// with Lighthouse's benchmark index of the machine at the time (a quiet laptop scores
// 1,500–2,500) and the load average, beside figures the CPU does not change (requests, bytes).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { DEMO_PASSWORD } from "../src/server/demo/seed-demo";
import { scratchDatabase, startAccordProcess } from "../test/support/accord-process";

const ROOT = join(import.meta.dirname, "..");
const RESULTS = join(ROOT, "bench", "results", "lighthouse.json");
const PROVIDER = "jonas@atelierbleu.demo";
const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";

interface PageFigures {
  page: string;
  performance: number;
  accessibility: number;
  cumulativeLayoutShift: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  scriptKilobytes: number;
  requests: number;
  scriptRequests: number;
  /** Main-thread time by kind (script evaluation, style and layout…), simulated phone, ms. */
  mainThreadMs: Record<string, number>;
  benchmarkIndex: number;
  loadAverage: number;
}

function build(): void {
  const steps: [string, string[]][] = [[process.execPath, ["scripts/build-server.js"]]];
  if (!existsSync(join(ROOT, "dist/web/index.html")))
    steps.push(["npx", ["vite", "build", "--config", "vite.config.ts", "--logLevel", "warn"]]);
  for (const [command, args] of steps) {
    const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
    if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
  }
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/** The session cookie of a demo provider and one of its engagements. */
async function signedInPage(url: string): Promise<{ cookie: string; engagementId: string }> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: PROVIDER, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`log-in answered ${login.status}`);
  // The CSRF secret cookie too: otherwise the app's first `/auth/csrf` sets it, and from then
  // on Chromium sends its own cookie header instead of ours, without the session: the page
  // measured would be the log-in page the app then redirects to.
  const csrf = await fetch(`${url}/api/v1/auth/csrf`, { headers: { cookie: cookiesOf(login) } });
  const cookie = [cookiesOf(login), cookiesOf(csrf)].filter(Boolean).join("; ");
  const list = await fetch(`${url}/api/v1/engagements`, { headers: { cookie } });
  const { engagements } = (await list.json()) as { engagements: { id: string }[] };
  const first = engagements[0];
  if (!first) throw new Error("the demo provider has no engagement");
  return { cookie, engagementId: first.id };
}

async function audit(
  page: string,
  url: string,
  port: number,
  headers: Record<string, string>,
): Promise<PageFigures | null> {
  // A fresh server's first answer of a page is its slowest by far (its code not yet compiled
  // by V8, its first queries): asked once beforehand, as any server in use has been.
  await fetch(url, { headers });
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    extraHeaders: headers,
    // Cookies too, which Lighthouse keeps by default: one a run's page set (the CSRF secret,
    // from `/auth/csrf`) made Chromium send its own cookie header on the next run instead of
    // ours, without the session, so some "overview" runs measured the log-in page instead.
    clearStorageTypes: [
      "file_systems",
      "shader_cache",
      "service_workers",
      "cache_storage",
      "cookies",
    ],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  // LIGHTHOUSE_REPORTS=<dir> keeps each run's whole report, to see what costs the time.
  const reports = process.env.LIGHTHOUSE_REPORTS;
  if (reports) {
    await mkdir(reports, { recursive: true });
    const name = `${page.replace(/\W+/g, "-")}-${new Date().toISOString().replace(/\W+/g, "")}`;
    await writeFile(join(reports, `${name}.json`), JSON.stringify(result.lhr));
  }
  // A run whose trace Chromium lost (`NO_NAVSTART` on a loaded machine) has no score: it is
  // left out rather than counted as 0.
  if (result.lhr.runtimeError) {
    process.stdout.write(`${page}: run left out, ${result.lhr.runtimeError.code}\n`);
    return null;
  }
  const { categories, audits } = result.lhr;
  const scripts = (
    audits["resource-summary"]?.details as { items?: ResourceRow[] } | undefined
  )?.items?.find((row) => row.resourceType === "script");
  const breakdown =
    (audits["mainthread-work-breakdown"]?.details as { items?: WorkRow[] } | undefined)?.items ??
    [];
  const rows =
    (audits["resource-summary"]?.details as { items?: ResourceRow[] } | undefined)?.items ?? [];
  return {
    page,
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    cumulativeLayoutShift: audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
    largestContentfulPaintMs: Math.round(
      audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
    ),
    totalBlockingTimeMs: Math.round(audits["total-blocking-time"]?.numericValue ?? Number.NaN),
    scriptKilobytes: Math.round((scripts?.transferSize ?? 0) / 1024),
    requests: rows.find((row) => row.resourceType === "total")?.requestCount ?? 0,
    scriptRequests: scripts?.requestCount ?? 0,
    mainThreadMs: Object.fromEntries(breakdown.map((row) => [row.group, Math.round(row.duration)])),
    benchmarkIndex: Math.round(result.lhr.environment.benchmarkIndex),
    loadAverage: Number(loadavg()[0]?.toFixed(1)),
  };
}

interface ResourceRow {
  resourceType: string;
  transferSize: number;
  requestCount: number;
}

interface WorkRow {
  group: string;
  duration: number;
}

/** The page audited `runs` times; the run of median performance. */
async function medianAudit(runs: number, ...args: Parameters<typeof audit>): Promise<PageFigures> {
  const results: PageFigures[] = [];
  for (let run = 0; run < runs; run++) {
    const figures = await audit(...args);
    if (figures) results.push(figures);
  }
  results.sort((a, b) => a.performance - b.performance);
  const median = results[Math.floor(results.length / 2)];
  if (!median) throw new Error("no Lighthouse run");
  return median;
}

async function main(): Promise<void> {
  // LIGHTHOUSE_BUILD=<dir>: audit an earlier build kept as `<dir>/dist` (a copy of `dist`), to
  // compare it with this one at the same moment, the machine's load alike.
  const other = process.env.LIGHTHOUSE_BUILD;
  if (!other) build();
  const database = await scratchDatabase("sqlite");
  const accord = await startAccordProcess(
    database,
    { LOG_LEVEL: "warn" },
    [],
    other ? join(other, "dist", "server", "accord.js") : undefined,
  );
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    await accord.waitForStatus("/readyz", 200, 180_000);
    const { cookie, engagementId } = await signedInPage(accord.url);
    const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
    const figures = [
      await medianAudit(runs, "log-in", `${accord.url}/login`, chrome.port, {}),
      await medianAudit(
        runs,
        "engagement overview",
        `${accord.url}/engagements/${engagementId}`,
        chrome.port,
        { cookie },
      ),
    ];
    for (const f of figures) {
      const work = Object.entries(f.mainThreadMs)
        .map(([group, ms]) => `${group} ${ms}`)
        .join(", ");
      process.stdout.write(
        `${f.page}: performance ${f.performance}, accessibility ${f.accessibility}, CLS ${f.cumulativeLayoutShift.toFixed(3)}, LCP ${f.largestContentfulPaintMs} ms, TBT ${f.totalBlockingTimeMs} ms, JavaScript ${f.scriptKilobytes} KB transferred in ${f.scriptRequests} files, ${f.requests} requests; benchmark index ${f.benchmarkIndex}, load average ${f.loadAverage}\n  main thread (ms, simulated phone): ${work}\n`,
      );
    }
    await mkdir(join(ROOT, "bench", "results"), { recursive: true });
    await writeFile(
      RESULTS,
      `${JSON.stringify({ measuredAt: new Date().toISOString(), figures }, null, 2)}\n`,
    );
    process.stdout.write(`Written to ${RESULTS}\n`);
  } finally {
    chrome.kill();
    await accord.kill("SIGTERM");
    await database.drop();
  }
}

await main();
