import { describe, expect, it } from "vitest";
import type { OrgKind, Role } from "../../../contracts/common";
import type { Actor } from "../../platform/actor";
import { decideBriefAction } from "./brief.policy";

function actorWith(memberships: [string, Role, OrgKind][]): Actor {
  return {
    userId: "u",
    name: "U",
    email: "u@example.test",
    locale: null,
    platformRole: "user",
    memberships: new Map(memberships.map(([org, role]) => [org, role])),
    orgKinds: new Map(memberships.map(([org, , kind]) => [org, kind])),
    orgNames: new Map(),
    via: { kind: "session", sessionHash: "h" },
  };
}

const closed = { org_id: "client", status: "closed" as const };
const answerer = actorWith([["provider", "viewer", "provider"]]);

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
    const otherClient = actorWith([["someone", "owner", "client"]]);
    expect(decideBriefAction(otherClient, closed, "view", ["someone"])).toBe("not_found");
  });
});
