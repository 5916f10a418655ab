import { describe, expect, it } from "vitest";
import { can } from "../../kernel/access";
import { MESSAGE_ACCESS } from "./message.policy";
import { testActor } from "../../platform/test-actor";

const engagement = { client_org_id: "client", provider_org_id: "provider" };

describe("message policy", () => {
  it("lets owners and members of either side write, for their own side", () => {
    expect(can(testActor([["provider", "member"]]), engagement, MESSAGE_ACCESS.post)).toMatchObject(
      {
        decision: "allowed",
        side: "provider",
        orgId: "provider",
      },
    );
    expect(can(testActor([["client", "owner"]]), engagement, MESSAGE_ACCESS.post)).toMatchObject({
      decision: "allowed",
      side: "client",
      orgId: "client",
    });
  });

  it("lets viewers read and mark read, but not speak for their side", () => {
    const viewer = testActor([["client", "viewer"]]);
    expect(can(viewer, engagement, MESSAGE_ACCESS.read).decision).toBe("allowed");
    expect(can(viewer, engagement, MESSAGE_ACCESS.markRead).decision).toBe("allowed");
    expect(can(viewer, engagement, MESSAGE_ACCESS.post).decision).toBe("forbidden");
  });

  it("tells outsiders nothing, and nobody acts for a side not yet joined", () => {
    const outsider = testActor([["elsewhere", "owner"]]);
    for (const action of ["read", "markRead", "post"] as const) {
      expect(can(outsider, engagement, MESSAGE_ACCESS[action]).decision).toBe("not_found");
    }
    const pending = { client_org_id: "client", provider_org_id: null };
    expect(can(outsider, pending, MESSAGE_ACCESS.read).decision).toBe("not_found");
  });
});
