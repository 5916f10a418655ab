import type { Scorer } from "./learned-finding";
import { loadModel, type StoredModel } from "./naive-bayes";
import signalWeights from "./signal-weights.json";
import weights from "./weights.json";

/**
 * The scorer `screenText` uses: weights trained on every labelled and held-out set by
 * `npm run train:screen` (scripts/train-screen-scorer.ts), and the thresholds chosen by
 * leave-one-set-out evaluation (`npm run eval:screen-loso`, `bench/screen-signals.ts`,
 * docs/SCREENING.md). The signal model flags from a probability of 0.99: the highest recall
 * with at most 1.5% of harmless texts flagged in every language and a retaliation precision of
 * at least 97% when each set is left out (`node --import tsx bench/screen-signals.ts`).
 */
export const DEFAULT_SCORER: Scorer = {
  model: loadModel(weights as StoredModel),
  options: { threshold: 12, legalThreshold: 20, unlinkedThreshold: 30, phrases: 3 },
  signals: { retaliation: signalWeights, threshold: 0.99 },
};
