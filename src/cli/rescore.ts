import { Command } from "commander";
import { loadCliConfig, withDatabase } from "./with-database";

/** Recomputes every health score from the ledgers alone (after a model change, or to check). */
export function rescoreCommand(): Command {
  return new Command("rescore")
    .description("Recompute every engagement's and organisation's health from the ledgers")
    .action(async () => {
      // Loaded here, so `accord --help` does not load the server.
      const [{ default: pino }, { createDeps }, { rescoreAll }, { loadInstanceSecret }] =
        await Promise.all([
          import("pino"),
          import("../server/create-deps"),
          import("../server/modules/relationship-health/rescore-all"),
          import("../server/platform/instance-secret"),
        ]);
      const config = await loadCliConfig();
      await withDatabase(async (handle) => {
        const deps = createDeps(handle, {
          publicUrl: config.publicUrl,
          signingSecret: await loadInstanceSecret(handle.db),
          filesDirectory: config.filesDirectory,
          mail: "outbox",
          logger: pino({ level: "warn" }),
        });
        const started = performance.now();
        const counts = await rescoreAll(deps, {
          databaseUrl: config.databaseUrl,
          workers: config.rescoreWorkers,
        });
        const seconds = (performance.now() - started) / 1000;
        const perSecond = seconds > 0 ? Math.round(counts.events / seconds) : 0;
        process.stdout.write(
          `Rescored ${counts.engagements} engagements (${counts.events} events, ${perSecond} events/s) and ${counts.organisations} organisation sides in ${seconds.toFixed(2)} s\n`,
        );
      });
    });
}
