import { describe, expect, it } from "vitest";
import { canSubmitReview, isReviewVisible, publicationDue, windowClosesAt } from "./blind-reveal";

const opened = new Date("2026-11-01T10:00:00.000Z");
const at = (days: number) => new Date(opened.getTime() + days * 24 * 60 * 60 * 1000);

describe("blind reveal", () => {
  it("stays blind with one review in while the window is open", () => {
    const round = { openedAt: opened, submittedSides: ["client"] as const, publishedAt: null };
    expect(publicationDue({ ...round, submittedSides: [...round.submittedSides] }, at(13.9))).toBe(
      null,
    );
    expect(isReviewVisible("client", "provider", { publishedAt: null })).toBe(false);
    expect(isReviewVisible("client", "client", { publishedAt: null })).toBe(true);
    expect(isReviewVisible("client", null, { publishedAt: null })).toBe(false);
  });

  it("publishes at once when both sides are in", () => {
    const now = at(2);
    const due = publicationDue(
      { openedAt: opened, submittedSides: ["client", "provider"], publishedAt: null },
      now,
    );
    expect(due).toEqual(now);
  });

  it("publishes a lone review at the window's close, not at the moment the sweeper runs", () => {
    const round = { openedAt: opened, submittedSides: ["provider" as const], publishedAt: null };
    expect(publicationDue(round, at(20))).toEqual(windowClosesAt(opened));
    expect(windowClosesAt(opened)).toEqual(at(14));
  });

  it("publishes nothing for a round nobody reviewed", () => {
    expect(
      publicationDue({ openedAt: opened, submittedSides: [], publishedAt: null }, at(30)),
    ).toBe(null);
  });

  it("locks a side after it submitted, and everyone after the window or publication", () => {
    const round = { openedAt: opened, submittedSides: ["client" as const], publishedAt: null };
    expect(canSubmitReview(round, "client", at(1))).toBe(false);
    expect(canSubmitReview(round, "provider", at(13.99))).toBe(true);
    expect(canSubmitReview(round, "provider", at(14))).toBe(false);
    expect(canSubmitReview({ ...round, publishedAt: at(2) }, "provider", at(3))).toBe(false);
    expect(isReviewVisible("client", "provider", { publishedAt: at(14) })).toBe(true);
  });
});
