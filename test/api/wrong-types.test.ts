import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, type TestApp } from "../support/test-app";
import { expectError } from "./api-fixtures";
import { joinAs } from "./proposals-agreements/proposal-fixtures";
import {
  buildBillingWorld,
  invoice as invoiceOf,
  invoicesUrl,
  issuedInvoice,
  paid,
  recordPayment,
} from "./billing/billing-fixtures";

/** The client answers the check-in with this relationship rating, the rest of it valid. */
function answerCheckIn(
  w: Awaited<ReturnType<typeof buildBillingWorld>>,
  relationshipRating: number,
) {
  return w.client.client.post(w.url("/check-in"), {
    relationshipRating,
    counterpartRating: 7,
    reasons: ["on_time", "respectful"],
  });
}

/**
 * A value of the wrong kind is refused naming what the field takes, in the reader's language:
 * "Must be text", "Must be a whole number", and for money typed with decimals the minor unit
 * it is counted in. It used to read "This value has the wrong type" whatever the field.
 */
describe.each(DIALECTS)("wrong kinds of value on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it("says a name must be text, in French for a French reader", async () => {
    const person = await signUpPerson(t.app, "Typo", "fr");
    const refused = expectError(
      await person.client.post("/api/v1/orgs", { name: 123, kind: "client" }),
      400,
      "validation_failed",
    );
    expect(refused.fields).toEqual([
      { path: "name", code: "invalid_type", message: "Doit être du texte." },
    ]);
  });

  it("says an amount typed with decimals is counted in cents, writing no payment", async () => {
    const w = await buildBillingWorld(t);
    const invoice = await issuedInvoice(w);
    const refused = expectError(
      await recordPayment(w, w.client, invoice.id, {
        amountMinor: 12.5,
        currency: "EUR",
        paidOn: "2026-11-22",
      }),
      400,
      "validation_failed",
    );
    expect(refused.fields).toEqual([
      expect.objectContaining({ path: "amountMinor", code: "invalid_type" }),
    ]);
    expect(refused.fields?.[0]?.message).toMatch(/cents.*1250/);
    expect((await invoiceOf(w, invoice.id)).awaitingConfirmationMinor).toBe(0);
    const notWhole = expectError(await answerCheckIn(w, 7.5), 400, "validation_failed");
    expect(notWhole.fields?.[0]).toMatchObject({
      path: "relationshipRating",
      message: "Must be a whole number, without decimals.",
    });
  });

  it("says an amount sent as text is counted in cents too, in German for a German reader, writing no refund", async () => {
    const w = await buildBillingWorld(t);
    const invoice = await issuedInvoice(w);
    await paid(w, invoice.id, invoice.totalMinor, "2026-11-22");
    const german = await joinAs(t, w.provider, w.providerOrg, "Dieter", "member", "de");
    for (const amountMinor of ["12.50", "1250"]) {
      const refused = expectError(
        await german.client.post(w.url("/refunds"), {
          amountMinor,
          currency: "EUR",
          paidOn: "2026-11-22",
        }),
        400,
        "validation_failed",
      );
      // It used to read "Muss eine Zahl sein." ("Must be a number."), the unit left unsaid.
      expect(refused.fields, amountMinor).toEqual([
        {
          path: "amountMinor",
          code: "invalid_type",
          message:
            "Muss eine ganze Zahl der kleinsten Einheit der Währung (Cent) sein, ohne Nachkommastellen: 12,50 ist 1250.",
        },
      ]);
    }
    const refunds = await w.client.client.get(w.url("/refunds"));
    expect(refunds.json<{ refunds: unknown[] }>().refunds).toEqual([]);
  });

  it("says a yen amount sent with decimals in yen, not in cents", async () => {
    const w = await buildBillingWorld(t);
    const refused = expectError(
      await w.provider.client.post(w.url("/refunds"), {
        amountMinor: 12.5,
        currency: "JPY",
        paidOn: "2026-11-22",
      }),
      400,
      "validation_failed",
    );
    // The yen has no smaller unit: "12.50 is 1250 (cents)" would tell the person to send
    // a hundred times the amount.
    expect(refused.fields).toEqual([
      {
        path: "amountMinor",
        code: "invalid_type",
        message:
          "Must be a whole number of the currency’s smallest unit, without decimals: ¥1,250 is 1250.",
      },
    ]);
  });

  it("says an amount whose currency is the agreement's (a change's price, a credit note) in that currency: yen, not cents", async () => {
    const w = await buildBillingWorld(t, (terms) => ({
      ...terms,
      remuneration: { ...terms.remuneration, currency: "JPY" },
    }));
    const change = await w.client.client.post(w.url("/change-requests"), {
      title: "More pages",
      reason: "Two more landing pages",
    });
    const price = (priceMinor: number) =>
      w.provider.client.post(w.url(`/change-requests/${change.json<{ id: string }>().id}/price`), {
        effort: { unit: "day", quantity: 2 },
        priceMinor,
        scheduleImpactDays: 0,
      });
    // Until 5 December 2026 both read as cents: "12.50 is 1250", "at most 90,071,992,547,409.9".
    expect(expectError(await price(12.5), 400, "validation_failed").fields).toEqual([
      {
        path: "priceMinor",
        code: "invalid_type",
        message:
          "Must be a whole number of the currency’s smallest unit, without decimals: ¥1,250 is 1250.",
      },
    ]);
    expect(expectError(await price(1e17), 400, "validation_failed").fields).toEqual([
      { path: "priceMinor", code: "too_big", message: "Must be at most ¥9,007,199,254,740,991." },
    ]);
    const invoice = await issuedInvoice(w);
    const credit = expectError(
      await w.provider.client.post(invoicesUrl(w, `/${invoice.id}/credit-notes`), {
        amountMinor: 0,
        reason: "Goodwill",
      }),
      400,
      "validation_failed",
    );
    expect(credit.fields?.[0]?.message).toBe("Must be at least ¥1.");
    // A manual invoice line's unit price too (it read "Must be a whole number, without decimals").
    const line = expectError(
      await w.provider.client.post(invoicesUrl(w), {
        source: { kind: "manual" },
        lines: [{ description: "Hosting", quantityMilli: 1000, unitPriceMinor: 12.5 }],
      }),
      400,
      "validation_failed",
    );
    expect(line.fields?.[0]).toMatchObject({
      path: "lines.0.unitPriceMinor",
      message:
        "Must be a whole number of the currency’s smallest unit, without decimals: ¥1,250 is 1250.",
    });
    // Someone outside the engagement learns nothing of it: the message keeps to cents.
    const stranger = await buildBillingWorld(t);
    const outside = expectError(
      await stranger.provider.client.post(
        w.url(`/change-requests/${change.json<{ id: string }>().id}/price`),
        { effort: { unit: "day", quantity: 2 }, priceMinor: 12.5, scheduleImpactDays: 0 },
      ),
      400,
      "validation_failed",
    );
    expect(outside.fields?.[0]?.message).not.toContain("¥");
  });

  it("says a day that does not exist is no day, in French too, writing nothing", async () => {
    const w = await buildBillingWorld(t);
    const invoice = await issuedInvoice(w);
    const payment = { amountMinor: 100, currency: "EUR", paidOn: "2026-02-30" };
    const refused = expectError(
      await recordPayment(w, w.client, invoice.id, payment),
      400,
      "validation_failed",
    );
    expect(refused.fields).toEqual([
      {
        path: "paidOn",
        code: "invalid_date",
        message: "Must be a day that exists, written YYYY-MM-DD (for example 2026-02-28).",
      },
    ]);
    const french = await joinAs(t, w.client, w.clientOrg, "Fanny", "member", "fr");
    const frenchRefusal = expectError(
      await french.client.post(w.url("/goals"), {
        title: "Conversion",
        baseline: 1,
        target: 3,
        unit: "%",
        dueDate: "2027-02-29",
        source: { kind: "agreement" },
      }),
      400,
      "validation_failed",
    );
    expect(frenchRefusal.fields).toEqual([
      {
        path: "dueDate",
        code: "invalid_date",
        message: "Doit être un jour qui existe, écrit AAAA-MM-JJ (par exemple 2026-02-28).",
      },
    ]);
    expect((await invoiceOf(w, invoice.id)).awaitingConfirmationMinor).toBe(0);
    const goals = await w.client.client.get(w.url("/goals"));
    expect(goals.json<{ goals: unknown[] }>().goals).toEqual([]);
  });

  it("names a field's problem once: the tighter of two limits, one failed pattern", async () => {
    const w = await buildBillingWorld(t);
    const invoice = await issuedInvoice(w);
    const tooMuch = expectError(
      await w.provider.client.post(invoicesUrl(w, `/${invoice.id}/credit-notes`), {
        amountMinor: 1e20,
        reason: "Typed with too many zeros",
      }),
      400,
      "validation_failed",
    );
    expect(tooMuch.fields).toEqual([
      expect.objectContaining({ path: "amountMinor", code: "too_big" }),
    ]);
    // The invoice's own ceiling, not Number.MAX_SAFE_INTEGER read as cents.
    expect(tooMuch.fields?.[0]?.message).not.toMatch(/90,071,992/);
    const lowerCase = expectError(
      await recordPayment(w, w.client, invoice.id, {
        amountMinor: 100,
        currency: "eur",
        paidOn: "2026-11-22",
      }),
      400,
      "validation_failed",
    );
    // Named as a currency code, in capitals, rather than "This value is not valid".
    expect(lowerCase.fields).toEqual([
      {
        path: "currency",
        code: "currency_unknown",
        message:
          "Enter a currency as its three-letter ISO 4217 code in capitals, such as EUR, USD or JPY.",
      },
    ]);
    const rating = expectError(await answerCheckIn(w, 1e20), 400, "validation_failed");
    expect(rating.fields).toEqual([
      { path: "relationshipRating", code: "too_big", message: "Must be at most 10." },
    ]);
    const after = await invoiceOf(w, invoice.id);
    expect([after.creditedMinor, after.awaitingConfirmationMinor]).toEqual([0, 0]);
  });
});
