import { describe, expect, it } from "vitest";
import { claimableLateInterest } from "./late-interest-claim";
import type { InterestLine } from "./late-interest";

const line: InterestLine = {
  from: "2026-04-01",
  to: "2026-04-30",
  days: 30,
  daysInYear: 365,
  principalMinor: 1_000_000,
  referenceRateBasisPoints: 200,
  annualRateBasisPoints: 1000,
  interestMinor: 8219,
};
const computation = { interestMinor: 8219, compensationMinor: 4000, lines: [line] };

describe("claiming late interest", () => {
  it("claims interest and the recovery compensation the first time", () => {
    expect(
      claimableLateInterest(computation, { interestMinor: 0, isCompensationClaimed: false }),
    ).toEqual({ interestMinor: 8219, compensationMinor: 4000, totalMinor: 12_219 });
  });

  it("claims later only the interest not yet invoiced, and the compensation once", () => {
    expect(
      claimableLateInterest(
        { ...computation, interestMinor: 12_000 },
        { interestMinor: 8219, isCompensationClaimed: true },
      ),
    ).toEqual({ interestMinor: 3781, compensationMinor: 0, totalMinor: 3781 });
  });

  it("claims nothing when nothing is late, or everything was claimed", () => {
    const none = { interestMinor: 0, compensationMinor: null, lines: [] };
    expect(
      claimableLateInterest(none, { interestMinor: 0, isCompensationClaimed: false }).totalMinor,
    ).toBe(0);
    expect(
      claimableLateInterest(computation, { interestMinor: 8219, isCompensationClaimed: true })
        .totalMinor,
    ).toBe(0);
  });

  it("claims no compensation where none is configured for the currency", () => {
    expect(
      claimableLateInterest(
        { ...computation, compensationMinor: null },
        { interestMinor: 0, isCompensationClaimed: false },
      ),
    ).toEqual({ interestMinor: 8219, compensationMinor: 0, totalMinor: 8219 });
  });
});
