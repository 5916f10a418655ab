import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDueReminders } from "../../../src/server/modules/billing/send-due-reminders";
import { formatMoney } from "../../../src/i18n/format";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { recipientOf, startSmtpPeer } from "../../support/smtp-peer";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { PASSWORD } from "../api-fixtures";
import { bodyOf, joinAs } from "../proposals-agreements/proposal-fixtures";
import type { Person } from "../../support/test-app";
import {
  buildBillingWorld,
  invoice,
  issuedInvoice,
  paid,
  type InvoiceBody,
} from "./billing-fixtures";

describe("payment reminders through a real SMTP server", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let t: TestApp;
  let w: DeliveryWorld;
  let francoise: Person;
  let issued: InvoiceBody;
  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await buildTestApp("sqlite", { mail: smtp.url });
    w = await buildBillingWorld(t);
    francoise = await joinAs(t, w.client, w.clientOrg, "Françoise", "member", "fr");
    await joinAs(t, w.client, w.clientOrg, "Vik", "viewer");
    issued = await issuedInvoice(w); // EUR 4,000.00, issued 22 Nov 2026, due 22 Dec 2026
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** Moves the clock to a day and sweeps as two Accord processes at once, twice over. */
  async function sweepOn(day: string) {
    t.clock.set(new Date(`${day}T08:00:00.000Z`));
    for (let round = 0; round < 2; round++) {
      await Promise.all([sendDueReminders({ ...t.deps }), sendDueReminders({ ...t.deps })]);
      await t.deps.mailer.deliverPending();
      await t.deps.mailer.deliverPending();
    }
  }
  /** Sessions last 30 days: after the clock moves past that, people sign in again. */
  async function signInAgain(...people: Person[]) {
    for (const person of people) {
      bodyOf(
        await person.client.post("/api/v1/auth/login", { email: person.email, password: PASSWORD }),
      );
    }
  }
  // Reminders link to the invoice itself; notifications of the same invoice, to the engagement.
  const reminders = () =>
    smtp.received.filter((m) => m.text?.includes(`/invoices/${issued.id}`) ?? false);
  const subjectsTo = (person: Person) =>
    reminders()
      .filter((m) => recipientOf(m) === person.email.toLowerCase())
      .map((m) => m.subject);

  it("sends each reminder of the schedule once, to whoever can pay, in their language", async () => {
    await sweepOn("2026-12-14");
    expect(reminders()).toHaveLength(0);

    await sweepOn("2026-12-15");
    await expect.poll(() => reminders().length).toBe(2);
    expect(subjectsTo(w.client)).toEqual([`Invoice ${issued.number} is due in 7 days`]);
    const english = reminders().find((m) => recipientOf(m) === w.client.email.toLowerCase())!;
    expect(english.text).toContain("Hello Clara,");
    expect(english.text).toContain("Still owed: €4,000.00 of €4,000.00.");
    expect(english.text).toContain(
      `http://accord.test/engagements/${w.engagementId}/invoices/${issued.id}`,
    );
    const french = reminders().find((m) => recipientOf(m) === francoise.email.toLowerCase())!;
    expect(french.headers.get("content-language")).toBe("fr");
    expect(french.text).toContain(formatMoney("fr", 400_000, "EUR"));

    await sweepOn("2026-12-21");
    await sweepOn("2026-12-23");
    await expect.poll(() => reminders().length).toBe(6);
    expect(subjectsTo(w.client)).toEqual([
      `Invoice ${issued.number} is due in 7 days`,
      `Invoice ${issued.number} is due in 1 day`,
      `Invoice ${issued.number} is 1 day overdue`,
    ]);

    // Partly paid still reminds, with what is left; paid in full stops every reminder.
    await signInAgain(w.client, w.provider);
    await paid(w, issued.id, 100_000, "2026-12-23");
    await sweepOn("2026-12-29");
    await expect.poll(() => reminders().length).toBe(8);
    const toClara = reminders().filter((m) => recipientOf(m) === w.client.email.toLowerCase());
    expect(toClara.at(-1)?.text).toContain("Still owed: €3,000.00 of €4,000.00.");
    await paid(w, issued.id, 300_000, "2026-12-29");
    await sweepOn("2027-01-05");
    await sweepOn("2027-01-20");
    expect(reminders()).toHaveLength(8);

    const after = await invoice(w, issued.id);
    expect(after.reminders.map((r) => [r.offsetDays, r.status])).toEqual([
      [-7, "sent"],
      [-1, "sent"],
      [1, "sent"],
      [7, "sent"],
      [14, "cancelled"],
    ]);
    const events = bodyOf<{ events: { type: string; hash: string }[] }>(
      await w.client.client.get(w.url("/events")),
    ).events.filter((e) => e.type === "invoice.reminder_sent");
    expect(events).toHaveLength(4);
    const outbox = await t.deps.db
      .selectFrom("mail_outbox")
      .select(["status", "attempts", "text_body"])
      .where("text_body", "like", `%/invoices/${issued.id}%`)
      .execute();
    expect(outbox).toHaveLength(8);
    expect(outbox.every((m) => m.status === "sent" && m.attempts === 1)).toBe(true);
    // Each reminder carries the ledger head that records it, a witness the client can check.
    const heads = events.map((e) => e.hash);
    for (const mail of outbox) {
      expect(heads.filter((hash) => mail.text_body.includes(`--head ${hash}`))).toHaveLength(1);
    }
  });
});
