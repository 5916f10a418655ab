import { describe, expect, it } from "vitest";
import { evaluateScreening, SCREENING_TARGETS, type LabelledText } from "./evaluate";
import set from "./labelled-set.json";
import { SCREENING_LANGUAGES } from "./types";

const texts = set as LabelledText[];

describe("the labelled screening set", () => {
  it("holds at least 300 texts, 60 per language, and a held-out split of at least 100", () => {
    expect(texts.length).toBeGreaterThanOrEqual(300);
    for (const language of SCREENING_LANGUAGES) {
      expect(texts.filter((t) => t.language === language).length).toBeGreaterThanOrEqual(60);
    }
    expect(texts.filter((t) => t.split === "heldout").length).toBeGreaterThanOrEqual(100);
    expect(new Set(texts.map((t) => t.id)).size).toBe(texts.length);
  });

  for (const split of ["dev", "heldout"] as const) {
    it(`meets the precision, recall and false-positive targets in every language (${split})`, () => {
      const { scores, mistakes } = evaluateScreening(texts.filter((t) => t.split === split));
      for (const score of scores) {
        const context = `${split} ${score.language}; mistakes: ${JSON.stringify(mistakes, null, 1)}`;
        expect(score.retaliation.precision, context).toBeGreaterThanOrEqual(
          SCREENING_TARGETS.retaliation,
        );
        expect(score.retaliation.recall, context).toBeGreaterThanOrEqual(
          SCREENING_TARGETS.retaliation,
        );
        expect(score.legalThreat.precision, context).toBeGreaterThanOrEqual(
          SCREENING_TARGETS.legalThreat,
        );
        expect(score.legalThreat.recall, context).toBeGreaterThanOrEqual(
          SCREENING_TARGETS.legalThreat,
        );
        expect(score.harmlessFlagged, context).toBeLessThanOrEqual(
          SCREENING_TARGETS.harmlessFlagged,
        );
        expect(score.languageAccuracy, context).toBe(1);
      }
    });
  }
});
