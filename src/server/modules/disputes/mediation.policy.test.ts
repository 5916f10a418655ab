import { describe, expect, it } from "vitest";
import type { Role } from "../../../contracts/common";
import type { Actor } from "../../platform/actor";
import { mediatorStandingOf } from "./mediation.policy";

function actorWith(platformRole: Actor["platformRole"], memberships: [string, Role][]): Actor {
  return {
    userId: "u",
    name: "U",
    email: "u@example.test",
    locale: null,
    platformRole,
    memberships: new Map(memberships),
    orgKinds: new Map(memberships.map(([orgId]) => [orgId, "client" as const])),
    orgNames: new Map(),
    via: { kind: "session", sessionHash: "h" },
  };
}

const engagement = { client_org_id: "client", provider_org_id: "provider" };

describe("who stands where in a mediation", () => {
  it("sees a moderator of neither side as a possible mediator", () => {
    expect(
      mediatorStandingOf(actorWith("moderator", [["elsewhere", "owner"]]), engagement),
    ).toEqual({ isModerator: true, memberOf: null });
  });

  it.each<[Role, "client" | "provider"]>([
    ["viewer", "client"],
    ["member", "provider"],
  ])("counts a moderator who is a %s of the %s as a party", (role, side) => {
    expect(mediatorStandingOf(actorWith("moderator", [[side, role]]), engagement)).toEqual({
      isModerator: true,
      memberOf: side,
    });
  });

  it("sees a side's member who is not a moderator as neither mediator nor outsider", () => {
    expect(mediatorStandingOf(actorWith("user", [["client", "owner"]]), engagement)).toEqual({
      isModerator: false,
      memberOf: "client",
    });
    expect(mediatorStandingOf(actorWith("user", []), engagement)).toEqual({
      isModerator: false,
      memberOf: null,
    });
  });
});
