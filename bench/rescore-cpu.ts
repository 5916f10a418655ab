import { openDatabase } from "../src/server/db/connect";
import { benchDeps, measureIncremental, timedRescore } from "./rescore-throughput";

/**
 * Health's figures on an existing database (say one `accord generate` filled), start-up left
 * out: `node --import tsx bench/rescore-cpu.ts sqlite:/tmp/db --runs 2 --samples 200` (or a
 * postgres:// URL) runs `rescoreAll` `--runs` times, printing wall and CPU time of each, then
 * times health's reaction to `--samples` new message events (it appends them: use a copy).
 * `--workers N` sets rescore's worker threads (0: one thread; by default one per core).
 */
function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

const url = process.argv[2] ?? "";
const runs = flag("--runs", 1);
const samples = flag("--samples", 200);
const workers = process.argv.includes("--workers") ? flag("--workers", 0) : undefined;
const handle = openDatabase(url);
const deps = benchDeps(handle);
for (let run = 0; run < runs; run += 1) {
  const {
    counts,
    seconds: wall,
    cpuSeconds,
  } = await timedRescore(deps, { databaseUrl: url, workers });
  console.log(
    `rescore: ${counts.engagements} engagements, ${counts.events} events in ${wall.toFixed(2)} s ` +
      `(${Math.round(counts.events / wall)} events/s), ${cpuSeconds.toFixed(2)} s of CPU ` +
      `(${Math.round(counts.events / cpuSeconds)} events per CPU-second), ` +
      `RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
  );
}
if (samples > 0) {
  const incremental = await measureIncremental(deps, samples);
  console.log(
    `incremental: health's reaction ${Math.round(incremental.microsPerEvent)} µs per event, ` +
      `${Math.round(incremental.cpuMicrosPerEvent)} µs of CPU, over ${incremental.samples} events`,
  );
}
await deps.mailer.close();
await handle.close();
