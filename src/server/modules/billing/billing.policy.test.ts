import { describe, expect, it } from "vitest";
import { can } from "../../kernel/access";
import { BILLING_ACCESS, isInvoiceVisibleTo } from "./billing.policy";
import { testActor } from "../../platform/test-actor";

const engagement = { client_org_id: "client", provider_org_id: "provider" };

describe("billing policy", () => {
  it("lets the provider's owners and members invoice, and nobody on the client side", () => {
    expect(
      can(testActor([["provider", "member"]]), engagement, BILLING_ACCESS.invoice),
    ).toMatchObject({
      decision: "allowed",
      side: "provider",
    });
    // The client's owner could write, but invoicing is the provider's: the refusal says so.
    expect(can(testActor([["client", "owner"]]), engagement, BILLING_ACCESS.invoice)).toEqual({
      decision: "forbidden",
      sideOnly: "provider",
    });
    // A viewer is refused for the role, whichever side's step it is.
    expect(can(testActor([["provider", "viewer"]]), engagement, BILLING_ACCESS.invoice)).toEqual({
      decision: "forbidden",
    });
    expect(can(testActor([["client", "viewer"]]), engagement, BILLING_ACCESS.invoice)).toEqual({
      decision: "forbidden",
    });
  });

  it("lets either side record and answer payments, but never a viewer", () => {
    for (const org of ["client", "provider"]) {
      expect(
        can(testActor([[org, "owner"]]), engagement, BILLING_ACCESS.recordPayment).decision,
      ).toBe("allowed");
      expect(
        can(testActor([[org, "viewer"]]), engagement, BILLING_ACCESS.answerPayment).decision,
      ).toBe("forbidden");
      expect(can(testActor([[org, "viewer"]]), engagement, BILLING_ACCESS.view).decision).toBe(
        "allowed",
      );
    }
  });

  it("hides every invoice from other organisations", () => {
    for (const action of ["view", "invoice", "recordPayment", "answerPayment"] as const) {
      expect(can(testActor([["elsewhere", "owner"]]), engagement, BILLING_ACCESS[action])).toEqual({
        decision: "not_found",
      });
    }
  });

  it("shows the client an invoice only once it has a number", () => {
    expect(isInvoiceVisibleTo("provider", { number: null })).toBe(true);
    expect(isInvoiceVisibleTo("client", { number: null })).toBe(false);
    expect(isInvoiceVisibleTo("client", { number: "KODE-0001" })).toBe(true);
  });
});
