import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { cachingSqlite } from "../../src/server/db/statement-cache";

interface Items {
  items: { id: number; name: string };
}

describe("SQLite statements prepared once", () => {
  const opened: Kysely<Items>[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.destroy();
  });
  const open = (capacity?: number) => {
    const sqlite = cachingSqlite(new BetterSqlite3(":memory:"), capacity);
    const db = new Kysely<Items>({ dialect: new SqliteDialect({ database: sqlite }) });
    opened.push(db);
    return { sqlite, db };
  };

  it("reuses one statement for the same query with other values, inside and outside transactions", async () => {
    const { sqlite, db } = open();
    await db.schema
      .createTable("items")
      .addColumn("id", "integer")
      .addColumn("name", "text")
      .execute();
    const insert = (id: number) =>
      db
        .insertInto("items")
        .values({ id, name: `item ${id}` })
        .execute();
    await insert(1);
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("items").values({ id: 2, name: "item 2" }).execute();
    });
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto("items").values({ id: 3, name: "item 3" }).execute();
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    const before = sqlite.cachedStatements;
    await insert(4);
    const byId = (id: number) =>
      db.selectFrom("items").select("name").where("id", "=", id).executeTakeFirst();
    expect(await byId(2)).toEqual({ name: "item 2" });
    expect(await byId(3)).toBeUndefined();
    expect(await byId(4)).toEqual({ name: "item 4" });
    // The insert and select each prepared once; begin/commit/rollback are cached too.
    expect(sqlite.cachedStatements).toBe(before + 1);
    const streamed: unknown[] = [];
    for await (const row of db.selectFrom("items").select("id").orderBy("id").stream()) {
      streamed.push(row.id);
    }
    expect(streamed).toEqual([1, 2, 4]);
  });

  it("keeps at most its capacity of distinct queries, dropping the least recently used", async () => {
    const { sqlite, db } = open(3);
    await db.schema.createTable("items").addColumn("id", "integer").execute();
    for (let size = 1; size <= 10; size++) {
      const ids = Array.from({ length: size }, (_, i) => i);
      await db.selectFrom("items").select("id").where("id", "in", ids).execute();
    }
    expect(sqlite.cachedStatements).toBe(3);
  });

  it("reads rows as better-sqlite3 makes them, with the columns a table has after its schema changed", async () => {
    const { db } = open();
    const plain = new BetterSqlite3(":memory:");
    const query = "select 1 as a, 'two' as b, null as c, 3 as a";
    const [row] = (await sql.raw(query).execute(db)).rows;
    expect(row).toEqual(plain.prepare(query).get());
    expect(Object.keys(row as object)).toEqual(["a", "b", "c"]);
    plain.close();

    await db.schema.createTable("items").addColumn("id", "integer").execute();
    await sql`insert into items (id) values (1)`.execute(db);
    const everything = () => sql.raw("select * from items").execute(db);
    expect((await everything()).rows).toEqual([{ id: 1 }]);
    await db.schema.alterTable("items").addColumn("name", "text").execute();
    expect((await everything()).rows).toEqual([{ id: 1, name: null }]);
    await db.schema.alterTable("items").renameColumn("name", "label").execute();
    expect((await everything()).rows).toEqual([{ id: 1, label: null }]);
    const streamed: unknown[] = [];
    for await (const item of db.selectFrom("items").selectAll().stream()) streamed.push(item);
    expect(streamed).toEqual([{ id: 1, label: null }]);
  });
});
