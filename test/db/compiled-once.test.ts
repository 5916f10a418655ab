import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/server/db/connect";
import { compiledOnce } from "../../src/server/db/compiled-once";
import { DIALECTS, freshDatabase } from "../support/databases";

const echo = compiledOnce((db, name: string, count: number) =>
  db.selectNoFrom((eb) => [eb.val(name).as("name"), eb.val(count).as("count")]),
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
});
