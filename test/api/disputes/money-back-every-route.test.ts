import type { Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { keyAmendsReasons } from "../../../src/server/db/migrations/0030-credit-note-reason-key";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import { expectError } from "../api-fixtures";
import {
  answerPayment,
  invoice,
  invoicesUrl,
  recordPayment,
  type PaymentBody,
} from "../billing/billing-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import { openAnsweredDispute, partlyPaidWorld } from "./dispute-fixtures";

interface DisputeBody {
  id: string;
  status: string;
}

/**
 * Money the client paid is given back once, whichever route gives it: a refund agreed as
 * amends, a credit note beyond what is still open on its invoice (issued through billing or by
 * amends), a refund paid back. Only money received counts: a payment awaiting the other side's
 * confirmation gives nothing to give back until it is confirmed.
 */
describe.each(DIALECTS)("money given back once, by any route, on %s", (dialect) => {
  let t: TestApp;
  let a: DeliveryWorld;
  let invoiceId: string;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    ({ world: a, invoiceId } = await partlyPaidWorld(t));
  });
  afterEach(async () => {
    await t.close();
  });

  const openAnswered = () => openAnsweredDispute<DisputeBody>(a);
  const offer = (disputeId: string, items: unknown[]) =>
    a.provider.client.post(a.url(`/disputes/${disputeId}/offers`), { items });
  const accept = (disputeId: string) =>
    a.client.client.post(a.url(`/disputes/${disputeId}/offers/answer`), { answer: "accept" });
  const creditNote = (amountMinor: number, reason = "Goodwill for the slow page") =>
    a.provider.client.post(invoicesUrl(a, `/${invoiceId}/credit-notes`), { amountMinor, reason });
  const speak = async (person: Person, locale: string) => {
    bodyOf(await person.client.request("PATCH", "/api/v1/me", { locale }));
  };
  const awaitingPayment = async (amountMinor: number) =>
    bodyOf<PaymentBody>(
      await recordPayment(a, a.client, invoiceId, {
        amountMinor,
        currency: "EUR",
        paidOn: "2026-11-22",
      }),
      201,
    );

  it("refuses a credit note through billing that would give back what an accepted refund already gives back", async () => {
    const dispute = await openAnswered();
    bodyOf(await offer(dispute.id, [{ kind: "partial_refund", amountMinor: 150_000 }]));
    bodyOf(await accept(dispute.id));
    // All €1,500.00 paid is owed back by the refund: a credit note may take off only the
    // €2,500.00 still open, not give the same money back a second time.
    const refused = expectError(await creditNote(250_001), 422, "credit_note_exceeds_refundable");
    expect(refused.message).toContain("€2,500.00");
    expect(refused.message).not.toMatch(/\{|\}|credit_note_/);
    expect(refused.fields).toEqual([
      expect.objectContaining({ path: "amountMinor", code: "credit_note_exceeds_refundable" }),
    ]);
    expect((await invoice(a, invoiceId)).creditNotes).toEqual([]);
    await speak(a.provider, "fr");
    const french = expectError(await creditNote(400_000), 422, "credit_note_exceeds_refundable");
    expect(french.message).toMatch(/2\s500,00\s€/);
    expect(french.message).not.toContain("€2,500.00");
    bodyOf(await creditNote(250_000), 201);
  });

  it("refuses a credit note through billing beyond what an accepted credit note and refund left", async () => {
    const dispute = await openAnswered();
    // €2,600.00 credited on €2,500.00 open owes €100.00 back; with €1,000.00 refunded,
    // €400.00 of what was paid is left to give back.
    bodyOf(
      await offer(dispute.id, [
        { kind: "credit_note", amountMinor: 260_000, invoiceId },
        { kind: "partial_refund", amountMinor: 100_000 },
      ]),
    );
    bodyOf(await accept(dispute.id));
    const refused = expectError(await creditNote(140_001), 422, "credit_note_exceeds_refundable");
    // Nothing is open on the invoice any more: the whole limit is what is left to give back.
    expect(refused.message).toContain("€400.00");
    bodyOf(await creditNote(40_000), 201);
    expectError(await creditNote(1, "One cent more"), 422, "credit_note_exceeds_refundable");
  });

  it("refuses an amends refund after credit notes through billing gave the money back", async () => {
    // €3,000.00 credited on €2,500.00 open: €500.00 of the €1,500.00 paid is owed back.
    bodyOf(await creditNote(300_000), 201);
    const dispute = await openAnswered();
    const refused = expectError(
      await offer(dispute.id, [{ kind: "partial_refund", amountMinor: 100_001 }]),
      422,
      "amends_invalid",
    );
    expect(refused.message).toContain("€1,000.00");
    bodyOf(await offer(dispute.id, [{ kind: "partial_refund", amountMinor: 100_000 }]));
    bodyOf(await accept(dispute.id));
    expectError(await creditNote(1, "One cent more"), 422, "credit_note_exceeds_refundable");
  });

  it("does not count a payment awaiting confirmation until it is confirmed", async () => {
    const payment = await awaitingPayment(100_000);
    const dispute = await openAnswered();
    const refused = expectError(
      await offer(dispute.id, [{ kind: "partial_refund", amountMinor: 150_001 }]),
      422,
      "amends_invalid",
    );
    expect(refused.message).toContain("€1,500.00");
    // Confirmed, it is money received: the limit takes it in.
    bodyOf(await answerPayment(a, a.provider, invoiceId, payment.id, "confirm"));
    bodyOf(await offer(dispute.id, [{ kind: "partial_refund", amountMinor: 250_000 }]));
    bodyOf(await accept(dispute.id));
    // Everything received is owed back now: only the €1,500.00 still open can be credited.
    const credit = expectError(await creditNote(150_001), 422, "credit_note_exceeds_refundable");
    expect(credit.message).toContain("€1,500.00");
  });

  it("answers an offer accepted while a payment awaits confirmation the same before and after it is confirmed", async () => {
    const payment = await awaitingPayment(100_000);
    const dispute = await openAnswered();
    bodyOf(await offer(dispute.id, [{ kind: "partial_refund", amountMinor: 150_000 }]));
    // Since the offer, €3,000.00 credited on the €2,500.00 open owes €500.00 back.
    bodyOf(await creditNote(300_000), 201);
    const before = expectError(await accept(dispute.id), 422, "amends_invalid");
    expect(before.message).toContain("€1,000.00");
    // Confirming the €1,000.00 adds it to what was received and to what the credit note owes
    // back alike: what may still be given back does not move.
    bodyOf(await answerPayment(a, a.provider, invoiceId, payment.id, "confirm"));
    const after = expectError(await accept(dispute.id), 422, "amends_invalid");
    expect(after.message).toContain("€1,000.00");
    const still = bodyOf<DisputeBody>(await a.client.client.get(a.url(`/disputes/${dispute.id}`)));
    expect(still.status).toBe("offer_pending");
  });

  it("says an amends credit note's reason in each reader's language", async () => {
    const dispute = await openAnswered();
    bodyOf(await offer(dispute.id, [{ kind: "credit_note", amountMinor: 10_000, invoiceId }]));
    bodyOf(await accept(dispute.id));
    const reasonFor = async (person: Person) =>
      (await invoice(a, invoiceId, person)).creditNotes.map((note) => note.reason);
    expect(await reasonFor(a.provider)).toEqual(["Amends, dispute #1"]);
    await speak(a.client, "fr");
    expect(await reasonFor(a.client)).toEqual(["Réparation, différend n° 1"]);
    await speak(a.client, "de");
    expect(await reasonFor(a.client)).toEqual(["Wiedergutmachung, Streitfall Nr. 1"]);
    // A note written before reasons had keys reads as stored, and migration 0030 keys it.
    const db = t.handle.db;
    await db.updateTable("credit_notes").set({ reason_key: null, reason_values: null }).execute();
    expect(await reasonFor(a.client)).toEqual(["Amends, dispute #1"]);
    await keyAmendsReasons(db as unknown as Kysely<unknown>);
    expect(await reasonFor(a.client)).toEqual(["Wiedergutmachung, Streitfall Nr. 1"]);
  });
});
