import { describe, expect, it } from "vitest";
import {
  decideOrgAction,
  ORG_PERMISSIONS,
  orgAbilitiesOf,
  type OrgAction,
} from "../../kernel/org-access";
import { testActor } from "../../platform/test-actor";

describe("organisation policy", () => {
  const actions = Object.keys(ORG_PERMISSIONS) as OrgAction[];

  it.each(actions)("hides the organisation from outsiders for %s", (action) => {
    expect(decideOrgAction(testActor([["other-org", "owner"]]), "org-a", action)).toBe("not_found");
  });

  it("lets an owner do everything", () => {
    for (const action of actions)
      expect(decideOrgAction(testActor([["org-a", "owner"]]), "org-a", action)).toBe("allowed");
  });

  it("lets a member work (briefs, proposals, engagements) but manage nothing", () => {
    const member = testActor([["org-a", "member"]]);
    expect(actions.filter((a) => decideOrgAction(member, "org-a", a) === "allowed")).toEqual([
      "view",
      "work",
    ]);
  });

  it("lets a viewer only look", () => {
    const viewer = testActor([["org-a", "viewer"]]);
    expect(actions.filter((a) => decideOrgAction(viewer, "org-a", a) === "allowed")).toEqual([
      "view",
    ]);
  });

  it.each(["owner", "member", "viewer"] as const)(
    "gives a %s abilities that say exactly what the decision allows",
    (role) => {
      const actor = testActor([["org-a", role]]);
      const abilities = orgAbilitiesOf(role, "provider");
      for (const action of actions)
        expect(abilities[action], action).toBe(
          decideOrgAction(actor, "org-a", action) === "allowed",
        );
    },
  );

  it("gives no ability for an action the organisation's kind does not have", () => {
    expect(orgAbilitiesOf("owner", "provider").manageReminders).toBe(true);
    expect(orgAbilitiesOf("owner", "client").manageReminders).toBe(false);
    expect(orgAbilitiesOf("owner", "client").work).toBe(true);
  });
});
