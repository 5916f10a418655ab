import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import { expectError } from "../api-fixtures";
import { invoicesUrl, paid, recordRefund, signInAgain } from "../billing/billing-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import { openAnsweredDispute, partlyPaidWorld } from "./dispute-fixtures";

interface DisputeBody {
  id: string;
  status: string;
  offers: unknown[];
}

/**
 * What an amends offer may promise is bounded by the record when it is made: a refund by what
 * the client paid less what is already owed or paid back (the offer's own credit note beyond
 * what is open included), a credit note by what its invoice charged less earlier credit notes.
 * A refusal names the item's field and says the limit as money, in the reader's language; the
 * dispute stays as it was.
 */
describe.each(DIALECTS)("amends offers within the record on %s", (dialect) => {
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
  /** People read Accord in the language of their setting. */
  const speak = async (person: Person, locale: string) => {
    bodyOf(await person.client.request("PATCH", "/api/v1/me", { locale }));
  };

  it("says the smallest amount an offer takes is one cent, not zero", async () => {
    const dispute = await openAnswered();
    for (const amountMinor of [0, -100]) {
      const refused = expectError(
        await offer(dispute.id, [{ kind: "partial_refund", amountMinor }]),
        400,
        "validation_failed",
      );
      expect(refused.fields?.[0]).toMatchObject({ path: "items.0.amountMinor", code: "too_small" });
      expect(refused.fields?.[0]?.message).toContain("0.01");
    }
  });

  it("refuses a refund above what the client paid, naming the amount field and the limit", async () => {
    const dispute = await openAnswered();
    const refused = expectError(
      await offer(dispute.id, [
        { kind: "apology", text: "Sorry for the slow page." },
        { kind: "partial_refund", amountMinor: 150_001 },
      ]),
      422,
      "amends_invalid",
    );
    expect(refused.message).toContain("€1,500.00");
    expect(refused.fields).toEqual([
      expect.objectContaining({ path: "items.1.amountMinor", code: "amends_invalid" }),
    ]);
    const after = bodyOf<DisputeBody>(await a.client.client.get(a.url(`/disputes/${dispute.id}`)));
    expect(after.offers).toEqual([]);
    bodyOf(await offer(dispute.id, [{ kind: "partial_refund", amountMinor: 150_000 }]));
  });

  /** A credit note issued through billing, outside any dispute. */
  const creditNote = async (amountMinor: number) =>
    bodyOf(
      await a.provider.client.post(invoicesUrl(a, `/${invoiceId}/credit-notes`), {
        amountMinor,
        reason: "Goodwill for the slow page",
      }),
      201,
    );

  it("counts a credit note's part beyond what is open against a refund in the same offer", async () => {
    // €3,990.00 of €4,000.00 paid: crediting all of it owes €3,990.00 back already.
    await paid(a, invoiceId, 249_000, "2026-11-22");
    const dispute = await openAnswered();
    const refused = expectError(
      await offer(dispute.id, [
        { kind: "credit_note", amountMinor: 400_000, invoiceId },
        { kind: "partial_refund", amountMinor: 399_000 },
      ]),
      422,
      "amends_invalid",
    );
    expect(refused.fields).toEqual([
      expect.objectContaining({ path: "items.1.amountMinor", code: "amends_invalid" }),
    ]);
    expect(refused.message).toContain("€0.00");
    const after = bodyOf<DisputeBody>(await a.client.client.get(a.url(`/disputes/${dispute.id}`)));
    expect(after.offers).toEqual([]);
    // Crediting only what is open leaves everything paid to refund.
    bodyOf(
      await offer(dispute.id, [
        { kind: "credit_note", amountMinor: 1_000, invoiceId },
        { kind: "partial_refund", amountMinor: 399_000 },
      ]),
    );
  });

  it("counts credit notes already issued beyond what was open against a later refund", async () => {
    // €3,000.00 credited on €2,500.00 open: €500.00 of the €1,500.00 paid is owed back.
    await creditNote(300_000);
    const dispute = await openAnswered();
    const refused = expectError(
      await offer(dispute.id, [{ kind: "partial_refund", amountMinor: 100_001 }]),
      422,
      "amends_invalid",
    );
    expect(refused.message).toContain("€1,000.00");
    expect(refused.fields?.[0]?.path).toBe("items.0.amountMinor");
    bodyOf(await offer(dispute.id, [{ kind: "partial_refund", amountMinor: 100_000 }]));
  });

  it("refuses a credit note owing back more than is left of what the client paid", async () => {
    // Everything paid was already paid back: a credit note may take off only what is open.
    await recordRefund(a, 150_000, "Transfer 1");
    const dispute = await openAnswered();
    const refused = expectError(
      await offer(dispute.id, [{ kind: "credit_note", amountMinor: 250_001, invoiceId }]),
      422,
      "amends_invalid",
    );
    expect(refused.message).toContain("€2,500.00");
    expect(refused.fields?.[0]?.path).toBe("items.0.amountMinor");
    bodyOf(await offer(dispute.id, [{ kind: "credit_note", amountMinor: 250_000, invoiceId }]));
  });

  it("lets the provider pay back what a credit note owes, never more than the client paid", async () => {
    // All €4,000.00 credited: the €1,500.00 paid is owed back, and paid back by a refund.
    await creditNote(400_000);
    const dispute = await openAnswered();
    expectError(
      await offer(dispute.id, [{ kind: "partial_refund", amountMinor: 1 }]),
      422,
      "amends_invalid",
    );
    await recordRefund(a, 150_000, "Transfer 1");
    const more = expectError(
      await a.provider.client.post(a.url("/refunds"), {
        amountMinor: 1,
        currency: "EUR",
        paidOn: "2026-11-22",
        reference: "Transfer 2",
      }),
      422,
      "refund_exceeds_refundable",
    );
    expect(more.message).toContain("€0.00");
    expectError(
      await offer(dispute.id, [{ kind: "partial_refund", amountMinor: 1 }]),
      422,
      "amends_invalid",
    );
  });

  it("checks an offer's money again when it is accepted: a credit note issued since can have used it", async () => {
    const dispute = await openAnswered();
    bodyOf(await offer(dispute.id, [{ kind: "partial_refund", amountMinor: 150_000 }]));
    // Since the offer, a credit note of the whole invoice owes the €1,500.00 paid back already.
    await creditNote(400_000);
    const accept = () =>
      a.client.client.post(a.url(`/disputes/${dispute.id}/offers/answer`), { answer: "accept" });
    const refused = expectError(await accept(), 422, "amends_invalid");
    expect(refused.message).toContain("€0.00");
    // The answer typed no amount: the refusal names none of its fields.
    expect(refused.fields).toBeUndefined();
    const after = bodyOf<DisputeBody>(await a.client.client.get(a.url(`/disputes/${dispute.id}`)));
    expect(after.status).toBe("offer_pending");
  });

  it("refuses a credit note above what its invoice charged, or on an invoice of no such id", async () => {
    const dispute = await openAnswered();
    await speak(a.provider, "de");
    const over = expectError(
      await offer(dispute.id, [{ kind: "credit_note", amountMinor: 400_001, invoiceId }]),
      422,
      "amends_invalid",
    );
    // What it charged, 4,000.00, paid or not: what was paid of the credit is owed back.
    expect(over.message).toMatch(/4\.000,00\s€/);
    expect(over.fields?.[0]?.path).toBe("items.0.amountMinor");
    const unknown = expectError(
      await offer(dispute.id, [
        {
          kind: "credit_note",
          amountMinor: 100,
          invoiceId: "01a23c9e-0000-7000-8000-000000000000",
        },
      ]),
      422,
      "amends_invalid",
    );
    expect(unknown.fields?.[0]?.path).toBe("items.0.invoiceId");
  });

  it("refuses more time that has already run out, naming today, and keeps the dispute as it was", async () => {
    const dispute = await openAnswered();
    // Stage 2 was due on 1 March 2027; the offer is made on 1 April.
    t.clock.set(new Date("2027-04-01T09:00:00.000Z"));
    await signInAgain(a.client, a.provider);
    await speak(a.provider, "en");
    const passed = expectError(
      await offer(dispute.id, [
        { kind: "extended_deadline", milestoneId: "m2", dueDate: "2027-03-15" },
      ]),
      422,
      "amends_invalid",
    );
    expect(passed.fields).toEqual([
      expect.objectContaining({ path: "items.0.dueDate", code: "amends_invalid" }),
    ]);
    expect(passed.message).toContain("April 1, 2027");
    expect(passed.message).not.toMatch(/amends_|\{|\}/);
    const after = bodyOf<DisputeBody>(await a.client.client.get(a.url(`/disputes/${dispute.id}`)));
    expect(after.offers).toEqual([]);
    bodyOf(
      await offer(dispute.id, [
        { kind: "extended_deadline", milestoneId: "m2", dueDate: "2027-04-01" },
      ]),
    );
  });

  it("refuses more time reaching past ten years ahead, naming the last day allowed", async () => {
    const dispute = await openAnswered();
    const far = expectError(
      await offer(dispute.id, [
        { kind: "extended_deadline", milestoneId: "m2", dueDate: "2206-03-01" },
      ]),
      422,
      "amends_invalid",
    );
    expect(far.fields).toEqual([
      expect.objectContaining({ path: "items.0.dueDate", code: "amends_invalid" }),
    ]);
    expect(far.message).toContain("November 22, 2036");
    expect(far.message).not.toMatch(/amends_|\{|\}/);
    const after = bodyOf<DisputeBody>(await a.client.client.get(a.url(`/disputes/${dispute.id}`)));
    expect(after.offers).toEqual([]);
  });

  it("says every refusal in the reader's language, never as a code", async () => {
    const dispute = await openAnswered();
    const attempts: [unknown[], string][] = [
      [[{ kind: "rework", deliverableId: "nope" }], "items.0.deliverableId"],
      [
        [{ kind: "extended_deadline", milestoneId: "m2", dueDate: "2027-01-01" }],
        "items.0.dueDate",
      ],
      [
        [
          { kind: "apology", text: "Sorry." },
          { kind: "apology", text: "Again." },
        ],
        "items",
      ],
    ];
    const messages = new Set<string>();
    for (const locale of ["en", "fr", "de", "es", "id"]) {
      await speak(a.provider, locale);
      for (const [items, path] of attempts) {
        const refused = expectError(await offer(dispute.id, items), 422, "amends_invalid");
        expect(refused.message, locale).not.toMatch(/amends_|\{|\}/);
        expect(refused.fields?.[0]?.path, locale).toBe(path);
        messages.add(refused.message);
      }
    }
    // Three refusals in five languages: fifteen different sentences.
    expect(messages.size).toBe(15);
    await speak(a.client, "fr");
    const client = expectError(
      await a.client.client.post(a.url(`/disputes/${dispute.id}/offers`), {
        items: [{ kind: "partial_refund", amountMinor: 100 }],
      }),
      422,
      "amends_invalid",
    );
    expect(client.message).toContain("l’autre partie");
    expect(client.fields?.[0]?.path).toBe("items.0.kind");
  });

  it("keeps no note of spaces alone, like every other optional note", async () => {
    const dispute = await openAnswered();
    bodyOf(
      await a.provider.client.post(a.url(`/disputes/${dispute.id}/offers`), {
        items: [{ kind: "partial_refund", amountMinor: 100 }],
        note: "   ",
      }),
    );
    const after = bodyOf<{ offers: { note: string }[] }>(
      await a.client.client.get(a.url(`/disputes/${dispute.id}`)),
    );
    expect(after.offers.map((made) => made.note)).toEqual([""]);
  });
});
