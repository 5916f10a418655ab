import { Command } from "commander";
import { OperatorRefusal } from "./operator-errors";
import { refuseExisting, writeWhole } from "./operator-files";
import { loadCliConfig } from "./with-database";

/**
 * SQLite's online backup copies a consistent snapshot while Accord keeps running. It writes a
 * new file only, whole or not at all: an existing one (an older backup, or the live database
 * named by mistake) is refused, never overwritten.
 */
export function backupCommand(): Command {
  return new Command("backup")
    .description(
      "Back up the SQLite database to a new file while Accord runs (PostgreSQL: use pg_dump)",
    )
    .requiredOption("--out <path>", "where to write the backup (a file that does not exist yet)")
    .action(async (options: { out: string }) => {
      const url = (await loadCliConfig()).databaseUrl;
      if (!url.startsWith("sqlite:")) throw new OperatorRefusal("cli.backup.postgres", {}, 2);
      await refuseExisting(options.out);
      const { default: BetterSqlite3 } = await import("better-sqlite3");
      let source: InstanceType<typeof BetterSqlite3>;
      try {
        source = new BetterSqlite3(url.slice("sqlite:".length), {
          readonly: true,
          fileMustExist: true,
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new OperatorRefusal("cli.database_unreachable", { database: url, reason }, 1);
      }
      try {
        let pages = 0;
        await writeWhole(
          options.out,
          async (partial) => {
            pages = (await source.backup(partial)).totalPages;
          },
          { isNewOnly: true },
        );
        process.stdout.write(`Backed up ${pages} pages to ${options.out}\n`);
      } finally {
        source.close();
      }
    });
}
