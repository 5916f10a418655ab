import { describe, expect, it } from "vitest";
import type { Role } from "../../../contracts/common";
import type { Actor } from "../../platform/actor";
import { decideWebhookAction } from "./webhook.policy";

function actorWith(memberships: [string, Role][]): Actor {
  return {
    userId: "u",
    name: "U",
    email: "u@example.test",
    locale: null,
    platformRole: "user",
    memberships: new Map(memberships),
    orgKinds: new Map(memberships.map(([orgId]) => [orgId, "provider" as const])),
    orgNames: new Map(),
    via: { kind: "session", sessionHash: "h" },
  };
}

describe("webhook policy", () => {
  it("lets everyone in the organisation see its endpoints and log", () => {
    for (const role of ["owner", "member", "viewer"] as const) {
      expect(decideWebhookAction(actorWith([["org", role]]), "org", "view")).toBe("allowed");
    }
  });

  it("lets only owners decide where the organisation's data goes", () => {
    expect(decideWebhookAction(actorWith([["org", "owner"]]), "org", "manage")).toBe("allowed");
    for (const role of ["member", "viewer"] as const) {
      expect(decideWebhookAction(actorWith([["org", role]]), "org", "manage")).toBe("forbidden");
    }
  });

  it("answers not_found outside the organisation, whatever the role elsewhere", () => {
    const owner = actorWith([["partner", "owner"]]);
    expect(decideWebhookAction(owner, "org", "view")).toBe("not_found");
    expect(decideWebhookAction(owner, "org", "manage")).toBe("not_found");
  });
});
