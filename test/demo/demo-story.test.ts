import { describe, expect, it } from "vitest";
import { trackRecordsOf } from "../../src/server/modules/profiles/profiles.repository";
import { todayOf } from "../../src/server/platform/clock";
import { DIALECTS } from "../support/databases";
import { useSeededDemo } from "../support/seeded-demo";

const dayOf = (timestamp: string) => timestamp.slice(0, 10);

describe.each(DIALECTS)("the demo's story holds together on %s", (dialect) => {
  // The tests only read: one seeded demo serves them all.
  const seeded = useSeededDemo(dialect);

  it("dates no invoice, payment or credit note before what made it possible", async () => {
    const app = seeded();
    const db = app.deps.db;
    const invoices = await db
      .selectFrom("invoices as i")
      .leftJoin("agreement_versions as v", (join) =>
        join
          .onRef("v.engagement_id", "=", "i.engagement_id")
          .onRef("v.version", "=", "i.agreement_version"),
      )
      .select(["i.id", "i.number", "i.issue_date", "i.due_date", "v.in_force_at"])
      .where("i.issue_date", "is not", null)
      .execute();
    expect(invoices.length).toBeGreaterThan(0);
    const today = todayOf(app.clock);
    for (const invoice of invoices) {
      const label = `invoice ${invoice.number ?? invoice.id}`;
      expect(invoice.in_force_at, `${label} names an agreement in force`).not.toBeNull();
      expect(invoice.issue_date, `${label} is issued once its agreement is in force`).toBeDefined();
      expect((invoice.issue_date ?? "") >= dayOf(invoice.in_force_at ?? ""), label).toBe(true);
      expect((invoice.issue_date ?? "") <= today, `${label} is not dated in the future`).toBe(true);
      expect((invoice.due_date ?? "") >= (invoice.issue_date ?? ""), label).toBe(true);
    }

    const paidBeforeIssued = await db
      .selectFrom("payments as p")
      .innerJoin("invoices as i", "i.id", "p.invoice_id")
      .select(["i.number", "p.paid_on", "i.issue_date"])
      .whereRef("p.paid_on", "<", "i.issue_date")
      .execute();
    expect(paidBeforeIssued).toEqual([]);
    const creditedBeforeIssued = await db
      .selectFrom("credit_notes as c")
      .innerJoin("invoices as i", "i.id", "c.invoice_id")
      .select(["c.number", "c.issued_on", "i.issue_date"])
      .whereRef("c.issued_on", "<", "i.issue_date")
      .execute();
    expect(creditedBeforeIssued).toEqual([]);
  });

  it("hands in no work before the agreement it follows was in force", async () => {
    const app = seeded();
    const early = await app.deps.db
      .selectFrom("submissions as s")
      .innerJoin("agreement_versions as v", (join) =>
        join
          .onRef("v.engagement_id", "=", "s.engagement_id")
          .onRef("v.version", "=", "s.agreement_version"),
      )
      .select(["s.id", "s.submitted_at", "v.in_force_at"])
      .where((eb) =>
        eb.or([
          eb("v.in_force_at", "is", null),
          eb("s.submitted_at", "<", eb.ref("v.in_force_at")),
        ]),
      )
      .execute();
    expect(early).toEqual([]);
  });

  it("gives every provider a track record that agrees with itself and with its engagements", async () => {
    const app = seeded();
    const db = app.deps.db;
    const records = await trackRecordsOf(db, "all", todayOf(app.clock));
    expect(records.size).toBeGreaterThan(0);
    for (const [orgId, record] of records) {
      const engagements = await db
        .selectFrom("engagements")
        .select(["id", "created_at"])
        .where("provider_org_id", "=", orgId)
        .where("status", "=", "active")
        .execute();
      const label = `provider ${orgId}`;
      expect(record.completedEngagements + record.activeEngagements, label).toBe(
        engagements.length,
      );
      if (record.completedEngagements === 0) expect(record.rehireRate, label).toBeNull();
      if (record.rehireRate !== null) {
        expect(record.rehireRate, label).toBeGreaterThanOrEqual(0);
        expect(record.rehireRate, label).toBeLessThanOrEqual(1);
      }
      // Tenure counts from the first engagement: none, no tenure; and never more than its age.
      const first = engagements.map((e) => e.created_at).sort()[0];
      if (!first) expect(record.tenureDays, label).toBe(0);
      else {
        const age = (app.clock.now().getTime() - Date.parse(first)) / 86_400_000;
        expect(record.tenureDays, label).toBeLessThanOrEqual(Math.ceil(age));
      }
    }
  });
});
