import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { webDe } from "../../i18n/messages/de";
import { webEn } from "../../i18n/messages/en";
import { webEs } from "../../i18n/messages/es";
import { webFr } from "../../i18n/messages/fr";
import { webId } from "../../i18n/messages/id";
import { closerLookReason, gapBetween } from "./closer-look-view";
import type { CloserLookMark } from "./moderation-types";

const CATALOGUES = { en: webEn, fr: webFr, de: webDe, es: webEs, id: webId };
const LANGUAGES = ["en", "fr", "de", "es", "id"] as const;
const REVIEW_AT = "2026-11-20T10:00:00.000Z";

function say(language: (typeof LANGUAGES)[number], mark: CloserLookMark): string {
  const reason = closerLookReason(REVIEW_AT, mark);
  const message = (CATALOGUES[language] as Record<string, string>)[reason.id] ?? reason.id;
  return new IntlMessageFormat(message, language).format<string>({
    ...reason.values,
    date: "DATE",
  }) as string;
}

describe("how close a review came to a pressure step", () => {
  it("counts hours under a day, else days, either way round", () => {
    expect(gapBetween(REVIEW_AT, "2026-11-20T07:10:00.000Z")).toEqual({ unit: "hours", count: 3 });
    expect(gapBetween(REVIEW_AT, "2026-11-20T09:59:00.000Z")).toEqual({ unit: "hours", count: 1 });
    expect(gapBetween(REVIEW_AT, "2026-11-18T10:00:00.000Z")).toEqual({ unit: "days", count: 2 });
    expect(gapBetween(REVIEW_AT, "2026-11-27T10:00:00.000Z")).toEqual({ unit: "days", count: 7 });
  });
});

describe("why a review is marked for a closer look", () => {
  const before: CloserLookMark = {
    direction: "review_after_pressure",
    step: "payment_reminder",
    stepAt: "2026-11-18T10:00:00.000Z",
  };
  const after: CloserLookMark = {
    direction: "pressure_after_review",
    step: "dispute",
    stepAt: "2026-11-20T13:00:00.000Z",
  };

  it("names the step, how close and which way round, in English", () => {
    expect(say("en", before)).toBe(
      "Written 2 days after a payment reminder from the reviewed side, sent on DATE.",
    );
    expect(say("en", after)).toBe(
      "Followed 3 hours later by a dispute from the reviewed side, opened on DATE.",
    );
    expect(say("en", { ...before, step: "late_interest_claim" })).toContain(
      "a late-interest claim",
    );
  });

  it("says every step both ways round in all five languages, each its own translation", () => {
    for (const mark of [before, after]) {
      for (const step of ["payment_reminder", "late_interest_claim", "dispute"] as const) {
        const english = say("en", { ...mark, step });
        for (const language of LANGUAGES) {
          const sentence = say(language, { ...mark, step });
          expect(sentence, `${language} ${step}`).toContain("DATE");
          expect(sentence, `${language} ${step}`).toMatch(/\b[23]\b/);
          expect(sentence, `${language} ${step}`).not.toMatch(/[{}]/);
          if (language !== "en") expect(sentence, `${language} ${step}`).not.toBe(english);
        }
      }
    }
  });
});
