import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../src/server/db/connect";
import { migrateToLatest } from "../src/server/db/migrate";
import { gatherStatistics } from "../src/server/db/gather-statistics";
import { startAccord } from "../src/server/start";
import { signUpBenchUser, writeHeaders } from "./bench-user";
import { fillNotifications } from "./fill-notifications";

import { prepareSubmissions, type PreparedEvaluation } from "./generate-submissions";
import { measureRescore } from "./rescore-throughput";
import { addOwner, generateData, QUICK_SCALE } from "./generate-data";
import { createBenchSchema, providePostgres } from "./postgres";

/**
 * CPU time per request, in one process, one request at a time: `npm run bench:cpu` (SQLite,
 * the quick bench's data). On a machine shared with other work the load cases' throughput
 * moves with the others' load; the CPU a request costs this process barely does, so this is
 * the figure to compare a change by. It includes the client's side (fetch), the same for all.
 *
 * `npm run bench:cpu -- --database postgres`: the same on PostgreSQL (BENCH_DATABASE_URL or
 * an embedded server); with the embedded server its processes' CPU per request is shown
 * beside this process's, since they run on the same machine and the load bench pays for both.
 *
 * BENCH_CPU_NOTIFICATIONS=100000: the bench user has that many unread notifications first
 * (`fill-notifications.ts`), for the cases "notifications list" and "notifications unread".
 *
 * BENCH_CPU_PROFILE=<directory>: a V8 CPU profile of each case's measured requests (client and
 * server, this process) is written there as `<case>.cpuprofile`; `bench/profile-parts.ts` sums it
 * by part. The profiler costs CPU too: read the figures of a run without it.
 */
const REQUESTS = Number(process.env.BENCH_CPU_REQUESTS ?? 2000);
const BATCHES = 10;
// `-- --database postgres` (or BENCH_CPU_DATABASE=postgres): an embedded (or BENCH_DATABASE_URL's)
// PostgreSQL in a schema of its own.
const isPostgres =
  process.argv.includes("postgres") || process.env.BENCH_CPU_DATABASE === "postgres";

interface Case {
  name: string;
  path: (i: number) => string;
  /** A write: the JSON body posted with the session's CSRF token. */
  post?: unknown;
  /** A write whose body differs per request (instead of `post`). */
  body?: (i: number) => unknown;
  /** Measured requests, when not `REQUESTS` (a case whose requests each use something up). */
  requests?: number;
  /** Work before the case's first request, done only if the case runs. */
  setUp?: () => Promise<void>;
}

/** Evaluations measured (after a tenth as many to warm up): each needs a submission prepared. */
const EVALUATIONS = 500;

/** User and system CPU, in µs, of this process's descendants named `postgres` (the embedded server). */
function postgresCpu(): number {
  const tick = 1_000_000 / 100; // USER_HZ is 100 on Linux
  const procs = new Map<number, { ppid: number; comm: string; cpu: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // ended meanwhile
    }
    const close = stat.lastIndexOf(")");
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    const fields = stat.slice(close + 2).split(" ");
    procs.set(Number(entry), {
      ppid: Number(fields[1]),
      comm,
      cpu: (Number(fields[11]) + Number(fields[12])) * tick,
    });
  }
  const isOurs = (pid: number): boolean => {
    for (let at = procs.get(pid)?.ppid; at !== undefined && at > 1; at = procs.get(at)?.ppid) {
      if (at === process.pid) return true;
    }
    return false;
  };
  let total = 0;
  for (const [pid, proc] of procs) if (proc.comm === "postgres" && isOurs(pid)) total += proc.cpu;
  return total;
}

