import { afterEach, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/server/demo/seed-demo";
import { DIALECTS } from "../support/databases";
import { buildTestApp, type TestApp } from "../support/test-app";

describe.each(DIALECTS)("the demo's disputes and exits on %s", (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it("shows a dispute settled by amends, one in mediation, and an engagement that ended amicably", async () => {
    const app = await buildTestApp(dialect);
    t = app;
    await seedDemo(app.deps);
    const db = app.deps.db;
    const engagementNamed = (title: string) =>
      db.selectFrom("engagements").select("id").where("title", "=", title);

    // Re-work and a credit note, offered by the provider and accepted by the client; and a
    // second dispute, about conduct, waiting for a moderator's recommendation.
    const disputes = await db
      .selectFrom("disputes")
      .select(["id", "status", "opened_side", "subject_kind"])
      .where("engagement_id", "in", engagementNamed("Product catalogue site"))
      .orderBy("number")
      .execute();
    expect(disputes).toEqual([
      expect.objectContaining({ status: "settled", opened_side: "client" }),
      expect.objectContaining({ status: "in_mediation", subject_kind: "conduct" }),
    ]);
    const offers = await db
      .selectFrom("dispute_offers")
      .select(["status", "items"])
      .where("dispute_id", "=", disputes[0]?.id ?? "")
      .execute();
    expect(offers.map((o) => o.status)).toEqual(["accepted"]);
    const kinds = (JSON.parse(offers[0]?.items ?? "[]") as { kind: string }[]).map((i) => i.kind);
    expect(kinds).toEqual(["rework", "credit_note", "apology"]);
    const credits = await db
      .selectFrom("credit_notes as c")
      .innerJoin("invoices as i", "i.id", "c.invoice_id")
      .select("c.amount_minor")
      .where("i.engagement_id", "in", engagementNamed("Product catalogue site"))
      .execute();
    expect(credits.map((c) => Number(c.amount_minor))).toEqual([40_000]);

    // Notice given, stage 1 paid, feedback from both, hand-over done: ended amicably, door open.
    const exit = await db
      .selectFrom("exits")
      .select(["id", "reason", "ended_amicably_at", "is_door_open"])
      .where("engagement_id", "in", engagementNamed("Clinic intranet"))
      .executeTakeFirstOrThrow();
    expect(exit.reason).toBe("notice");
    expect(exit.ended_amicably_at).not.toBeNull();
    expect(Number(exit.is_door_open)).toBe(1);
    const open = await db
      .selectFrom("hand_over_items")
      .select("id")
      .where("exit_id", "=", exit.id)
      .where("done_at", "is", null)
      .execute();
    expect(open).toEqual([]);
  });
});
