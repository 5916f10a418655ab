import { describe, expect, it } from "vitest";
import {
  evaluateScreening,
  SCREENING_TARGETS,
  type LabelledText,
  type LanguageScore,
} from "./evaluate";
import set from "./labelled-set.json";
import { SCREENING_LANGUAGES } from "./types";

const texts = set as LabelledText[];

/**
 * What the held-out split measured when it was last read (see docs/SCREENING.md): a floor
 * that catches regressions. It sits below the targets on purpose; the held-out texts are
 * never tuned on, so the gap is the honest distance to the targets on unseen text.
 */
const HELD_OUT_FLOOR = {
  retaliationPrecision: 0.95,
  retaliationRecall: 0.5,
  legalThreatPrecision: 0.9,
  legalThreatRecall: 0.75,
  harmlessFlagged: SCREENING_TARGETS.harmlessFlagged,
};

function expectAtLeast(score: LanguageScore, floor: typeof HELD_OUT_FLOOR, context: string) {
  expect(score.retaliation.precision, context).toBeGreaterThanOrEqual(floor.retaliationPrecision);
  expect(score.retaliation.recall, context).toBeGreaterThanOrEqual(floor.retaliationRecall);
  expect(score.legalThreat.precision, context).toBeGreaterThanOrEqual(floor.legalThreatPrecision);
  expect(score.legalThreat.recall, context).toBeGreaterThanOrEqual(floor.legalThreatRecall);
  expect(score.harmlessFlagged, context).toBeLessThanOrEqual(floor.harmlessFlagged);
  expect(score.languageAccuracy, context).toBe(1);
}

describe("the labelled screening set", () => {
  it("holds at least 300 texts, 60 per language, and a held-out split of at least 100", () => {
    expect(texts.length).toBeGreaterThanOrEqual(300);
    for (const language of SCREENING_LANGUAGES) {
      expect(texts.filter((t) => t.language === language).length).toBeGreaterThanOrEqual(60);
    }
    expect(texts.filter((t) => t.split === "heldout").length).toBeGreaterThanOrEqual(100);
    expect(texts.filter((t) => t.split === "heldout-e").length).toBeGreaterThanOrEqual(100);
    expect(new Set(texts.map((t) => t.id)).size).toBe(texts.length);
  });

  it.each(["dev", "heldout", "heldout-e"])(
    "meets the precision, recall and false-positive targets in every language (%s)",
    (split) => {
      const { scores, mistakes } = evaluateScreening(texts.filter((t) => t.split === split));
      const targets = {
        retaliationPrecision: SCREENING_TARGETS.retaliation,
        retaliationRecall: SCREENING_TARGETS.retaliation,
        legalThreatPrecision: SCREENING_TARGETS.legalThreat,
        legalThreatRecall: SCREENING_TARGETS.legalThreat,
        harmlessFlagged: SCREENING_TARGETS.harmlessFlagged,
      };
      for (const score of scores) {
        expectAtLeast(
          score,
          targets,
          `${split} ${score.language}: ${JSON.stringify(mistakes, null, 1)}`,
        );
      }
    },
  );

  it("stays at or above its measured floor on the held-out texts", () => {
    const { scores, mistakes } = evaluateScreening(texts.filter((t) => t.split === "heldout"));
    for (const score of scores) {
      expectAtLeast(
        score,
        HELD_OUT_FLOOR,
        `held-out ${score.language}: ${JSON.stringify(mistakes, null, 1)}`,
      );
    }
  });
});
