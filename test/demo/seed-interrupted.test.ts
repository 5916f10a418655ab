import { afterEach, describe, expect, inject, it } from "vitest";
import { DIALECTS } from "../support/databases";
import {
  runAccord,
  scratchDatabase,
  startAccordProcess,
  type AccordProcess,
  type ScratchDatabase,
} from "../support/accord-process";

describe.each(DIALECTS)("the first-start demo seed on %s", (dialect) => {
  let database: ScratchDatabase | undefined;
  let accord: AccordProcess | undefined;
  afterEach(async () => {
    await accord?.kill("SIGKILL");
    await database?.drop();
  });

  it("is not ready while seeding, leaves nothing when stopped mid-way, and completes on the next start", async () => {
    database = await scratchDatabase(dialect, inject("postgresUrl"));
    accord = await startAccordProcess(database);
    // The server listens before it seeds (the demo's links carry the bound port).
    await accord.waitForStatus("/healthz", 200);
    const readiness = await fetch(`${accord.url}/readyz`);
    await accord.kill("SIGTERM");
    expect(accord.output()).not.toContain("Accord is running");
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toMatchObject({ status: "starting" });

    accord = await startAccordProcess(database);
    await accord.waitForOutput("Accord is running");
    expect((await fetch(`${accord.url}/readyz`)).status).toBe(200);
    expect(accord.output()).toContain("claire@northwind.demo");
    await accord.kill("SIGTERM");

    // Eleven engagements with intact ledgers, as a demo seeded in one go has (see the CLI test).
    const verified = await runAccord(database, ["verify"]);
    expect(verified.code).toBe(0);
    expect(verified.stdout.match(/: intact/g)?.length).toBe(13);
    expect(verified.stdout).toContain("intact (31 events");
  });
});
