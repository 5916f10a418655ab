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

/** Minimum scores a split must reach, per language. */
interface Floor {
  retaliationPrecision: number;
  retaliationRecall: number;
  legalThreatPrecision: number;
  legalThreatRecall: number;
  harmlessFlagged: number;
}

function expectAtLeast(score: LanguageScore, floor: Floor, context: string) {
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
    expect(texts.filter((t) => t.split === "heldout-f").length).toBeGreaterThanOrEqual(100);
    expect(new Set(texts.map((t) => t.id)).size).toBe(texts.length);
  });

  it.each(["dev", "heldout", "heldout-e", "heldout-f"])(
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
});
