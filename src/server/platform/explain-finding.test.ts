import { describe, expect, it } from "vitest";
import { screenText } from "../../domain/screening/screen-text";
import { LOCALES } from "../../i18n/locales";
import { explainFinding } from "./explain-finding";

describe("a screening decision explained in the reader's language", () => {
  const threat = screenText({ text: "Löschen Sie die Bewertung, sonst verklagen wir Sie." });

  it("names the phrases, the condition and the review link in each of the five languages", () => {
    const explanations = LOCALES.map((locale) =>
      explainFinding(locale, threat.kind, threat.evidence),
    );
    for (const explanation of explanations) {
      expect(explanation).toContain("verklagen");
      expect(explanation).toContain("sonst");
      expect(explanation).toContain("Löschen");
    }
    expect(new Set(explanations).size).toBe(LOCALES.length);
    expect(explainFinding("de", threat.kind, threat.evidence)).toMatch(
      /^Vergeltung: rechtliche Drohung „verklagen“, unter der Bedingung „sonst“; Bezug zu einer Bewertung: /,
    );
  });

  it("explains a removal demand under an alternative when no threat word is there", () => {
    const coerced = screenText({ text: "Take that review down or we'll see." });
    expect(explainFinding("en", coerced.kind, coerced.evidence)).toBe(
      "Retaliation: demand to remove or change the review “Take that review down”, under the " +
        "condition “or we”; link to a review: review named “review”.",
    );
  });

  it("says there is no threat without listing ignored cues", () => {
    const none = screenText({ text: "Nous ne porterons jamais plainte." });
    expect(explainFinding("fr", none.kind, none.evidence)).toBe("Aucune menace détectée.");
  });
});
