// CPU profile of the engagement overview's load (4x CPU throttle), aggregated by function.
import puppeteer from "puppeteer-core";
import { writeFileSync } from "node:fs";
import { DEMO_PASSWORD } from "/work/wt/h-lh/src/server/demo/seed-demo";
import { scratchDatabase, startAccordProcess } from "/work/wt/h-lh/test/support/accord-process";

const database = await scratchDatabase("sqlite");
const accord = await startAccordProcess(database, { LOG_LEVEL: "warn" });
const browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless=new"] });
try {
  await accord.waitForStatus("/readyz", 200, 180_000);
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 823 });
  await page.goto(`${accord.url}/login`);
  const res = await page.evaluate(async (pw) => {
    const r = await fetch("/api/v1/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "jonas@atelierbleu.demo", password: pw }) });
    const list = await (await fetch("/api/v1/engagements")).json();
    return { status: r.status, id: list.engagements[0].id };
  }, DEMO_PASSWORD);
  console.log(res);
  const target = process.argv[2] ?? `/engagements/${res.id}`;
  const cdp = await page.createCDPSession();
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  for (let run = 0; run < Number(process.env.RUNS ?? 2); run++) {
    await page.goto(`${accord.url}/api/v1/health`).catch(() => undefined);
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await page.tracing.start({ path: `/tmp/hlh-trace-${run}.json`, categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "toplevel", "loading", "blink.user_timing", "v8", "disabled-by-default-v8.cpu_profiler"] });
    const t0 = Date.now();
    await page.goto(`${accord.url}${target}`, { waitUntil: "networkidle0" });
    await page.tracing.stop();
    const lcp = await page.evaluate(() => new Promise((r) => new PerformanceObserver((l) => { const e = l.getEntries(); r(e[e.length-1]?.startTime); }).observe({ type: "largest-contentful-paint", buffered: true })));
    console.log("run", run, "wall", Date.now() - t0, "LCP", lcp);

  }
} finally {
  await browser.close();
  await accord.kill("SIGTERM");
  await database.drop();
}
