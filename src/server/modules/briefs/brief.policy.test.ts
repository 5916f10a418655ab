import { describe, expect, it } from "vitest";
import { decideBriefAction } from "./brief.policy";
import { testActor } from "../../platform/test-actor";

const closed = { org_id: "client", status: "closed" as const };
const answerer = testActor([["provider", "viewer", "provider"]]);

describe("who may read a brief once it is closed", () => {
  it("lets a provider that sent it a proposal read it, and nothing more", () => {
    expect(decideBriefAction(answerer, closed, "view", ["provider"])).toBe("allowed");
    expect(decideBriefAction(answerer, closed, "write", ["provider"])).toBe("not_found");
  });

  it("hides it from a provider that did not answer it", () => {
    expect(decideBriefAction(answerer, closed, "view")).toBe("not_found");
    expect(decideBriefAction(answerer, closed, "view", ["other-provider"])).toBe("not_found");
  });

  it("does not open it to a client organisation named as an answerer", () => {
    const otherClient = testActor([["someone", "owner", "client"]]);
    expect(decideBriefAction(otherClient, closed, "view", ["someone"])).toBe("not_found");
  });
});
