import type { Scorer } from "./learned-finding";
import type { ScorerModel } from "./naive-bayes";
import weights from "./weights.json";

/**
 * The scorer `screenText` uses: weights trained on every labelled and held-out set by
 * `npm run train:screen` (scripts/train-screen-scorer.ts), and the threshold chosen by
 * leave-one-set-out evaluation (`npm run eval:screen-loso`, docs/SCREENING.md).
 */
export const DEFAULT_SCORER: Scorer = {
  model: weights as ScorerModel,
  options: { threshold: 8, phrases: 3 },
};
