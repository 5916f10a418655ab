import { describe, expect, it } from "vitest";
import type { LabelledText } from "../evaluate";
import { screenTextWith } from "../screen-text";
import { loadModel, scoreFeatures, storeModel, trainScorer } from "./naive-bayes";
import type { Scorer } from "./learned-finding";
import { trainingTextOf } from "./training-set";

/** A toy set: one threat the lexicons do not know ("the slow lane"), and harmless text. */
const toy = (kind: LabelledText["kind"], text: string, i: number): LabelledText => ({
  id: `toy-${i}`,
  split: "dev",
  language: "en",
  kind,
  case: "toy",
  text,
});
const TOY: LabelledText[] = [
  ...[
    "Your tickets go to the slow lane while that review stays up.",
    "Because of your review, your orders go to the slow lane.",
    "After that rating your requests go to the slow lane.",
    "Your review cost us, so your jobs go to the slow lane.",
  ].map((t, i) => toy("retaliation", t, i)),
  ...[
    "Thanks for the review, we fixed the queue for everyone.",
    "Your tickets are handled in order, the queue is short today.",
    "The review mentioned the invoice; the invoice is now paid.",
    "Please send the files by Friday so we can start.",
  ].map((t, i) => toy("none", t, i + 10)),
];

const scorer: Scorer = {
  model: trainScorer(TOY.map(trainingTextOf), { alpha: 0.5, minCount: 1, minGain: 0 }),
  options: { threshold: 2, legalThreshold: 2, unlinkedThreshold: Infinity, phrases: 3 },
};
const screen = (text: string) => screenTextWith({ text }, scorer);

describe("the learned scorer behind the rules", () => {
  it("flags a threat the rules miss and names the phrases that weighed most in it", () => {
    // "Last warning" is the threat word the scorer needs somewhere; the rules find no threat in it.
    const text = "Until your review disappears, your tickets go to the slow lane. Last warning.";
    expect(screenTextWith({ text }, null).kind).toBe("none");
    const result = screen(text);
    expect(result.kind).toBe("retaliation");
    const threats = result.evidence.filter((e) => e.role === "intimidation");
    expect(threats.length).toBeGreaterThan(0);
    for (const e of threats) expect(text).toContain(e.phrase);
    expect(result.evidence).toContainEqual({ phrase: "review", role: "review-mention" });
    expect(result.explanation).toContain("learned scorer");
  });

  it("is vetoed by the rules' reporting, question and negation scopes", () => {
    const vetoed: [string, string][] = [
      [
        "He said that until your review disappears, your tickets go to the slow lane.",
        "reported-ignored",
      ],
      ["Do tickets go to the slow lane when a review stays up?", "question-ignored"],
      ["Your review stays up and your tickets never go to the slow lane.", "negated-ignored"],
    ];
    for (const [text, role] of vetoed) {
      const result = screen(text);
      expect(result.kind, text).toBe("none");
      expect(result.evidence.map((e) => e.role)).toContain(role);
    }
  });

  it("needs a threat word somewhere in the text, whatever the scorer reads", () => {
    const text = "Until your review disappears, your tickets go to the slow lane.";
    expect(screen(text).kind).toBe("none");
    expect(screen(`${text} Last warning.`).kind).toBe("retaliation");
  });

  it("leaves harmless text alone and never flags a retaliation with no review link", () => {
    expect(screen("Your tickets are handled in order, the queue is short today.").kind).toBe(
      "none",
    );
    expect(screen("Your tickets go to the slow lane.").kind).toBe("none");
  });

  it("stores and loads its weights without changing a score", () => {
    const features = trainingTextOf(TOY[0]!).features;
    const loaded = loadModel(storeModel(scorer.model));
    expect(scoreFeatures(loaded, features).retaliation).toBeCloseTo(
      scoreFeatures(scorer.model, features).retaliation,
      6,
    );
    expect(scoreFeatures(scorer.model, features).retaliation).toBeGreaterThan(0);
  });
});
