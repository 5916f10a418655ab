import { afterEach, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/server/demo/seed-demo";
import { DIALECTS } from "../support/databases";
import { buildTestApp, type TestApp } from "../support/test-app";

describe.each(DIALECTS)("the demo seed on %s", (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it("shows delivery mid-way: a round sent back with a remark, a round in review, a priced change", async () => {
    const app = await buildTestApp(dialect);
    t = app;
    await seedDemo(app.deps);
    const rounds = await app.deps.db
      .selectFrom("submissions")
      .select(["round", "status"])
      .orderBy("round")
      .execute();
    expect(rounds).toEqual([
      { round: 1, status: "changes_requested" },
      { round: 2, status: "in_review" },
    ]);
    const changes = await app.deps.db
      .selectFrom("change_requests")
      .select(["status", "price_minor"])
      .execute();
    expect(changes.map((c) => [c.status, Number(c.price_minor)])).toEqual([["priced", 90_000]]);
    const remarks = await app.deps.db
      .selectFrom("feedback_notes")
      .select("change_request_id")
      .execute();
    expect(remarks).toHaveLength(1);
    expect(remarks[0]?.change_request_id).not.toBeNull();
  });
});
