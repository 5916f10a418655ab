import { sql } from "kysely";
import type { AppDeps } from "../../../src/server/platform/deps";

type Deps = Pick<AppDeps, "db" | "dialect">;

/**
 * Row triggers on every table that note each committed insert, update and delete in a table of
 * their own, so "did this request write anything" is one cheap query, exact on both databases:
 * a write rolled back is rolled back with its note, and an update that matched no row fires
 * nothing. (Hashing every table after every request was too slow on a loaded machine.)
 */
export async function installWriteCounter(
  deps: Deps,
): Promise<{ takeWrites(): Promise<string[]> }> {
  const tables = await tableNames(deps);
  await sql`create table fuzz_writes (table_name text not null)`.execute(deps.db);
  if (deps.dialect === "postgres") {
    await sql
      .raw(
        `create function fuzz_note_write() returns trigger language plpgsql as $$
         begin insert into fuzz_writes values (TG_TABLE_NAME); return null; end $$`,
      )
      .execute(deps.db);
    for (const table of tables) {
      await sql
        .raw(
          `create trigger fuzz_note_write after insert or update or delete on "${table}"
           for each row execute function fuzz_note_write()`,
        )
        .execute(deps.db);
    }
  } else {
    for (const table of tables) {
      for (const event of ["insert", "update", "delete"]) {
        await sql
          .raw(
            `create trigger "fuzz_${table}_${event}" after ${event} on "${table}"
             begin insert into fuzz_writes values ('${table}'); end`,
          )
          .execute(deps.db);
      }
    }
  }
  return {
    /** The tables written since the last call, each once. */
    async takeWrites() {
      const result = await sql<{ table_name: string }>`
        delete from fuzz_writes returning table_name`.execute(deps.db);
      return [...new Set(result.rows.map((row) => row.table_name))].sort();
    },
  };
}

async function tableNames(deps: Deps): Promise<string[]> {
  if (deps.dialect === "postgres") {
    const result = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`.execute(
      deps.db,
    );
    return result.rows.map((row) => row.name);
  }
  const result = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by 1`.execute(
    deps.db,
  );
  return result.rows.map((row) => row.name);
}
