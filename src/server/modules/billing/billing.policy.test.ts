import { describe, expect, it } from "vitest";
import type { Role } from "../../../contracts/common";
import type { Actor } from "../../platform/actor";
import { can } from "../../kernel/access";
import { BILLING_ACCESS, isInvoiceVisibleTo } from "./billing.policy";

function actorWith(memberships: [string, Role][]): Actor {
  return {
    userId: "u",
    name: "U",
    email: "u@example.test",
    locale: null,
    platformRole: "user",
    memberships: new Map(memberships),
    orgKinds: new Map(memberships.map(([orgId]) => [orgId, "client" as const])),
    orgNames: new Map(),
    via: { kind: "session", sessionHash: "h" },
  };
}

const engagement = { client_org_id: "client", provider_org_id: "provider" };

describe("billing policy", () => {
  it("lets the provider's owners and members invoice, and nobody on the client side", () => {
    expect(
      can(actorWith([["provider", "member"]]), engagement, BILLING_ACCESS.invoice),
    ).toMatchObject({
      decision: "allowed",
      side: "provider",
    });
    // The client's owner could write, but invoicing is the provider's: the refusal says so.
    expect(can(actorWith([["client", "owner"]]), engagement, BILLING_ACCESS.invoice)).toEqual({
      decision: "forbidden",
      sideOnly: "provider",
    });
    // A viewer is refused for the role, whichever side's step it is.
    expect(can(actorWith([["provider", "viewer"]]), engagement, BILLING_ACCESS.invoice)).toEqual({
      decision: "forbidden",
    });
    expect(can(actorWith([["client", "viewer"]]), engagement, BILLING_ACCESS.invoice)).toEqual({
      decision: "forbidden",
    });
  });

  it("lets either side record and answer payments, but never a viewer", () => {
    for (const org of ["client", "provider"]) {
      expect(
        can(actorWith([[org, "owner"]]), engagement, BILLING_ACCESS.recordPayment).decision,
      ).toBe("allowed");
      expect(
        can(actorWith([[org, "viewer"]]), engagement, BILLING_ACCESS.answerPayment).decision,
      ).toBe("forbidden");
      expect(can(actorWith([[org, "viewer"]]), engagement, BILLING_ACCESS.view).decision).toBe(
        "allowed",
      );
    }
  });

  it("hides every invoice from other organisations", () => {
    for (const action of ["view", "invoice", "recordPayment", "answerPayment"] as const) {
      expect(can(actorWith([["elsewhere", "owner"]]), engagement, BILLING_ACCESS[action])).toEqual({
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
