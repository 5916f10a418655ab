import { describe, expect, it } from "vitest";
import { readText } from "../screen-text";
import { probabilityOf, trainLogistic } from "./logistic";
import { kindBySignals, signalFinding, type SignalModel } from "./signal-finding";
import { signalFeatures, signalsOf } from "./signals";

const CONTEXT = [{ phrase: "followsReviewOfSender", role: "context-link" as const }];

describe("the weak signals of a text", () => {
  it("reads harm to the reader by meaning, in the sender's voice only", () => {
    const threat = signalsOf(readText("After that review nobody in town will hire you."), true);
    expect(threat.fired.has("harm")).toBe(true);
    expect(threat.fired.has("review")).toBe(true);
    expect(signalFeatures(threat, 25)).toContain("review&harm");
    expect(signalFeatures(threat, 25)).toContain("context&nb>=20");
    expect(signalFeatures(threat, 25)).not.toContain("nb>=30");

    const reported = signalsOf(
      readText("He said nobody in town will hire you, which is nonsense."),
      false,
    );
    expect(reported.fired.has("harm")).toBe(false);
    expect(reported.fired.has("disarmed")).toBe(true);
  });

  it("reads legal words as disarmed when they are negated", () => {
    const signals = signalsOf(readText("We will not take legal action over your review."), true);
    expect(signals.fired.has("legal")).toBe(false);
    expect(signals.fired.has("disarmed")).toBe(true);
  });
});

describe("the logistic regression", () => {
  it("learns the same weights from the same texts and ranks a positive feature higher", () => {
    const texts = [
      { features: ["a", "b"], positive: true },
      { features: ["a"], positive: true },
      { features: ["b"], positive: false },
      { features: ["c"], positive: false },
      { features: ["a", "c"], positive: true },
      { features: ["b", "c"], positive: false },
    ];
    const options = { epochs: 200, learningRate: 1, l2: 0, minCount: 1 };
    const model = trainLogistic(texts, options);
    expect(trainLogistic(texts, options)).toEqual(model);
    expect(probabilityOf(model, ["a"])).toBeGreaterThan(0.5);
    expect(probabilityOf(model, ["b"])).toBeLessThan(0.5);
  });
});

describe("the signal model behind the rules and the scorer", () => {
  const model: SignalModel = {
    retaliation: { bias: -2, weights: { "review&harm": 4, "context&harm": 1 } },
    threshold: 0.9,
  };

  it("flags a review link with harm to the reader and names the phrases", () => {
    const reading = readText("Saw your review. Nobody in this town will ever hire you again.");
    const finding = signalFinding(reading, CONTEXT, model, 0);
    expect(finding?.kind).toBe("retaliation");
    expect(finding?.combined).toBe(true);
    const phrases = finding?.evidence.map((e) => `${e.role}:${e.phrase}`) ?? [];
    expect(phrases).toContain("context-link:followsReviewOfSender");
    expect(phrases).toContain("review-mention:review");
    expect(phrases.some((p) => p.startsWith("intimidation:Nobody"))).toBe(true);
  });

  it("names the scorer's phrases beside the signals' when the scorer's reading counted", () => {
    const reading = readText("Saw your review. Nobody in this town will ever hire you again.");
    const scorer = () => [{ phrase: "town", role: "intimidation" as const }];
    const counted = signalFinding(reading, CONTEXT, model, 12, scorer);
    expect(counted?.evidence.map((e) => e.phrase)).toContain("town");
    const ignored = signalFinding(reading, CONTEXT, model, -5, scorer);
    expect(ignored?.evidence.map((e) => e.phrase)).not.toContain("town");
  });

  it("flags nothing without a review link, or under the threshold", () => {
    const unlinked = readText("Nobody in this town will ever hire you again.");
    expect(kindBySignals(signalsOf(unlinked, false), 50, model)).toBe("none");
    const strict = { ...model, threshold: 0.999 };
    const linked = readText("Saw your review. Nobody in this town will ever hire you again.");
    expect(kindBySignals(signalsOf(linked, true), 0, strict)).toBe("none");
  });

  it("weighs the scorer's log-odds as steps beside the signals", () => {
    const reading = readText("Saw your review. Interesting times ahead for your shop.");
    const byScore = { ...model, retaliation: { bias: -3, weights: { "context&nb>=45": 8 } } };
    expect(kindBySignals(signalsOf(reading, true), 50, byScore)).toBe("retaliation");
    expect(kindBySignals(signalsOf(reading, true), 20, byScore)).toBe("none");
  });
});
