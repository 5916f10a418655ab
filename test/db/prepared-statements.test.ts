import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/server/db/connect";
import { sentUnanswered } from "../../src/server/db/prepared-statements";
import { freshDatabase } from "../support/databases";
import { recordingUnanswered } from "../support/pg-pipelining";

/** The named statements the connection serving this query has prepared. */
async function preparedHere(handle: DatabaseHandle): Promise<string[]> {
  const { rows } = await sql<{
    statement: string;
  }>`select statement from pg_prepared_statements where name like 'accord_%'`.execute(handle.db);
  return rows.map((row) => row.statement);
}

describe("PostgreSQL statements prepared once per connection", () => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it("names a query with values once and reuses it, inside and outside transactions", async () => {
    handle = await freshDatabase("postgres");
    const { db } = handle;
    const byEmail = (email: string) =>
      db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
    // One connection at a time, so every query below meets the same connection's statements.
    await db.connection().execute(async (conn) => {
      const scoped = { ...handle!, db: conn };
      expect(
        await conn.selectFrom("users").select("id").where("email", "=", "a@x.test").execute(),
      ).toEqual([]);
      await conn.transaction().execute(async (trx) => {
        expect(
          await trx.selectFrom("users").select("id").where("email", "=", "b@x.test").execute(),
        ).toEqual([]);
      });
      const statements = await preparedHere(scoped);
      const selects = statements.filter((s) => s.includes('from "users"'));
      expect(selects).toHaveLength(1);
    });
    expect(await byEmail("nobody@x.test")).toBeUndefined();
  });

  it("runs a text of several statements without values, and long value lists unnamed", async () => {
    handle = await freshDatabase("postgres");
    const { db } = handle;
    await sql`create temporary table scratch (n int); insert into scratch values (1), (2)`.execute(
      db,
    );
    const many = Array.from({ length: 100 }, (_, i) => `id-${i}`);
    await db.connection().execute(async (conn) => {
      expect(await conn.selectFrom("users").select("id").where("id", "in", many).execute()).toEqual(
        [],
      );
      const statements = await preparedHere({ ...handle!, db: conn });
      expect(statements.filter((s) => s.includes('"id" in ('))).toEqual([]);
    });
  });

  it("answers again after a migration changed the columns of a prepared select *", async () => {
    handle = await freshDatabase("postgres");
    await handle.db.connection().execute(async (conn) => {
      await sql`create table growing (id int primary key)`.execute(conn);
      await sql`insert into growing values (1)`.execute(conn);
      const one = () => sql<{ id: number }>`select * from growing where id = ${1}`.execute(conn);
      expect((await one()).rows).toEqual([{ id: 1 }]);
      await sql`alter table growing add column note text`.execute(conn);
      expect((await one()).rows).toEqual([{ id: 1, note: null }]);
    });
  });

  it("sends a transaction's first statement behind its begin, without waiting for it", async () => {
    handle = await freshDatabase("postgres");
    const { db } = handle;
    const { sent } = await recordingUnanswered(async () => {
      const ids = await db.transaction().execute(async (trx) => {
        const first = await trx.selectFrom("users").select("id").where("id", "=", "x").execute();
        await trx.selectFrom("users").select("id").where("id", "=", "y").execute();
        return first;
      });
      expect(ids).toEqual([]);
      // A transaction that fails still rolls back, its failure the statement's.
      await expect(
        db.transaction().execute(async (trx) => {
          await sql`select 1 / ${0}::int`.execute(trx);
        }),
      ).rejects.toThrow(/division by zero/);
    });
    expect(sent.map(({ text, unanswered }) => [text.slice(0, 40), unanswered])).toEqual([
      ["begin", 0],
      // Three round trips for three statements and begin: the first went with begin.
      ['select "id" from "users" where "id" = $1', 1],
      ['select "id" from "users" where "id" = $1', 0],
      ["commit", 0],
      ["begin", 0],
      ["select 1 / $1::int", 1],
      ["rollback", 0],
    ]);
  });
  it("sends the next statement behind a write whose answer nobody reads, and fails with it", async () => {
    handle = await freshDatabase("postgres");
    const { db } = handle;
    await sql`create table tallies (id int primary key, n int not null)`.execute(db);
    const bump = (id: number, by: number) =>
      sql`update tallies set n = n + ${by} where id = ${id}`.compile(db);
    const write = bump(1, 1);
    sentUnanswered(write.sql);
    const { sent } = await recordingUnanswered(async () => {
      await db.transaction().execute(async (trx) => {
        await sql`insert into tallies values (${1}, ${0})`.execute(trx);
        await trx.executeQuery(write);
        await trx.executeQuery(write);
      });
      // The write fails (n is not null): the commit fails with its error, and nothing stays.
      await expect(
        db.transaction().execute(async (trx) => {
          await sql`insert into tallies values (${2}, ${0})`.execute(trx);
          await trx.executeQuery({ ...write, parameters: [null, 1] });
        }),
      ).rejects.toThrow(/null value in column "n"/);
      // A rollback after a failed unanswered write rolls back with the caller's own error.
      await expect(
        db.transaction().execute(async (trx) => {
          await trx.executeQuery({ ...write, parameters: [null, 1] });
          throw new Error("the caller's own failure");
        }),
      ).rejects.toThrow("the caller's own failure");
    });
    // Outside a transaction it is waited for, as any statement.
    await db.executeQuery(write);
    const { rows } = await sql<{ id: number; n: number }>`select id, n from tallies`.execute(db);
    expect(rows).toEqual([{ id: 1, n: 3 }]);
    expect(sent.map(({ text, unanswered }) => [text.slice(0, 24), unanswered])).toEqual([
      ["begin", 0],
      ["insert into tallies valu", 1],
      ["update tallies set n = n", 0],
      // Sent while the first update's answer was still to come; the commit behind both.
      ["update tallies set n = n", 1],
      ["commit", 2],
      ["begin", 0],
      ["insert into tallies valu", 1],
      ["update tallies set n = n", 0],
      ["commit", 1],
      // The commit failed with the update's error, whether or not its own answer had come.
      ["rollback", expect.any(Number)],
      ["begin", 0],
      ["update tallies set n = n", 1],
      ["rollback", 2],
    ]);
  });
});
