import { describe, expect, it } from "vitest";
import { sanctionEffects } from "./sanctions";

const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n));
const FREE = { canStartEngagements: true, canPostReviews: true, isListed: true, restriction: null };

describe("sanction effects", () => {
  it("takes nothing away without sanctions, or for a warning", () => {
    expect(sanctionEffects([], day(0))).toEqual(FREE);
    expect(
      sanctionEffects(
        [{ kind: "warning", startsAt: day(0), endsAt: null, liftedAt: null }],
        day(1),
      ),
    ).toEqual(FREE);
  });

  it("stops new engagements and reviews during a suspension, and gives them back after it", () => {
    const suspension = {
      kind: "suspension" as const,
      startsAt: day(0),
      endsAt: day(30),
      liftedAt: null,
    };
    expect(sanctionEffects([suspension], day(10))).toEqual({
      canStartEngagements: false,
      canPostReviews: false,
      isListed: true,
      restriction: { kind: "suspension", endsAt: day(30) },
    });
    expect(sanctionEffects([suspension], day(30))).toEqual(FREE);
  });

  it("removes an expelled organisation from the directory and matching for good", () => {
    const expulsion = {
      kind: "expulsion" as const,
      startsAt: day(0),
      endsAt: null,
      liftedAt: null,
    };
    expect(sanctionEffects([expulsion], day(400))).toEqual({
      canStartEngagements: false,
      canPostReviews: false,
      isListed: false,
      restriction: { kind: "expulsion" },
    });
  });

  it("gives everything back when an appeal lifts the sanction", () => {
    const lifted = { kind: "expulsion" as const, startsAt: day(0), endsAt: null, liftedAt: day(5) };
    expect(sanctionEffects([lifted], day(4)).isListed).toBe(false);
    expect(sanctionEffects([lifted], day(5))).toEqual(FREE);
  });

  it("names the end of the last suspension in force, and an expulsion above any suspension", () => {
    const suspension = (from: number, to: number) => ({
      kind: "suspension" as const,
      startsAt: day(from),
      endsAt: day(to),
      liftedAt: null,
    });
    const overlapping = [suspension(0, 10), suspension(5, 20)];
    expect(sanctionEffects(overlapping, day(6)).restriction).toEqual({
      kind: "suspension",
      endsAt: day(20),
    });
    expect(sanctionEffects(overlapping, day(12)).restriction).toEqual({
      kind: "suspension",
      endsAt: day(20),
    });
    const expelled = [
      suspension(0, 10),
      { kind: "expulsion" as const, startsAt: day(1), endsAt: null, liftedAt: null },
    ];
    expect(sanctionEffects(expelled, day(2)).restriction).toEqual({ kind: "expulsion" });
  });
});
