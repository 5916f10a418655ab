import { describe, expect, it } from "vitest";
import type { Role } from "../../../contracts/common";
import type { Actor } from "../../platform/actor";
import { decideMessageAction } from "./message.policy";

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

const engagement = { client_org_id: "client", provider_org_id: "provider" };

describe("message policy", () => {
  it("lets owners and members of either side write, for their own side", () => {
    expect(decideMessageAction(actorWith([["provider", "member"]]), engagement, "post")).toEqual({
      decision: "allowed",
      side: "provider",
      orgId: "provider",
    });
    expect(decideMessageAction(actorWith([["client", "owner"]]), engagement, "post")).toEqual({
      decision: "allowed",
      side: "client",
      orgId: "client",
    });
  });

  it("lets viewers read and mark read, but not speak for their side", () => {
    const viewer = actorWith([["client", "viewer"]]);
    expect(decideMessageAction(viewer, engagement, "read").decision).toBe("allowed");
    expect(decideMessageAction(viewer, engagement, "markRead").decision).toBe("allowed");
    expect(decideMessageAction(viewer, engagement, "post").decision).toBe("forbidden");
  });

  it("tells outsiders nothing, and nobody acts for a side not yet joined", () => {
    const outsider = actorWith([["elsewhere", "owner"]]);
    for (const action of ["read", "markRead", "post"] as const) {
      expect(decideMessageAction(outsider, engagement, action).decision).toBe("not_found");
    }
    const pending = { client_org_id: "client", provider_org_id: null };
    expect(decideMessageAction(outsider, pending, "read").decision).toBe("not_found");
  });
});
