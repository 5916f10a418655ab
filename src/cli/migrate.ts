import { Command } from "commander";
import { loadCliConfig } from "./with-database";

export function migrateCommand(): Command {
  return new Command("migrate")
    .description("Bring the database schema to the latest version")
    .action(async () => {
      const [{ openDatabase }, { migrateToLatest }] = await Promise.all([
        import("../server/db/connect"),
        import("../server/db/migrate"),
      ]);
      const handle = openDatabase((await loadCliConfig()).databaseUrl);
      try {
        const report = await migrateToLatest(handle.db);
        process.stdout.write(
          report.applied.length > 0
            ? `Applied ${report.applied.join(", ")} to ${handle.description}\n`
            : `${handle.description} is up to date\n`,
        );
      } finally {
        await handle.close();
      }
    });
}