const dir = await mkdtemp(join(tmpdir(), "accord-bench-cpu-"));
const server = isPostgres ? await providePostgres() : null;
const schema = server ? await createBenchSchema(server.url) : null;
const url = schema ? schema.url : `sqlite:${join(dir, "accord.db")}`;
const handle = openDatabase(url);
await migrateToLatest(handle.db);
const data = await generateData(handle.db, QUICK_SCALE, { now: new Date() });
// The overview reads the stored health, as after `accord rescore`.
await measureRescore(handle, { samples: 0 });
await gatherStatistics(handle);
const accord = await startAccord({
  databaseUrl: url,
  port: 0,
  host: "127.0.0.1",
  mail: "outbox",
  seedDemo: false,
  logLevel: "silent",
  // Warmed up before any case, so no case's batches pay for the market and the screening rules.
  warmUpDelayMs: 0,
});
await accord.warmedUp;
try {
  const user = await signUpBenchUser(accord.url);
  await addOwner(handle.db, { orgId: data.benchOrgId, userId: user.userId, now: new Date() });
  const ids = data.benchOrgEngagementIds;
  await fillNotifications(handle.db, {
    orgId: data.benchOrgId,
    userId: user.userId,
    engagementIds: ids,
    count: Number(process.env.BENCH_CPU_NOTIFICATIONS ?? 0),
  });
  // The overview reads health, which engagements with both parties have; members post in active ones.
  const withProvider = await handle.db
    .selectFrom("engagements")
    .select(["id", "status"])
    .where("client_org_id", "=", data.benchOrgId)
    .where("provider_org_id", "is not", null)
    .execute();
  const overviewIds = ids.filter((id) => withProvider.some((row) => row.id === id));
  const activeIds = withProvider.filter((row) => row.status === "active").map((row) => row.id);
  const write = await writeHeaders(accord.url, user);
  const cases: Case[] = [
    { name: "engagement list", path: () => "/api/v1/engagements" },
    { name: "engagement page", path: (i) => `/api/v1/engagements/${ids[i % ids.length]}` },
    { name: "engagement events", path: (i) => `/api/v1/engagements/${ids[i % ids.length]}/events` },
    {
      // One visit of the overview tab is three requests; the figure is per request, as in the bench.
      name: "engagement overview",
      path: (i) => {
        const id = overviewIds[Math.floor(i / 3) % overviewIds.length];
        return `/api/v1/engagements/${id}${["", "/health", "/events"][i % 3]}`;
      },
    },
    { name: "notifications list", path: () => "/api/v1/notifications" },
    // What the navigation polls for its unread count.
    { name: "notifications unread", path: () => "/api/v1/notifications?limit=1" },
    {
      name: "posting a message",
      path: (i) => `/api/v1/engagements/${activeIds[i % activeIds.length]}/messages`,
      post: { thread: "engagement", body: "Status update: the next round is on track." },
    },
    {
      // Last, and prepared only when it runs: its engagements would join the list's first page.
      name: "posting an evaluation",
      path: (i) => evaluations[i]?.path ?? "/no-submission-left",
      body: (i) => evaluations[i]?.body,
      requests: EVALUATIONS,
      setUp: async () => {
        const prepared = await prepareSubmissions(handle, {
          clientOrgId: data.benchOrgId,
          clientUserId: data.benchOrgOwnerId,
          providerOrgId: data.providerOrgIds[0] ?? "",
          count: EVALUATIONS * 1.1,
          engagements: Math.ceil((EVALUATIONS * 1.1) / 50),
          now: new Date(),
        });
        evaluations = prepared.evaluations;
      },
    },
  ];
  let evaluations: PreparedEvaluation[] = [];
  const only = process.env.BENCH_CPU_ONLY?.split(",");
  const isDatabaseHere = server?.origin === "embedded";
  console.log(
    `CPU per request on ${handle.dialect}, ${REQUESTS} requests per case (evaluations ${EVALUATIONS}) after a tenth as many to warm up` +
      (isDatabaseHere ? "; db: the embedded PostgreSQL's processes" : ""),
  );
  for (const { name, path, post, body, requests = REQUESTS, setUp } of cases) {
    if (only && !only.some((word) => name.includes(word))) continue;
    await setUp?.();
    const get = async (i: number) => {
      const response = await fetch(
        accord.url + path(i),
        post || body
          ? {
              method: "POST",
              headers: { ...write, "content-type": "application/json" },
              body: JSON.stringify(body ? body(i) : post),
            }
          : { headers: { cookie: user.cookie } },
      );
      // A message is created (201), an evaluation answered with its submission (200).
      if (response.status !== (post ? 201 : 200)) {
        throw new Error(`${name}: ${response.status} ${await response.text()}`);
      }
      await response.arrayBuffer();
    };
    const warmup = requests / 10;
    for (let i = 0; i < warmup; i++) await get(i);
    // In batches: on a shared machine a batch that ran beside others' work costs more CPU (caches,
    // the core's other thread), so the least and the median batch say more than the total.
    const profiler = await startProfile();
    const written = bytesWritten();
    const batches: number[] = [];
    const databaseBatches: number[] = [];
    let system = 0;
    const started = performance.now();
    for (let batch = 0; batch < BATCHES; batch++) {
      const before = process.cpuUsage();
      const databaseBefore = isDatabaseHere ? postgresCpu() : 0;
      const size = requests / BATCHES;
      // After the warm-up's: a one-shot case never sends a request twice.
      for (let i = 0; i < size; i++) await get(warmup + batch * size + i);
      const cpu = process.cpuUsage(before);
      batches.push((cpu.user + cpu.system) / size);
      if (isDatabaseHere) {
        databaseBatches.push((postgresCpu() - databaseBefore) / size);
      }
      system += cpu.system;
    }
    const perRequest = (bytesWritten() - written) / requests;
    await profiler?.stop(name);
    batches.sort((a, b) => a - b);
    databaseBatches.sort((a, b) => a - b);
    const median = batches[Math.floor(BATCHES / 2)] ?? 0;
    const database = isDatabaseHere
      ? `  db ${(databaseBatches[Math.floor(BATCHES / 2)] ?? 0).toFixed(0).padStart(5)} µs median`
      : "";
    const wall = ((performance.now() - started) * 1000) / requests;
    console.log(
      `${name.padEnd(20)} ${median.toFixed(0).padStart(6)} µs CPU median, ${(batches[0] ?? 0).toFixed(0).padStart(6)} least (${(system / REQUESTS).toFixed(0)} system)  ${wall.toFixed(0).padStart(7)} µs wall  ${(perRequest / 1024).toFixed(0)} KB written${database}`,
    );
  }
} finally {
  await accord.close();
  await handle.close();
  await schema?.drop();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
}

/** A profiler of this process when BENCH_CPU_PROFILE names a directory; `stop` writes the profile. */
async function startProfile(): Promise<{ stop: (name: string) => Promise<void> } | null> {
  const directory = process.env.BENCH_CPU_PROFILE;
  if (!directory) return null;
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  return {
    stop: async (name) => {
      const { profile } = await session.post("Profiler.stop");
      session.disconnect();
      const file = join(directory, `${name.replaceAll(" ", "-")}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      console.log(`  profile: ${file}`);
    },
  };
}

/**
 * Bytes this process has written (files, sockets: `wchar` of /proc/self/io), so a change that
 * writes less per request shows; 0 where /proc is missing.
 */
function bytesWritten(): number {
  try {
    return Number(/^wchar: (\d+)$/m.exec(readFileSync("/proc/self/io", "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
