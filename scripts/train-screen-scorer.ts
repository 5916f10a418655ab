/**
 * Trains the screening scorer on every labelled and held-out text and writes its weights to
 * src/domain/screening/learned/weights.json, which the classifier imports (no I/O at run
 * time). Run `npm run train:screen` after changing the sets or the features.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readLabelledSet } from "../bench/screen-eval";
import { storeModel, trainScorer } from "../src/domain/screening/learned/naive-bayes";
import { trainingTextOf } from "../src/domain/screening/learned/training-set";

const WEIGHTS = fileURLToPath(
  new URL("../src/domain/screening/learned/weights.json", import.meta.url),
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
