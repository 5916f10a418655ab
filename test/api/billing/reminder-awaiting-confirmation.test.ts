import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDueReminders } from "../../../src/server/modules/billing/send-due-reminders";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import { startSmtpPeer } from "../../support/smtp-peer";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { PASSWORD } from "../api-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import {
  answerPayment,
  buildBillingWorld,
  invoice,
  issuedInvoice,
  recordPayment,
  type InvoiceBody,
  type PaymentBody,
} from "./billing-fixtures";

describe.each(DIALECTS)(
  "no payment reminder for money the client says it paid, on %s",
  (dialect) => {
    let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
    let t: TestApp;
    let w: DeliveryWorld;
    let issued: InvoiceBody;
    beforeAll(async () => {
      smtp = await startSmtpPeer();
      t = await buildTestApp(dialect, { mail: smtp.url });
      w = await buildBillingWorld(t);
      issued = await issuedInvoice(w); // EUR 4,000.00, issued 22 Nov 2026, due 22 Dec 2026
    });
    afterAll(async () => {
      await t.close();
      await smtp.close();
    });

    async function sweepOn(day: string) {
      t.clock.set(new Date(`${day}T08:00:00.000Z`));
      await sendDueReminders({ ...t.deps });
      await t.deps.mailer.deliverPending();
    }
    async function signInAgain(...people: Person[]) {
      for (const person of people) {
        bodyOf(
          await person.client.post("/api/v1/auth/login", {
            email: person.email,
            password: PASSWORD,
          }),
        );
      }
    }
    const reminders = () =>
      smtp.received.filter((m) => m.text?.includes(`/invoices/${issued.id}`) ?? false);
    const recordByClient = async (amountMinor: number, paidOn: string) =>
      bodyOf<PaymentBody>(
        await recordPayment(w, w.client, issued.id, { amountMinor, currency: "EUR", paidOn }),
        201,
      );

    it("holds reminders while the payment awaits confirmation, sends after a rejection, and reminds of the rest only", async () => {
      const claimed = await recordByClient(400_000, "2026-11-22");
      await sweepOn("2026-12-15");
      await sweepOn("2026-12-21");
      expect(reminders()).toHaveLength(0);
      expect(
        (await invoice(w, issued.id)).reminders.map((r) => [r.offsetDays, r.status, r.reason]),
      ).toEqual([
        [-7, "skipped", "superseded"],
        [-1, "pending", "awaiting_confirmation"],
        [1, "pending", null],
        [7, "pending", null],
        [14, "pending", null],
      ]);

      await signInAgain(w.client, w.provider);
      bodyOf(await answerPayment(w, w.provider, issued.id, claimed.id, "reject"));
      await sweepOn("2026-12-21");
      await expect.poll(() => reminders().length).toBe(1);
      expect(reminders()[0]?.text).toContain("Still owed: €4,000.00 of €4,000.00.");
      expect(reminders()[0]?.text).not.toContain("awaits confirmation");

      const partly = await recordByClient(300_000, "2026-12-21");
      await sweepOn("2026-12-23");
      await expect.poll(() => reminders().length).toBe(2);
      expect(reminders()[1]?.text).toContain("Still owed: €1,000.00 of €4,000.00.");
      expect(reminders()[1]?.text).toContain(
        `You recorded €3,000.00 as paid: it awaits confirmation by ${w.providerOrg.name}`,
      );

      // The provider's own record of money received awaits the client's word, not its own.
      await signInAgain(w.client, w.provider);
      bodyOf(await answerPayment(w, w.provider, issued.id, partly.id, "confirm"));
      bodyOf(
        await recordPayment(w, w.provider, issued.id, {
          amountMinor: 40_000,
          currency: "EUR",
          paidOn: "2026-12-23",
        }),
        201,
      );
      await sweepOn("2026-12-29");
      await expect.poll(() => reminders().length).toBe(3);
      expect(reminders()[2]?.text).toContain("Still owed: €600.00 of €4,000.00.");
      expect(reminders()[2]?.text).toContain(
        `${w.providerOrg.name} recorded €400.00 as received: it awaits your confirmation`,
      );
      expect(reminders()[2]?.text).not.toContain("You recorded");
    });
  },
);
