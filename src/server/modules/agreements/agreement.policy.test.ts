import { describe, expect, it } from "vitest";
import { can } from "../../kernel/access";
import { AGREEMENT_ACCESS } from "./agreement.policy";
import { testActor, type TestMembership } from "../../platform/test-actor";

const actorWith = (memberships: TestMembership[]) => testActor(memberships, "moderator");

const engagement = { client_org_id: "client", provider_org_id: "provider" };

describe("agreement policy", () => {
  it("lets an owner sign, for the side of their own organisation only", () => {
    expect(can(actorWith([["client", "owner"]]), engagement, AGREEMENT_ACCESS.sign)).toMatchObject({
      decision: "allowed",
      side: "client",
    });
    expect(
      can(actorWith([["provider", "owner"]]), engagement, AGREEMENT_ACCESS.sign),
    ).toMatchObject({
      decision: "allowed",
      side: "provider",
    });
  });

  it("refuses signatures of members and viewers: they cannot bind the organisation", () => {
    for (const role of ["member", "viewer"] as const) {
      expect(can(actorWith([["provider", role]]), engagement, AGREEMENT_ACCESS.sign).decision).toBe(
        "forbidden",
      );
    }
  });

  it("lets owners and members of both sides edit the draft and open amendments", () => {
    for (const org of ["client", "provider"]) {
      for (const role of ["owner", "member"] as const) {
        const actor = actorWith([[org, role]]);
        expect(can(actor, engagement, AGREEMENT_ACCESS.editDraft).decision).toBe("allowed");
        expect(can(actor, engagement, AGREEMENT_ACCESS.openAmendment).decision).toBe("allowed");
      }
      const viewer = actorWith([[org, "viewer"]]);
      expect(can(viewer, engagement, AGREEMENT_ACCESS.view).decision).toBe("allowed");
      expect(can(viewer, engagement, AGREEMENT_ACCESS.editDraft).decision).toBe("forbidden");
    }
  });

  it("hides the agreement from any other organisation, owners included", () => {
    const outsider = actorWith([["elsewhere", "owner"]]);
    for (const action of Object.keys(AGREEMENT_ACCESS) as (keyof typeof AGREEMENT_ACCESS)[])
      expect(can(outsider, engagement, AGREEMENT_ACCESS[action]).decision).toBe("not_found");
  });
});
