import { afterEach, describe, expect, it } from "vitest";
import { sendDueReminders } from "../../src/server/modules/billing/send-due-reminders";
import { DIALECTS } from "../support/databases";
import { buildTestApp, type TestApp } from "../support/test-app";
import { buildBillingWorld, issuedInvoice } from "../api/billing/billing-fixtures";

describe.each(DIALECTS)("payment reminders swept by several processes on %s", (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it("sends each due reminder once, however many sweepers race", async () => {
    const app = await buildTestApp(dialect);
    t = app;
    const w = await buildBillingWorld(app);
    const invoices = [
      await issuedInvoice(w, { source: { kind: "milestone", milestoneId: "m1" } }),
      await issuedInvoice(w, { source: { kind: "milestone", milestoneId: "m2" } }),
    ];
    app.clock.set(new Date("2026-12-15T08:00:00.000Z")); // the "7 days before" reminders

    const sweepers = Array.from({ length: 4 }, () => ({ ...app.deps }));
    const sent = await Promise.all(sweepers.map((deps) => sendDueReminders(deps)));
    expect(sent.reduce((sum, n) => sum + n, 0)).toBe(2);
    expect(await sendDueReminders(app.deps)).toBe(0);

    const events = await app.deps.db
      .selectFrom("engagement_events")
      .select("payload")
      .where("type", "=", "invoice.reminder_sent")
      .execute();
    expect(
      events.map((e) => (JSON.parse(e.payload) as { invoiceId: string }).invoiceId).sort(),
    ).toEqual(invoices.map((i) => i.id).sort());
    const mails = await app.deps.db
      .selectFrom("mail_outbox")
      .select("subject")
      .where("subject", "like", "Invoice % is due in 7 days")
      .execute();
    expect(mails).toHaveLength(2); // one payer (Clara) per invoice
  });
});
