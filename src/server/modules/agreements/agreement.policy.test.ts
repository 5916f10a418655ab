import { describe, expect, it } from "vitest";
import type { Role } from "../../../contracts/common";
import type { Actor } from "../../platform/actor";
import { AGREEMENT_PERMISSIONS, decideAgreementAction } from "./agreement.policy";

function actorWith(memberships: [string, Role][]): Actor {
  return {
    userId: "u",
    name: "U",
    email: "u@example.test",
    locale: null,
    platformRole: "moderator",
    memberships: new Map(memberships),
    orgKinds: new Map(memberships.map(([orgId]) => [orgId, "client" as const])),
    via: { kind: "session", sessionHash: "h" },
  };
}

const engagement = { client_org_id: "client", provider_org_id: "provider" };

describe("agreement policy", () => {
  it("lets an owner sign, for the side of their own organisation only", () => {
    expect(decideAgreementAction(actorWith([["client", "owner"]]), engagement, "sign")).toEqual({
      decision: "allowed",
      side: "client",
    });
    expect(decideAgreementAction(actorWith([["provider", "owner"]]), engagement, "sign")).toEqual({
      decision: "allowed",
      side: "provider",
    });
  });

  it("refuses signatures of members and viewers: they cannot bind the organisation", () => {
    for (const role of ["member", "viewer"] as const) {
      expect(
        decideAgreementAction(actorWith([["provider", role]]), engagement, "sign").decision,
      ).toBe("forbidden");
    }
  });

  it("lets owners and members of both sides edit the draft and open amendments", () => {
    for (const org of ["client", "provider"]) {
      for (const role of ["owner", "member"] as const) {
        const actor = actorWith([[org, role]]);
        expect(decideAgreementAction(actor, engagement, "editDraft").decision).toBe("allowed");
        expect(decideAgreementAction(actor, engagement, "openAmendment").decision).toBe("allowed");
      }
      const viewer = actorWith([[org, "viewer"]]);
      expect(decideAgreementAction(viewer, engagement, "view").decision).toBe("allowed");
      expect(decideAgreementAction(viewer, engagement, "editDraft").decision).toBe("forbidden");
    }
  });

  it("hides the agreement from any other organisation, owners included", () => {
    const outsider = actorWith([["elsewhere", "owner"]]);
    for (const action of Object.keys(
      AGREEMENT_PERMISSIONS,
    ) as (keyof typeof AGREEMENT_PERMISSIONS)[])
      expect(decideAgreementAction(outsider, engagement, action).decision).toBe("not_found");
  });
});
