import { describe, expect, it } from "vitest";
import { recognitionSignal } from "../health/recognition-signal";
import {
  answerRecognition,
  earlierRecognitionLike,
  initialStatus,
  isRequestable,
  type RecognitionIdentity,
  type RecognitionStatus,
  withdrawConsent,
} from "./recognition";

describe("the consent a recognition needs", () => {
  it("waits for the recognised side's consent when given, for the giver's approval when asked for", () => {
    expect(initialStatus(false)).toBe("awaiting_consent");
    expect(initialStatus(true)).toBe("awaiting_text_approval");
    expect(isRequestable("testimonial")).toBe(true);
    expect(isRequestable("case_study")).toBe(true);
    expect(isRequestable("kudos")).toBe(false);
  });

  it("publishes only on the answer of the side whose consent is missing", () => {
    // Kudos from the client: the provider consents.
    expect(answerRecognition("awaiting_consent", "client", "client", true)).toEqual({
      ok: false,
      code: "recognition_wrong_side",
    });
    expect(answerRecognition("awaiting_consent", "client", "provider", true)).toEqual({
      ok: true,
      step: "consent_granted",
      status: "published",
    });
    expect(answerRecognition("awaiting_consent", "client", "provider", false)).toMatchObject({
      step: "consent_declined",
      status: "declined",
    });
    // A testimonial the provider asked the client for: the client approves its text.
    expect(answerRecognition("awaiting_text_approval", "client", "provider", true)).toEqual({
      ok: false,
      code: "recognition_wrong_side",
    });
    expect(answerRecognition("awaiting_text_approval", "client", "client", true)).toMatchObject({
      step: "text_approved",
      status: "published",
    });
    expect(answerRecognition("awaiting_text_approval", "client", "client", false)).toMatchObject({
      step: "text_declined",
      status: "declined",
    });
  });

  it("is answered once", () => {
    for (const status of ["published", "declined"] as const) {
      expect(answerRecognition(status, "client", "provider", true)).toEqual({
        ok: false,
        code: "recognition_wrong_state",
      });
    }
  });
});

describe("consent withdrawn", () => {
  it("is the recognised side's, and the giving side's where its approved words published it", () => {
    // Kudos from the client, consented to by the provider: only the provider withdraws.
    expect(withdrawConsent("published", "client", "provider", false)).toEqual({
      ok: true,
      step: "consent_withdrawn",
      status: "declined",
    });
    expect(withdrawConsent("published", "client", "client", false)).toEqual({
      ok: false,
      code: "recognition_wrong_side",
    });
    // A testimonial whose text the client approved: either side withdraws.
    expect(withdrawConsent("published", "client", "client", true).ok).toBe(true);
    expect(withdrawConsent("published", "client", "provider", true).ok).toBe(true);
  });

  it("applies only to a published recognition", () => {
    for (const status of ["awaiting_consent", "awaiting_text_approval", "declined"] as const) {
      expect(withdrawConsent(status, "client", "provider", false)).toEqual({
        ok: false,
        code: "recognition_wrong_state",
      });
    }
  });
});

describe("recognition as a health signal", () => {
  const now = new Date("2026-12-01T00:00:00Z");
  it("adds a point per recognition within a year, capped at three", () => {
    expect(recognitionSignal([], now)).toEqual({ count: 0, points: 0, maxPoints: 3 });
    expect(recognitionSignal(["2026-11-01T00:00:00Z", "2026-10-01T00:00:00Z"], now).points).toBe(2);
    const many = Array.from({ length: 7 }, () => "2026-11-30T00:00:00Z");
    expect(recognitionSignal(many, now)).toEqual({ count: 7, points: 3, maxPoints: 3 });
  });

  it("forgets recognition older than the window", () => {
    expect(recognitionSignal(["2025-12-01T00:00:00Z"], now).count).toBe(1);
    expect(recognitionSignal(["2025-11-30T23:59:59Z"], now).count).toBe(0);
  });
});

describe("a recognition given again", () => {
  const goal = { kind: "goal", id: "g1" };
  const kudos: RecognitionIdentity = {
    fromSide: "client",
    kind: "kudos",
    subject: goal,
    text: "Great",
  };
  const held = (status: RecognitionStatus, changes: Partial<RecognitionIdentity> = {}) => ({
    ...kudos,
    ...changes,
    status,
  });

  it("repeats the side's recognition of that kind and subject, whatever its words", () => {
    const first = held("awaiting_consent");
    expect(earlierRecognitionLike([first], { ...kudos, text: "Really great" })).toBe(first);
    expect(earlierRecognitionLike([held("published")], kudos)).toBeDefined();
  });

  it("without a subject, repeats only the same words", () => {
    const thanks = held("published", { subject: null, text: "Thank you" });
    const given = { ...kudos, subject: null };
    expect(earlierRecognitionLike([thanks], { ...given, text: " thank YOU" })).toBe(thanks);
    expect(
      earlierRecognitionLike([thanks], { ...given, text: "Thanks for the launch" }),
    ).toBeUndefined();
    expect(earlierRecognitionLike([held("published")], given)).toBeUndefined();
  });

  it("is new from the other side, of another kind or subject, or after a decline", () => {
    const earlier = [
      held("published", { fromSide: "provider" }),
      held("published", { kind: "testimonial" }),
      held("published", { subject: { kind: "goal", id: "g2" } }),
      held("published", { subject: { kind: "deliverable", id: "g1" } }),
      held("declined"),
    ];
    expect(earlierRecognitionLike(earlier, kudos)).toBeUndefined();
  });
});
