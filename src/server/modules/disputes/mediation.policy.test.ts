import { describe, expect, it } from "vitest";
import type { Role } from "../../../contracts/common";
import { mediatorStandingOf } from "./mediation.policy";
import { testActor } from "../../platform/test-actor";

const engagement = { client_org_id: "client", provider_org_id: "provider" };

describe("who stands where in a mediation", () => {
  it("sees a moderator of neither side as a possible mediator", () => {
    expect(
      mediatorStandingOf(testActor([["elsewhere", "owner"]], "moderator"), engagement),
    ).toEqual({ isModerator: true, memberOf: null });
  });

  it.each<[Role, "client" | "provider"]>([
    ["viewer", "client"],
    ["member", "provider"],
  ])("counts a moderator who is a %s of the %s as a party", (role, side) => {
    expect(mediatorStandingOf(testActor([[side, role]], "moderator"), engagement)).toEqual({
      isModerator: true,
      memberOf: side,
    });
  });

  it("sees a side's member who is not a moderator as neither mediator nor outsider", () => {
    expect(mediatorStandingOf(testActor([["client", "owner"]], "user"), engagement)).toEqual({
      isModerator: false,
      memberOf: "client",
    });
    expect(mediatorStandingOf(testActor([]), engagement)).toEqual({
      isModerator: false,
      memberOf: null,
    });
  });
});
