import { afterEach, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/server/demo/seed-demo";
import { DIALECTS } from "../support/databases";
import { buildTestApp, type TestApp } from "../support/test-app";

/** Seeding takes seconds; a minute without an answer is the seed waiting on itself. */
const HANG_MS = 90_000;

describe.each(DIALECTS)("the demo seed under a test clock on %s", (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
  });

  // `ACCORD_TEST_CLOCK=true accord serve` on a new SQLite database hung at "seeding the demo
  // instance": each demo sign-up re-read the clock's offset through the pool, whose one SQLite
  // connection the seed's transaction held.
  it("completes, and the people it seeded can log in", async () => {
    t = await buildTestApp(dialect, { testClock: true });
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<"hung">((resolve) => {
      timer = setTimeout(() => resolve("hung"), HANG_MS);
    });
    const logins = await Promise.race([seedDemo(t.deps), hang]);
    clearTimeout(timer);
    expect(logins).not.toBe("hung");
    const logIn = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "claire@northwind.demo", password: "accord-demo-2026" },
    });
    expect(logIn.statusCode).toBe(200);
  });
});
