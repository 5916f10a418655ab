import { describe, expect, it } from "vitest";
import type { Role } from "../../../contracts/common";
import type { Actor } from "../../platform/actor";
import { decideOrgAction, ORG_PERMISSIONS, type OrgAction } from "../../kernel/org-access";

function actorWith(memberships: [string, Role][]): Actor {
  return {
    userId: "u",
    name: "U",
    email: "u@example.test",
    locale: null,
    platformRole: "user",
    memberships: new Map(memberships),
    orgKinds: new Map(memberships.map(([orgId]) => [orgId, "client" as const])),
    via: { kind: "session", sessionHash: "h" },
  };
}

describe("organisation policy", () => {
  const actions = Object.keys(ORG_PERMISSIONS) as OrgAction[];

  it.each(actions)("hides the organisation from outsiders for %s", (action) => {
    expect(decideOrgAction(actorWith([["other-org", "owner"]]), "org-a", action)).toBe("not_found");
  });

  it("lets an owner do everything", () => {
    for (const action of actions)
      expect(decideOrgAction(actorWith([["org-a", "owner"]]), "org-a", action)).toBe("allowed");
  });

  it("lets a member start engagements but not manage members or tokens", () => {
    const member = actorWith([["org-a", "member"]]);
    expect(decideOrgAction(member, "org-a", "startEngagement")).toBe("allowed");
    expect(decideOrgAction(member, "org-a", "manageMembers")).toBe("forbidden");
    expect(decideOrgAction(member, "org-a", "manageTokens")).toBe("forbidden");
  });

  it("lets a viewer only look", () => {
    const viewer = actorWith([["org-a", "viewer"]]);
    expect(actions.filter((a) => decideOrgAction(viewer, "org-a", a) === "allowed")).toEqual([
      "view",
    ]);
  });
});
