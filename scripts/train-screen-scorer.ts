/**
 * Trains the screening scorer and the signal model on every labelled and held-out text and
 * writes their weights to src/domain/screening/learned/weights.json and signal-weights.json,
 * which the classifier imports (no I/O at run time). Run `npm run train:screen` after changing the sets or the features.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readLabelledSet } from "../bench/screen-eval";
import { SCREENING_SPLITS } from "../src/domain/screening/evaluate";
import {
  scoreFeatures,
  storeModel,
  trainScorer,
} from "../src/domain/screening/learned/naive-bayes";
import { trainLogistic } from "../src/domain/screening/learned/logistic";
import { signalFeatures, signalsOf } from "../src/domain/screening/learned/signals";
import { trainingTextOf } from "../src/domain/screening/learned/training-set";
import { readText } from "../src/domain/screening/screen-text";

const WEIGHTS = fileURLToPath(
  new URL("../src/domain/screening/learned/weights.json", import.meta.url),
);

const SIGNAL_WEIGHTS = fileURLToPath(
  new URL("../src/domain/screening/learned/signal-weights.json", import.meta.url),
);

const texts = readLabelledSet();
const model = trainScorer(texts.map(trainingTextOf));
const stored = storeModel(model);
// Written as the formatter would print it, so `prettier --check` passes on a fresh file.
writeFileSync(
  WEIGHTS,
  `{\n  "prior": [${stored.prior.join(", ")}],\n  "features": ${JSON.stringify(stored.features)}\n}\n`,
);
process.stdout.write(
  `trained on ${texts.length} texts: ${Object.keys(model.features).length} features -> ${WEIGHTS}\n`,
);

// The signal model: the weak signals of every text and the scorer's log-odds, read out of
// fold (each text scored by a scorer trained without its set), retaliation against the rest.
const trainingTexts = texts.map(trainingTextOf);
const outOfFold = new Map<string, number>();
for (const split of SCREENING_SPLITS) {
  const inner = trainScorer(trainingTexts.filter((_, i) => texts[i]!.split !== split));
  texts.forEach((t, i) => {
    if (t.split === split) {
      outOfFold.set(t.id, scoreFeatures(inner, trainingTexts[i]!.features).retaliation);
    }
  });
}
const signalModel = trainLogistic(
  texts.map((t) => ({
    features: signalFeatures(
      signalsOf(readText(t.text), Boolean(t.context?.followsReviewOfSender || t.context?.reviewId)),
      outOfFold.get(t.id)!,
    ),
    positive: t.kind === "retaliation",
  })),
);
writeFileSync(SIGNAL_WEIGHTS, `${JSON.stringify(signalModel, null, 2)}\n`);
process.stdout.write(
  `signal model: ${Object.keys(signalModel.weights).length} weights -> ${SIGNAL_WEIGHTS}\n`,
);
