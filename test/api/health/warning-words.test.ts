import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sweepDueWork } from "../../../src/server/sweeper";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { DAY_MS, PASSWORD } from "../api-fixtures";
import { buildBillingWorld, issuedInvoice } from "../billing/billing-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf, joinAs } from "../proposals-agreements/proposal-fixtures";

interface WarningBody {
  code: string;
  level: string;
  values: Record<string, string | number>;
  nextStep: string;
  reasonText: string;
  nextStepText: string;
}

/**
 * A warning says its reason and next step in the reader's language through the API too, as the
 * health tab does and as the stagnation signals already did; before, an integrator got codes
 * and values only.
 */
describe.each(DIALECTS)("health warnings in words on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildBillingWorld(t);
  });
  afterEach(async () => {
    await t.close();
  });

  it("gives an overdue invoice's reason and next step in each reader's language", async () => {
    const invoice = await issuedInvoice(w);
    const camille = await joinAs(t, w.provider, w.providerOrg, "Camille", "viewer", "fr");
    // Due 30 days after issue; 50 days on it is 20 days overdue: amber.
    t.clock.advance(50 * DAY_MS);
    await sweepDueWork(t.deps);
    for (const person of [w.client, camille]) {
      await person.client.post("/api/v1/auth/login", { email: person.email, password: PASSWORD });
    }
    const warningsOf = async (as: typeof w.client) =>
      bodyOf<{ warnings: WarningBody[] }>(await as.client.get(w.url("/health"))).warnings;
    expect(await warningsOf(w.client)).toEqual([
      expect.objectContaining({
        code: "overdue_invoice",
        level: "amber",
        nextStep: "pay_invoice",
        reasonText: `Invoice ${invoice.number} is 20 days overdue.`,
        nextStepText: "Pay the invoice, or say what stands in the way",
      }),
    ]);
    expect(await warningsOf(camille)).toEqual([
      expect.objectContaining({
        reasonText: `La facture ${invoice.number} est en retard de 20 jours.`,
        nextStepText: "Payer la facture, ou dire ce qui l’empêche",
      }),
    ]);
  });
  it("says the step that would raise a score most in each reader's language, beside its values", async () => {
    const invoice = await issuedInvoice(w);
    const camille = await joinAs(t, w.provider, w.providerOrg, "Camille", "viewer", "fr");
    t.clock.advance(50 * DAY_MS);
    await sweepDueWork(t.deps);
    for (const person of [w.client, camille]) {
      await person.client.post("/api/v1/auth/login", { email: person.email, password: PASSWORD });
    }
    const improvementOf = async (as: typeof w.client) =>
      bodyOf<{ client: { improvement: Record<string, string | number> | null } }>(
        await as.client.get(w.url("/health")),
      ).client.improvement;
    const english = await improvementOf(w.client);
    expect(english).toMatchObject({
      action: "pay_invoice",
      number: invoice.number,
      daysOverdue: 20,
    });
    expect(english?.text).toBe(`pay ${invoice.number}, 20 days overdue: +${english?.gain}`);
    const french = await improvementOf(camille);
    expect(french?.text).toBe(`payer ${invoice.number}, en retard de 20 jours : +${french?.gain}`);
  });
});
