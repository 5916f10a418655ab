/**
 * The CPU time of `accord generate`'s copies alone, on SQLite: a block generated once (kept in
 * `--dir`), then, per run, a fresh copy of its file filled with `--copies` copies of it, in
 * SQLite (`in-sqlite`) or from row values (`rows`), modes alternating so both see the same load.
 *
 *   node --import tsx bench/generate-copies-cpu.ts --dir /tmp/gencopies --copies 250 --runs 2
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../src/server/db/connect";
import { migrateToLatest } from "../src/server/db/migrate";
import { generateDatabase } from "../src/server/generate/generate-database";
import { readBlock } from "../src/server/generate/block-template";
import { beginBulkLoad } from "../src/server/generate/bulk-load";
import { sqliteCopier } from "../src/server/generate/copy-in-sqlite";
import { copyHashes } from "../src/server/generate/copy-hashes";
import { writeCopies } from "../src/server/generate/replicate-block";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: "/tmp/gencopies" },
    copies: { type: "string", default: "250" },
    runs: { type: "string", default: "2" },
    modes: { type: "string", default: "in-sqlite,rows" },
  },
});
const dir = values.dir;
const copies = Number(values.copies);
const blockFile = join(dir, "block.db");
mkdirSync(dir, { recursive: true });
if (!existsSync(blockFile)) {
  const handle = openDatabase(`sqlite:${blockFile}`);
  await migrateToLatest(handle.db);
  // A block and one copy (a lone block's ids are not the block's), then the copy taken away.
  await generateDatabase(handle, {
    orgs: 4,
    engagements: 80,
    seed: 1,
    publicUrl: "http://x",
    sqliteCopies: "rows",
  });
  const sqlite = handle.sqlite;
  if (!sqlite) throw new Error("SQLite only");
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
    .pluck()
    .all() as string[];
  sqlite.pragma("foreign_keys = OFF");
  for (const table of tables) {
    const columns = sqlite
      .prepare("select name from pragma_table_info(?) where type = 'TEXT'")
      .pluck()
      .all(table) as string[];
    for (const column of columns) {
      sqlite.prepare(`delete from "${table}" where "${column}" like '00000001-%'`).run();
    }
  }
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  await handle.close();
}

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
for (let run = 0; run < Number(values.runs); run++) {
  for (const mode of (values.modes ?? "").split(",")) {
    const file = join(dir, `run-${mode}.db`);
    rmSync(file, { force: true });
    copyFileSync(blockFile, file);
    const handle = openDatabase(`sqlite:${file}`);
    const sqlite = handle.sqlite;
    if (!sqlite) throw new Error("SQLite only");
    const block = await readBlock(handle.db, "sqlite");
    const bulk = beginBulkLoad(sqlite);
    const started = cpu();
    const wall = performance.now();
    const copier = mode === "in-sqlite" ? sqliteCopier(sqlite, block) : undefined;
    const step = Math.max(1, Math.floor(1000 / block.engagements));
    for (let copy = 1; copy <= copies; copy += step) {
      const to = Math.min(copies + 1, copy + step);
      if (copier) {
        // Hashed in this thread, so that the CPU time counted is all the copies' work.
        const hashes: string[] = [];
        for (let each = copy; each < to; each++) {
          hashes.push(copyHashes(block, copier.quoted, each));
        }
        sqlite.transaction(() => copier.write(copy, to, hashes))();
      } else await writeCopies(handle, block, copy, to);
    }
    copier?.close();
    if (copier && copier.joinedColumns.length > 0) {
      process.stdout.write(`columns joined by JavaScript: ${copier.joinedColumns.join(", ")}\n`);
    }
    const copied = cpu() - started;
    const wallCopies = (performance.now() - wall) / 1000;
    const indexStart = cpu();
    bulk.finish();
    const indexes = cpu() - indexStart;
    await handle.close();
    const engagements = copies * block.engagements;
    const bytes = statSync(file).size;
    process.stdout.write(
      `${mode}: ${engagements} engagements copied in ${copied.toFixed(2)} s CPU (${(engagements / copied).toFixed(0)} per CPU-second, ${wallCopies.toFixed(1)} s wall), indexes ${indexes.toFixed(2)} s CPU, ${(bytes / (engagements + block.engagements) / 1000).toFixed(1)} KB an engagement\n`,
    );
    rmSync(file, { force: true });
  }
}
