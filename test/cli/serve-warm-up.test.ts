import { join } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startAccord, type RunningAccord } from "../../src/server/start";
import { scratchDatabase, type ScratchDatabase } from "../support/accord-process";
import { DIALECTS } from "../support/databases";
import { fastPasswords } from "../support/test-app";

/** Longer than any run of this file: the warm-up never starts by itself. */
const NOT_DURING_THIS_TEST_MS = 3_600_000;

async function isSettled(promise: Promise<void>): Promise<boolean> {
  return Promise.race([promise.then(() => true), nextTurn(false)]);
}

// `accord serve` loads the matching market and the screening rules after it turns ready, not
// before its first answers; until then a match or a text sent loads what it needs itself
// (test/api/matching-market-freshness.test.ts and the messaging tests run without a warm-up).
describe.each(DIALECTS)("accord serve's warm-up on %s", (dialect) => {
  let database: ScratchDatabase;
  beforeAll(async () => {
    database = await scratchDatabase(dialect, inject("postgresUrl"));
  });
  afterAll(async () => {
    await database.drop();
  });

  const start = (warmUpDelayMs: number): Promise<RunningAccord> =>
    startAccord({
      databaseUrl: database.url,
      port: 0,
      logLevel: "silent",
      passwords: fastPasswords,
      filesDirectory: join(database.directory, "files"),
      warmUpDelayMs,
    });

  it("answers /readyz before the warm-up starts, and a close before it cancels it", async () => {
    const running = await start(NOT_DURING_THIS_TEST_MS);
    try {
      const ready = await fetch(`${running.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await isSettled(running.warmedUp)).toBe(false);
    } finally {
      await running.close();
    }
    expect(await isSettled(running.warmedUp)).toBe(true);
  });

  it("warms up once its delay has passed, and still answers", async () => {
    const running = await start(0);
    try {
      await running.warmedUp;
      const ready = await fetch(`${running.url}/readyz`);
      expect(await ready.json()).toEqual({ status: "ready", database: dialect });
    } finally {
      await running.close();
    }
  });
});
