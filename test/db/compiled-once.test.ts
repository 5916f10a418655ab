import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/server/db/connect";
import { compiledOnce, compiledPerShape } from "../../src/server/db/compiled-once";
import { DIALECTS, freshDatabase } from "../support/databases";

const echo = compiledOnce((db, name: string, count: number) =>
  db.selectNoFrom((eb) => [eb.val(name).as("name"), eb.val(count).as("count")]),
);

/** People by id (an `in` list of any length), of a role if given, the first or last by name. */
const usersByIds = compiledPerShape(
  (
    db,
    shape: { order: "asc" | "desc" },
    values: { ids: string[]; role?: "user" | "moderator"; limit: number },
  ) => {
    let q = db.selectFrom("users").select("name").where("id", "in", values.ids);
    if (values.role !== undefined) q = q.where("platform_role", "=", values.role);
    return q.orderBy("name", shape.order).limit(values.limit);
  },
);

describe.each(DIALECTS)("queries compiled once on %s", (dialect) => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it("answers each call with its own values, inside and outside transactions", async () => {
    handle = await freshDatabase(dialect);
    const { db } = handle;
    const answer = async (name: string, count: number) => {
      const [row] = await echo(db, name, count);
      return { name: row?.name, count: Number(row?.count) };
    };
    expect(await answer("first", 1)).toEqual({ name: "first", count: 1 });
    expect(await answer("second", 2)).toEqual({ name: "second", count: 2 });
    await db.transaction().execute(async (trx) => {
      const [row] = await echo(trx, "inside", 3);
      expect(row?.name).toBe("inside");
    });
  });

  it("refuses a query that leaves a value out, which would answer for the first call's", async () => {
    handle = await freshDatabase(dialect);
    const forgetful = compiledOnce((db, _name: string) =>
      db.selectNoFrom((eb) => [eb.val(1).as("one")]),
    );
    await expect(forgetful(handle.db, "x")).rejects.toThrow("must use every value");
  });

  it("compiles a query once per shape: each list length, each value left out, each choice", async () => {
    handle = await freshDatabase(dialect);
    const { db } = handle;
    const people = [
      { id: "u1", name: "Alder", platform_role: "user" },
      { id: "u2", name: "Birch", platform_role: "moderator" },
      { id: "u3", name: "Cedar", platform_role: "user" },
    ] as const;
    await db
      .insertInto("users")
      .values(
        people.map((p) => ({
          ...p,
          email: `${p.id}@example.com`,
          password_hash: "-",
          locale: null,
          created_at: "2026-12-01T00:00:00.000Z",
        })),
      )
      .execute();
    const names = async (
      order: "asc" | "desc",
      values: { ids: string[]; role?: "user" | "moderator"; limit: number },
    ) => (await usersByIds(db, { order }, values)).map((row) => row.name);
    expect(await names("asc", { ids: ["u1", "u2"], limit: 10 })).toEqual(["Alder", "Birch"]);
    expect(await names("asc", { ids: ["u3"], limit: 10 })).toEqual(["Cedar"]);
    expect(await names("asc", { ids: ["u1", "u2", "u3"], role: "user", limit: 10 })).toEqual([
      "Alder",
      "Cedar",
    ]);
    expect(await names("asc", { ids: ["u2", "u3"], role: "moderator", limit: 10 })).toEqual([
      "Birch",
    ]);
    expect(await names("desc", { ids: ["u1", "u2", "u3"], limit: 2 })).toEqual(["Cedar", "Birch"]);
    expect(await names("asc", { ids: ["u1", "u2", "u3"], limit: 1 })).toEqual(["Alder"]);
  });
});
