import { describe, expect, it } from "vitest";
import type { Role } from "../../../contracts/common";
import type { Actor } from "../../platform/actor";
import { decideEngagementAction, sideOf } from "./engagement.policy";

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

const accepted = { client_org_id: "client", provider_org_id: "provider" };
const pending = { client_org_id: "client", provider_org_id: null };

describe("engagement policy", () => {
  it("shows an engagement to both sides, each knowing its side", () => {
    expect(sideOf(actorWith([["client", "viewer"]]), accepted)).toEqual({
      side: "client",
      role: "viewer",
    });
    expect(sideOf(actorWith([["provider", "member"]]), accepted)).toEqual({
      side: "provider",
      role: "member",
    });
    expect(decideEngagementAction(actorWith([["provider", "viewer"]]), accepted, "view")).toBe(
      "allowed",
    );
  });

  it("hides it from everyone else, platform moderators included", () => {
    expect(decideEngagementAction(actorWith([["elsewhere", "owner"]]), accepted, "view")).toBe(
      "not_found",
    );
    expect(decideEngagementAction(actorWith([]), accepted, "act")).toBe("not_found");
  });

  it("hides a pending engagement from the invited side until it accepts", () => {
    expect(decideEngagementAction(actorWith([["provider", "owner"]]), pending, "view")).toBe(
      "not_found",
    );
  });

  it("lets viewers look but not act", () => {
    expect(decideEngagementAction(actorWith([["client", "viewer"]]), accepted, "act")).toBe(
      "forbidden",
    );
    expect(decideEngagementAction(actorWith([["client", "member"]]), accepted, "act")).toBe(
      "allowed",
    );
  });
});
