import { Command } from "commander";
import { loadCliConfig } from "./with-database";

/** SQLite's online backup copies a consistent snapshot while Accord keeps running. */
export function backupCommand(): Command {
  return new Command("backup")
    .description(
      "Back up the SQLite database to a file while Accord runs (PostgreSQL: use pg_dump)",
    )
    .requiredOption("--out <path>", "where to write the backup")
    .action(async (options: { out: string }) => {
      const url = (await loadCliConfig()).databaseUrl;
      if (!url.startsWith("sqlite:")) {
        process.stderr.write(
          'This database is PostgreSQL: back it up with its own tools, e.g.\n  pg_dump --format=custom --file=accord.dump "$ACCORD_DATABASE_URL"\n',
        );
        process.exitCode = 2;
        return;
      }
      const { default: BetterSqlite3 } = await import("better-sqlite3");
      const source = new BetterSqlite3(url.slice("sqlite:".length), {
        readonly: true,
        fileMustExist: true,
      });
      try {
        const { totalPages } = await source.backup(options.out);
        process.stdout.write(`Backed up ${totalPages} pages to ${options.out}\n`);
      } finally {
        source.close();
      }
    });
}
