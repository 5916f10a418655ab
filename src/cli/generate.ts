import { Command, InvalidArgumentError } from "commander";
import { performance } from "node:perf_hooks";
import { progressLine } from "./progress-bar";
import { loadCliConfig, withDatabase } from "./with-database";

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("a whole number is expected");
  return n;
}

/** Fills an empty database with organisations and engagement histories, from a seed. */
export function generateCommand(): Command {
  return new Command("generate")
    .description(
      "Fill an empty database with organisations and realistic engagement histories, through the app's own use-cases",
    )
    .requiredOption("--orgs <n>", "organisations (half clients, half providers)", count)
    .requiredOption("--engagements <n>", "engagements, each with its whole history", count)
    .option("--seed <n>", "the same seed gives the same instance", count, 1)
    .option(
      "--block <n>",
      "engagements written through the use-cases; the rest are copies of them with ids of their own",
      count,
      40,
    )
    .action(async (options: { orgs: number; engagements: number; seed: number; block: number }) => {
      const [{ default: pino }, { generateDatabase }] = await Promise.all([
        import("pino"),
        import("../server/generate/generate-database"),
      ]);
      const config = await loadCliConfig();
      await withDatabase(async (handle) => {
        const started = performance.now();
        const isTty = process.stderr.isTTY;
        let last = 0;
        let phase = "";
        let from = { done: 0, elapsedMs: 0 };
        // The process's CPU time at each phase's start: on a shared machine, the honest figure.
        const cpuAt = new Map<string, { cpu: number; done: number }>();
        const cpuNow = () => {
          const { user, system } = process.cpuUsage();
          return (user + system) / 1e6;
        };
        const result = await generateDatabase(handle, {
          orgs: options.orgs,
          engagements: options.engagements,
          seed: options.seed,
          blockEngagements: options.block,
          publicUrl: config.publicUrl,
          logger: pino({ level: "warn" }),
          onProgress: (done, total, next) => {
            const now = performance.now();
            if (next !== phase) {
              // Each phase's rate is its own: the time left is measured from its start.
              if (isTty && phase !== "") process.stderr.write("\n");
              phase = next;
              from = { done, elapsedMs: now - started };
              cpuAt.set(next, { cpu: cpuNow(), done });
              if (next === "indexes") {
                process.stderr.write("Creating the indexes again over every row…\n");
                return;
              }
            } else if (done < total && now - last < 250) return;
            last = now;
            const unit = next === "block" ? "engagements through the use-cases" : "engagements";
            const line = progressLine(done, total, now - started, unit, from);
            process.stderr.write(isTty ? `\r${line}` : `${line}\n`);
          },
        });
        if (isTty && phase !== "indexes") process.stderr.write("\n");
        if (!result.ok) {
          process.stderr.write(
            "The database already has people in it; generate fills an empty one only.\n",
          );
          process.exitCode = 1;
          return;
        }
        const seconds = (performance.now() - started) / 1000;
        const { organisations, engagements, events } = result.counts;
        process.stdout.write(
          `Generated ${organisations} organisations, ${engagements} engagements and ${events} ledger events in ${seconds.toFixed(1)} s (${(engagements / seconds).toFixed(1)} engagements/s, seed ${options.seed})\n`,
        );
        const copies = cpuAt.get("copies");
        const indexes = cpuAt.get("indexes");
        if (copies && indexes) {
          const cpu = indexes.cpu - copies.cpu;
          process.stdout.write(
            `CPU time: ${cpuNow().toFixed(1)} s in all, ${cpu.toFixed(1)} s for the copies (${((indexes.done - copies.done) / cpu).toFixed(0)} engagements per CPU-second), ${(cpuNow() - indexes.cpu).toFixed(1)} s for the indexes\n`,
          );
        }
      });
    });
}
