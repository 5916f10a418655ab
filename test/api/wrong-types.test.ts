import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, type TestApp } from "../support/test-app";
import { expectError } from "./api-fixtures";
import {
  buildBillingWorld,
  invoice as invoiceOf,
  issuedInvoice,
  recordPayment,
} from "./billing/billing-fixtures";

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
    const notWhole = expectError(
      await w.client.client.post(w.url("/check-in"), {
        relationshipRating: 7.5,
        counterpartRating: 7,
        reasons: ["on_time", "respectful"],
      }),
      400,
      "validation_failed",
    );
    expect(notWhole.fields?.[0]).toMatchObject({
      path: "relationshipRating",
      message: "Must be a whole number, without decimals.",
    });
  });
});
