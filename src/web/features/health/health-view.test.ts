import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { webDe } from "../../i18n/messages/de";
import { webEn } from "../../i18n/messages/en";
import { webEs } from "../../i18n/messages/es";
import { webFr } from "../../i18n/messages/fr";
import { webId } from "../../i18n/messages/id";
import type { HealthEvidence } from "../../shared/api/types";
import {
  evidencePath,
  evidenceWording,
  isReasonCountValid,
  nextStepPath,
  openCheckIn,
  seriesOf,
} from "./health-view";

describe("evidence links", () => {
  it("send an invoice to its page and a change request to its card", () => {
    expect(evidencePath("e1", { kind: "invoice", id: "i9", label: "INV-0042", value: 18 })).toBe(
      "/engagements/e1/invoices/i9",
    );
    expect(
      evidencePath("e1", { kind: "change_request", id: "c1", label: "#3 Extra page", value: 4 }),
    ).toBe("/engagements/e1/changes#change-3");
  });

  it("never link a private check-in answer", () => {
    expect(
      evidencePath("e1", { kind: "check_in", id: "k1", label: "2026-01-01", value: null }),
    ).toBe(null);
  });
});

describe("next steps", () => {
  it("lead to the tab where the step is taken", () => {
    expect(nextStepPath("e1", "price_changes")).toBe("/engagements/e1/changes");
    expect(nextStepPath("e1", "pay_invoice")).toBe("/engagements/e1/invoices");
    expect(nextStepPath("e1", "evaluate_submission")).toBe("/engagements/e1/delivery");
    expect(nextStepPath("e1", "evaluate_in_time")).toBe("/engagements/e1/delivery");
    // A dispute is answered, and its mediation followed, on the Disputes tab.
    expect(nextStepPath("e1", "answer_dispute")).toBe("/engagements/e1/disputes");
    expect(nextStepPath("e1", "take_part_in_mediation")).toBe("/engagements/e1/disputes");
  });
});

describe("score history series", () => {
  it("keeps one side's scored days, oldest first, and leaves out days without a score", () => {
    const points = [
      { day: "2026-01-03", side: "client" as const, score: 60 },
      { day: "2026-01-01", side: "client" as const, score: 80 },
      { day: "2026-01-02", side: "client" as const, score: null },
      { day: "2026-01-01", side: "provider" as const, score: 90 },
    ];
    expect(seriesOf(points, "client")).toEqual([
      { at: "2026-01-01", value: 80 },
      { at: "2026-01-03", value: 60 },
    ]);
  });
});

describe("the check-in form", () => {
  it("opens only for an open check-in my side has not answered", () => {
    expect(openCheckIn([{ status: "open", myAnswer: { r: 1 } }])).toBe(null);
    expect(openCheckIn([{ status: "closed", myAnswer: null }])).toBe(null);
    const open = { status: "open", myAnswer: null };
    expect(openCheckIn([{ status: "closed", myAnswer: null }, open])).toBe(open);
  });

  it("takes two or three different reasons", () => {
    expect(isReasonCountValid(["on_time"])).toBe(false);
    expect(isReasonCountValid(["on_time", "respectful"])).toBe(true);
    expect(isReasonCountValid(["a", "b", "c"])).toBe(true);
    expect(isReasonCountValid(["a", "b", "c", "d"])).toBe(false);
    expect(isReasonCountValid(["a", "a"])).toBe(false);
  });
});

describe("the wording of evidence", () => {
  const CATALOGUES = { en: webEn, fr: webFr, de: webDe, es: webEs, id: webId };
  const rating = { kind: "check_in", id: "review:r1", label: "2026-11-20", value: null } as const;
  const say = (language: keyof typeof CATALOGUES, evidence: HealthEvidence) => {
    const wording = evidenceWording(evidence);
    if ("text" in wording) return wording.text;
    const message = (CATALOGUES[language] as Record<string, string>)[wording.id] ?? wording.id;
    return new IntlMessageFormat(message, language).format<string>({
      date: wording.day ?? "",
    }) as string;
  };

  it("names a review's private rating as a review rating, not a check-in, in every language", () => {
    expect(evidenceWording(rating)).toEqual({
      id: "health.evidence.reviewRatingOn",
      day: "2026-11-20",
    });
    expect(evidenceWording({ ...rating, label: "review:r1" })).toEqual({
      id: "health.evidence.reviewRating",
      day: null,
    });
    expect(evidenceWording({ ...rating, id: "k1" })).toEqual({
      id: "health.evidence.checkIn",
      day: null,
    });
    for (const language of ["en", "fr", "de", "es", "id"] as const) {
      const withDay = say(language, rating);
      const plain = say(language, { ...rating, label: "review:r1" });
      const checkIn = say(language, { ...rating, id: "k1" });
      expect(withDay, language).toContain("2026-11-20");
      expect(withDay, language).not.toMatch(/[{}]/);
      expect(plain, language).not.toBe(checkIn);
      expect(withDay.startsWith(plain), language).toBe(true);
      if (language !== "en") expect(plain, language).not.toBe(say("en", { ...rating, label: "x" }));
    }
    expect(say("en", rating)).toBe("Review rating, published 2026-11-20");
  });

  it("names an exit feedback's rating as what it is, not a check-in, in every language", () => {
    const exitRating = { ...rating, id: "exit:x1:client" };
    expect(evidenceWording(exitRating)).toEqual({
      id: "health.evidence.exitRatingOn",
      day: "2026-11-20",
    });
    expect(evidenceWording({ ...exitRating, label: "exit:x1:client" })).toEqual({
      id: "health.evidence.exitRating",
      day: null,
    });
    for (const language of ["en", "fr", "de", "es", "id"] as const) {
      const withDay = say(language, exitRating);
      expect(withDay, language).toContain("2026-11-20");
      expect(withDay, language).not.toMatch(/[{}]/);
      expect(withDay, language).not.toBe(say(language, rating));
      expect(say(language, { ...exitRating, label: "x" }), language).not.toBe(
        say(language, { ...rating, id: "k1" }),
      );
    }
  });

  it("keeps the server's label for what has one", () => {
    expect(evidenceWording({ kind: "invoice", id: "i9", label: "INV-0042", value: 18 })).toEqual({
      text: "INV-0042",
    });
  });
});
