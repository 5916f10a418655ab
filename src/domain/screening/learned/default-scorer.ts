import type { Scorer } from "./learned-finding";
import { loadModel, type StoredModel } from "./naive-bayes";
import weights from "./weights.json";

/**
 * The scorer `screenText` uses: weights trained on every labelled and held-out set by
 * `npm run train:screen` (scripts/train-screen-scorer.ts), and the threshold chosen by
 * leave-one-set-out evaluation (`npm run eval:screen-loso`, docs/SCREENING.md).
 */
export const DEFAULT_SCORER: Scorer = {
  model: loadModel(weights as StoredModel),
  options: { threshold: 12, legalThreshold: 20, unlinkedThreshold: 30, phrases: 3 },
};
