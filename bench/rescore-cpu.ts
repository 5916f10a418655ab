import pino from "pino";
import { openDatabase } from "../src/server/db/connect";
import { createDeps } from "../src/server/create-deps";
import { rescoreAll } from "../src/server/modules/relationship-health/rescore-all";

/**
 * `accord rescore`'s own CPU time, start-up left out: `node --import tsx bench/rescore-cpu.ts
 * sqlite:/tmp/db` (or a postgres:// URL), runs `rescoreAll` `--runs` times on that database.
 */
const url = process.argv[2] ?? "";
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1] ?? 1) || 1;
const handle = openDatabase(url);
const deps = createDeps(handle, {
  publicUrl: "http://bench.accord.test",
  mail: "outbox",
  logger: pino({ level: "silent" }),
});
for (let run = 0; run < runs; run += 1) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const counts = await rescoreAll(deps);
  const wall = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(
    `${counts.engagements} engagements, ${counts.events} events: ${wall.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (this process), ${Math.round(counts.events / cpuSeconds)} events per CPU-second, RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
  );
}
deps.mailer.close();
await handle.close();
