import { describe, expect, it } from "vitest";
import { DISPUTE_STATUSES, type DisputeState, type DisputeStatus } from "./dispute-ladder";
import { checkRecommendation, type MediatorStanding } from "./mediation";

const MODERATOR: MediatorStanding = { isModerator: true, memberOf: null };
// Mediation began on Tuesday 1 December 2026 at 12:00: ten business days end Tuesday 15th 12:00.
const SINCE = new Date("2026-12-01T12:00:00Z");
const WITHIN = new Date("2026-12-15T11:59:59Z");
const LIMIT = new Date("2026-12-15T12:00:00Z");

function disputeIn(status: DisputeStatus): DisputeState & { waitingSince: Date } {
  return {
    status,
    rung: status === "in_mediation" ? "mediation" : "negotiation",
    openedBy: "client",
    offerBy: status === "offer_pending" ? "provider" : null,
    recommendationAcceptedBy: [],
    ladder: ["negotiation", "amends", "mediation", "separation"],
    waitingSince: SINCE,
  };
}

describe("a moderator's recommendation", () => {
  it("is given by a moderator of neither side, in mediation, before the limit", () => {
    expect(checkRecommendation(disputeIn("in_mediation"), MODERATOR, WITHIN)).toMatchObject({
      ok: true,
      state: { status: "recommended", rung: "mediation", recommendationAcceptedBy: [] },
    });
  });

  it.each(DISPUTE_STATUSES.filter((status) => status !== "in_mediation"))(
    "is refused while the dispute is %s",
    (status) => {
      expect(checkRecommendation(disputeIn(status), MODERATOR, WITHIN)).toEqual({
        ok: false,
        reason: "dispute_wrong_state",
      });
    },
  );

  it.each<MediatorStanding>([
    { isModerator: false, memberOf: "client" },
    { isModerator: false, memberOf: "provider" },
    { isModerator: false, memberOf: null },
  ])("is refused to anyone who is not a moderator (%o)", (standing) => {
    expect(checkRecommendation(disputeIn("in_mediation"), standing, WITHIN)).toEqual({
      ok: false,
      reason: "dispute_wrong_side",
    });
  });

  it.each<MediatorStanding["memberOf"]>(["client", "provider"])(
    "is refused to a moderator who belongs to the %s's organisation",
    (side) => {
      expect(
        checkRecommendation(
          disputeIn("in_mediation"),
          { isModerator: true, memberOf: side },
          WITHIN,
        ),
      ).toEqual({ ok: false, reason: "mediation_conflict_of_interest" });
    },
  );

  it("is refused once the ten business days have passed (the sweeper moves it on)", () => {
    expect(checkRecommendation(disputeIn("in_mediation"), MODERATOR, LIMIT)).toEqual({
      ok: false,
      reason: "mediation_window_passed",
    });
  });

  it("counts the limit with the windows given", () => {
    const windows = { responseBusinessDays: 5, mediationBusinessDays: 1 };
    // One business day after Tuesday 12:00 is Wednesday 12:00.
    const wednesdayNoon = new Date("2026-12-02T12:00:00Z");
    expect(
      checkRecommendation(disputeIn("in_mediation"), MODERATOR, wednesdayNoon, windows),
    ).toEqual({ ok: false, reason: "mediation_window_passed" });
  });
});
