import { describe, expect, it } from "vitest";
import { closerLookFor } from "./timing-flag";

const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 10));

describe("closer look at a review's timing", () => {
  const reminder = {
    kind: "payment_reminder" as const,
    towardSide: "client" as const,
    occurredAt: day(0),
  };

  it("marks a client's review written within a week of a payment reminder", () => {
    expect(closerLookFor({ reviewerSide: "client", submittedAt: day(3) }, [reminder])).toEqual([
      {
        direction: "review_after_pressure",
        step: "payment_reminder",
        stepAt: day(0).toISOString(),
      },
    ]);
    expect(closerLookFor({ reviewerSide: "client", submittedAt: day(9) }, [reminder])).toEqual([]);
  });

  it("marks the reverse: pressure on the reviewer soon after the review", () => {
    const claim = { ...reminder, kind: "late_interest_claim" as const, occurredAt: day(5) };
    expect(closerLookFor({ reviewerSide: "client", submittedAt: day(2) }, [claim])).toEqual([
      {
        direction: "pressure_after_review",
        step: "late_interest_claim",
        stepAt: day(5).toISOString(),
      },
    ]);
  });

  it("ignores steps addressed to the other side", () => {
    expect(closerLookFor({ reviewerSide: "provider", submittedAt: day(1) }, [reminder])).toEqual(
      [],
    );
  });
});
