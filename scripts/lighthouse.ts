// `npm run lighthouse`: Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G
// link, simulated) of the log-in page and of an engagement page as a signed-in demo provider,
// with Debian's Chromium, against Accord's compiled server on a fresh demo database. Prints
// performance, accessibility and CLS for each page and writes bench/results/lighthouse.json.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
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
): Promise<PageFigures> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    extraHeaders: headers,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  // LIGHTHOUSE_REPORTS=<dir> keeps each page's whole report, to see what costs the time.
  const reports = process.env.LIGHTHOUSE_REPORTS;
  if (reports) {
    await mkdir(reports, { recursive: true });
    await writeFile(join(reports, `${page.replace(/\W+/g, "-")}.json`), JSON.stringify(result.lhr));
  }
  const { categories, audits } = result.lhr;
  const scripts = (
    audits["resource-summary"]?.details as { items?: ResourceRow[] } | undefined
  )?.items?.find((row) => row.resourceType === "script");
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
  };
}

interface ResourceRow {
  resourceType: string;
  transferSize: number;
}

async function main(): Promise<void> {
  build();
  const database = await scratchDatabase("sqlite");
  const accord = await startAccordProcess(database, { LOG_LEVEL: "warn" });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    await accord.waitForStatus("/readyz", 200, 180_000);
    const { cookie, engagementId } = await signedInPage(accord.url);
    const figures = [
      await audit("log-in", `${accord.url}/login`, chrome.port, {}),
      await audit("engagement overview", `${accord.url}/engagements/${engagementId}`, chrome.port, {
        cookie,
      }),
    ];
    for (const f of figures)
      process.stdout.write(
        `${f.page}: performance ${f.performance}, accessibility ${f.accessibility}, CLS ${f.cumulativeLayoutShift.toFixed(3)}, LCP ${f.largestContentfulPaintMs} ms, TBT ${f.totalBlockingTimeMs} ms, JavaScript ${f.scriptKilobytes} KB transferred\n`,
      );
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
