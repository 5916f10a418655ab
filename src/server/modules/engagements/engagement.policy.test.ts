import { describe, expect, it } from "vitest";
import { can, sideOf } from "../../kernel/access";
import { ENGAGEMENT_ACCESS } from "../../kernel/engagement-access";
import { testActor, type TestMembership } from "../../platform/test-actor";

const actorWith = (memberships: TestMembership[]) => testActor(memberships, "moderator");

const accepted = { client_org_id: "client", provider_org_id: "provider" };
const pending = { client_org_id: "client", provider_org_id: null };

describe("engagement policy", () => {
  it("shows an engagement to both sides, each knowing its side", () => {
    expect(sideOf(actorWith([["client", "viewer"]]), accepted)).toMatchObject({
      side: "client",
      role: "viewer",
    });
    expect(sideOf(actorWith([["provider", "member"]]), accepted)).toMatchObject({
      side: "provider",
      role: "member",
    });
    expect(
      can(actorWith([["provider", "viewer"]]), accepted, ENGAGEMENT_ACCESS.view).decision,
    ).toBe("allowed");
  });

  it("hides it from everyone else, platform moderators included", () => {
    expect(
      can(actorWith([["elsewhere", "owner"]]), accepted, ENGAGEMENT_ACCESS.view).decision,
    ).toBe("not_found");
    expect(can(actorWith([]), accepted, ENGAGEMENT_ACCESS.act).decision).toBe("not_found");
  });

  it("hides a pending engagement from the invited side until it accepts", () => {
    expect(can(actorWith([["provider", "owner"]]), pending, ENGAGEMENT_ACCESS.view).decision).toBe(
      "not_found",
    );
  });

  it("lets viewers look but not act", () => {
    expect(can(actorWith([["client", "viewer"]]), accepted, ENGAGEMENT_ACCESS.act).decision).toBe(
      "forbidden",
    );
    expect(can(actorWith([["client", "member"]]), accepted, ENGAGEMENT_ACCESS.act).decision).toBe(
      "allowed",
    );
  });
});
