// `npm run soak`: the long proofs, bounded in time. 1. Crash durability with 100 SIGKILLs under
// write load on SQLite and on PostgreSQL (embedded). 2. A mixed-load soak on 127.0.0.1 for up to
// 10 minutes: writes and reads from several clients, reporting errors, RSS at start and end,
// and the ledgers' verdict. SOAK_KILLS and SOAK_MINUTES shorten it for a try-out.
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { startEmbeddedPostgres } from "../support/embedded-postgres";
import { scratchDatabase, startAccordProcess } from "../support/accord-process";
import {
  call,
  checkDatabase,
  crashUnderLoad,
  invoicingEngagement,
  logIn,
  PHASES,
  type Acknowledged,
} from "./crash-under-load";

const kills = Number(process.env.SOAK_KILLS ?? 100);
const minutes = Math.min(Number(process.env.SOAK_MINUTES ?? 10), 10);
// SOAK_DATABASES=postgres: the kills on one database only (the mixed-load run stays).
const dialects = (["sqlite", "postgres"] as const).filter((dialect) =>
  (process.env.SOAK_DATABASES ?? "sqlite,postgres").split(",").includes(dialect),
);
const log = (line: string) => process.stdout.write(`${line}\n`);

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024;
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function mixedLoad(): Promise<string[]> {
  const database = await scratchDatabase("sqlite");
  const accord = await startAccordProcess(database, { LOG_LEVEL: "warn" });
  try {
    await accord.waitForStatus("/readyz", 200);
    const session = await logIn(accord.url);
    const engagementId = await invoicingEngagement(accord.url, session);
    const base = `/api/v1/engagements/${engagementId}`;
    const pid = accord.child.pid ?? 0;
    const rssStart = await rssOf(pid);
    const acked: Acknowledged = { messages: new Set(), invoiceNumbers: new Set(), refusals: [] };
    const started = Date.now();
    const until = started + minutes * 60_000;
    // Memory is judged from a point after warm-up (code compiled, caches filled) to the end.
    let rssWarm = 0;
    const warmUp = setTimeout(
      () =>
        void rssOf(pid).then((rss) => {
          rssWarm = rss;
        }),
      (until - started) / 5,
    );
    let requests = 0;
    const errors: string[] = [];
    const expect = (what: string, status: number, wanted: number) => {
      requests++;
      if (status !== wanted) errors.push(`${what}: ${status}`);
    };
    const worker = async (w: number) => {
      for (let n = 0; Date.now() < until; n++) {
        const message = await call(accord.url, session, "POST", `${base}/messages`, {
          thread: "engagement",
          body: `soak ${w}.${n}`,
        });
        expect("post message", message.status, 201);
        if (message.status === 201) acked.messages.add(message.body.id as string);
        expect(
          "list messages",
          (await call(accord.url, session, "GET", `${base}/messages`)).status,
          200,
        );
        expect("ledger", (await call(accord.url, session, "GET", `${base}/events`)).status, 200);
        if (n % 5 === 0) {
          const draft = await call(accord.url, session, "POST", `${base}/invoices`, {
            source: { kind: "manual" },
            lines: [{ description: `soak ${w}.${n}`, quantityMilli: 1000, unitPriceMinor: 500 }],
          });
          expect("draft invoice", draft.status, 201);
          const issued = await call(
            accord.url,
            session,
            "POST",
            `${base}/invoices/${String(draft.body.id)}/issue`,
            {},
          );
          expect("issue invoice", issued.status, 200);
          if (issued.status === 200) acked.invoiceNumbers.add(issued.body.number as string);
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(worker));
    clearTimeout(warmUp);
    const rssEnd = await rssOf(pid);
    log(
      `mixed load for ${minutes} min: ${requests} requests, ${errors.length} errors, RSS ${mb(rssStart)} at start, ${mb(rssWarm)} after warm-up, ${mb(rssEnd)} at end`,
    );
    // Flat: the heap settles within minutes; a leak of 30 KB per request over ten minutes of this
    // load doubles it (a one-minute try-out grew by about a quarter while warming).
    if (rssWarm > 0 && rssEnd > rssWarm * 2)
      errors.push(`memory grew from ${mb(rssWarm)} after warm-up to ${mb(rssEnd)} at the end`);
    await accord.kill("SIGTERM");
    const problems = await checkDatabase(database.url, acked);
    return [...errors.slice(0, 20), ...problems];
  } finally {
    await accord.kill("SIGKILL");
    await database.drop();
  }
}

const postgres = await startEmbeddedPostgres("accord_soak");
const problems: string[] = [];
try {
  for (const dialect of dialects) {
    log(`crash durability on ${dialect}: ${kills} SIGKILLs under write load`);
    const started = performance.now();
    const report = await crashUnderLoad({ dialect, postgresBaseUrl: postgres.url, kills, log });
    const seconds = (performance.now() - started) / 1000;
    log(
      `  ${report.kills} kills in ${seconds.toFixed(0)} s: ${report.acknowledgedMessages} messages and ${report.acknowledgedInvoices} invoices acknowledged, ${report.problems.length} problems`,
    );
    const perKill = PHASES.map(
      (phase) => `${phase} ${(report.phaseMs[phase] / report.kills / 1000).toFixed(2)} s`,
    );
    log(`  a kill cycle on average: ${perKill.join(", ")}`);
    problems.push(...report.problems);
  }
  problems.push(...(await mixedLoad()));
} finally {
  await postgres.stop();
}
for (const problem of problems) log(`PROBLEM ${problem}`);
log(problems.length === 0 ? "soak passed" : `soak FAILED: ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
