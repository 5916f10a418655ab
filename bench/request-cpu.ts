import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../src/server/db/connect";
import { migrateToLatest } from "../src/server/db/migrate";
import { startAccord } from "../src/server/start";
import { signUpBenchUser } from "./bench-user";
import { addOwner, generateData, QUICK_SCALE } from "./generate-data";

/**
 * CPU time per request, in one process, one request at a time: `npm run bench:cpu` (SQLite,
 * the quick bench's data). On a machine shared with other work the load cases' throughput
 * moves with the others' load; the CPU a request costs this process barely does, so this is
 * the figure to compare a change by. It includes the client's side (fetch), the same for all.
 */
const REQUESTS = Number(process.env.BENCH_CPU_REQUESTS ?? 2000);

const dir = await mkdtemp(join(tmpdir(), "accord-bench-cpu-"));
const url = `sqlite:${join(dir, "accord.db")}`;
const handle = openDatabase(url);
await migrateToLatest(handle.db);
const data = await generateData(handle.db, QUICK_SCALE, { now: new Date() });
const accord = await startAccord({
  databaseUrl: url,
  port: 0,
  host: "127.0.0.1",
  mail: "outbox",
  seedDemo: false,
  logLevel: "silent",
});
try {
  const user = await signUpBenchUser(accord.url);
  await addOwner(handle.db, { orgId: data.benchOrgId, userId: user.userId, now: new Date() });
  const ids = data.benchOrgEngagementIds;
  const cases: [string, (i: number) => string][] = [
    ["engagement list", () => "/api/v1/engagements"],
    ["engagement page", (i) => `/api/v1/engagements/${ids[i % ids.length]}`],
    ["engagement events", (i) => `/api/v1/engagements/${ids[i % ids.length]}/events`],
  ];
  console.log(`CPU per request, ${REQUESTS} requests per case after ${REQUESTS / 10} to warm up`);
  for (const [name, path] of cases) {
    const get = async (i: number) => {
      const response = await fetch(accord.url + path(i), { headers: { cookie: user.cookie } });
      if (response.status !== 200) throw new Error(`${name}: ${response.status}`);
      await response.arrayBuffer();
    };
    for (let i = 0; i < REQUESTS / 10; i++) await get(i);
    const before = process.cpuUsage();
    const started = performance.now();
    for (let i = 0; i < REQUESTS; i++) await get(i);
    const cpu = process.cpuUsage(before);
    const perRequest = (cpu.user + cpu.system) / REQUESTS;
    const wall = ((performance.now() - started) * 1000) / REQUESTS;
    console.log(
      `${name.padEnd(20)} ${perRequest.toFixed(0).padStart(6)} µs CPU  ${wall.toFixed(0).padStart(7)} µs wall`,
    );
  }
} finally {
  await accord.close();
  await handle.close();
  await rm(dir, { recursive: true, force: true });
}
