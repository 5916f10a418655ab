import { describe, expect, it } from "vitest";
import { decideWebhookAction } from "./webhook.policy";
import { testActor } from "../../platform/test-actor";

describe("webhook policy", () => {
  it("lets everyone in the organisation see its endpoints and log", () => {
    for (const role of ["owner", "member", "viewer"] as const) {
      expect(decideWebhookAction(testActor([["org", role]]), "org", "view")).toBe("allowed");
    }
  });

  it("lets only owners decide where the organisation's data goes", () => {
    expect(decideWebhookAction(testActor([["org", "owner"]]), "org", "manage")).toBe("allowed");
    for (const role of ["member", "viewer"] as const) {
      expect(decideWebhookAction(testActor([["org", role]]), "org", "manage")).toBe("forbidden");
    }
  });

  it("answers not_found outside the organisation, whatever the role elsewhere", () => {
    const owner = testActor([["partner", "owner"]]);
    expect(decideWebhookAction(owner, "org", "view")).toBe("not_found");
    expect(decideWebhookAction(owner, "org", "manage")).toBe("not_found");
  });
});
