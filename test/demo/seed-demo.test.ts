import { afterEach, describe, expect, it } from "vitest";
import { addDays } from "../../src/domain/billing/calendar";
import { seedDemo } from "../../src/server/demo/seed-demo";
import { sendDueReminders } from "../../src/server/modules/billing/send-due-reminders";
import { todayOf } from "../../src/server/platform/clock";
import { DIALECTS } from "../support/databases";
import { useSeededDemo } from "../support/seeded-demo";
import { buildTestApp, type TestApp } from "../support/test-app";

describe.each(DIALECTS)("the demo seed on %s", (dialect) => {
  // The tests that only read share one seeded demo; the one that sweeps reminders has its own.
  const seeded = useSeededDemo(dialect);
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it("shows delivery mid-way: a round sent back with a remark, a round in review, a priced change", async () => {
    const app = seeded();
    const shop = app.deps.db.selectFrom("change_requests").select("engagement_id");
    const rounds = await app.deps.db
      .selectFrom("submissions")
      .select(["round", "status"])
      .where("engagement_id", "in", shop)
      .orderBy("round")
      .execute();
    expect(rounds).toEqual([
      { round: 1, status: "changes_requested" },
      { round: 2, status: "in_review" },
    ]);
    const changes = await app.deps.db
      .selectFrom("change_requests")
      .select(["status", "price_minor"])
      .where(
        "engagement_id",
        "in",
        app.deps.db
          .selectFrom("engagements")
          .select("id")
          .where("title", "=", "Online shop for our ceramics"),
      )
      .execute();
    expect(changes.map((c) => [c.status, Number(c.price_minor)])).toEqual([["priced", 90_000]]);
    const remarks = await app.deps.db
      .selectFrom("feedback_notes")
      .select("change_request_id")
      .execute();
    expect(remarks).toHaveLength(1);
    expect(remarks[0]?.change_request_id).not.toBeNull();
  });

  it("shows money on the agreed terms: an invoice paid, one overdue, one partly paid", async () => {
    const app = await buildTestApp(dialect);
    t = app;
    await seedDemo(app.deps);
    const today = todayOf(app.clock);
    const invoices = await app.deps.db
      .selectFrom("invoices")
      .select(["number", "status", "due_date", "total_minor"])
      .where("number", "like", "ATELIER-%")
      .orderBy("sequence")
      .execute();
    expect(invoices.map((i) => [i.number, i.status, Number(i.total_minor)])).toEqual([
      ["ATELIER-0001", "paid", 300_000],
      ["ATELIER-0002", "issued", 300_000],
      ["ATELIER-0003", "partly_paid", 300_000],
    ]);
    expect(invoices[1]?.due_date).toBe(addDays(today, -20));
    expect((invoices[2]?.due_date ?? "") > today).toBe(true);

    // The first sweep reminds Lumen of the overdue invoice once, with the latest reminder due.
    expect(await sendDueReminders(app.deps)).toBe(1);
    expect(await sendDueReminders(app.deps)).toBe(0);
    // Reminders link to the invoice itself; notifications of the invoice, to the engagement.
    const overdue = await app.deps.db
      .selectFrom("invoices")
      .select("id")
      .where("number", "=", "ATELIER-0002")
      .executeTakeFirstOrThrow();
    const mail = await app.deps.db
      .selectFrom("mail_outbox")
      .select(["to_address", "locale"])
      .where("text_body", "like", `%/invoices/${overdue.id}%`)
      .execute();
    expect(mail).toEqual([{ to_address: "dewi@lumen.demo", locale: "id" }]);
  });

  it("shows reviews that cannot be bullied: a published pair, an open case from a threat, a decided case", async () => {
    const app = seeded();
    const rounds = await app.deps.db.selectFrom("review_rounds").select(["published_at"]).execute();
    expect(rounds).toHaveLength(1);
    expect(rounds[0]?.published_at).not.toBeNull();
    expect(await app.deps.db.selectFrom("reviews").select("id").execute()).toHaveLength(2);
    const cases = await app.deps.db
      .selectFrom("moderation_cases")
      .select(["source", "status", "decision"])
      .orderBy("created_at")
      .orderBy("source", "desc")
      .execute();
    expect(cases).toEqual([
      { source: "screening", status: "open", decision: null },
      { source: "report", status: "decided", decision: "no_action" },
    ]);
    const nudges = await app.deps.db
      .selectFrom("screening_nudges")
      .select(["surface", "outcome"])
      .orderBy("surface")
      .execute();
    expect(nudges).toEqual([
      { surface: "message", outcome: "revised" },
      { surface: "reply", outcome: "sent_anyway" },
    ]);
  });

  it("shows relationship health: a healthy engagement, an overdue-paying client, scope creep and a late provider", async () => {
    const app = seeded();
    const rows = await app.deps.db
      .selectFrom("engagement_health as h")
      .innerJoin("engagements as e", "e.id", "h.engagement_id")
      .select(["e.title", "h.warnings", "h.provider_score", "h.client_score"])
      .execute();
    const health = new Map(
      rows.map((r) => [
        r.title,
        {
          warnings: (JSON.parse(r.warnings) as { code: string; level: string }[]).map(
            (w) => `${w.code}/${w.level}`,
          ),
          provider: r.provider_score === null ? null : Number(r.provider_score),
          client: r.client_score === null ? null : Number(r.client_score),
        },
      ]),
    );
    expect(health.get("Clinic staff rota")?.warnings).toEqual([]);
    expect(health.get("Clinic staff rota")?.client).toBe(100);
    // Its published review pair carries the client's low private rating: revealed, it warns.
    expect(health.get("Patient app design")?.warnings).toEqual([
      "overdue_invoice/amber",
      "low_private_rating/amber",
    ]);
    // Four unpriced demands, each presumed a tenth of the agreed effort: 40 %, red.
    expect(health.get("Store loyalty app")?.warnings).toEqual(["unpriced_changes/red"]);
    // Stage 1 due ten days ago and not handed in: none of one milestone on time.
    expect(health.get("Lab results viewer")?.warnings).toEqual(["provider_late/amber"]);
    expect(health.get("Lab results viewer")?.provider).toBe(0);
  });
});
