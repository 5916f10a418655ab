import type { LabelledText } from "../evaluate";
import { readText } from "../screen-text";
import { featuresOf } from "./features";
import type { TrainingText } from "./naive-bayes";

/** A labelled text as the scorer sees it: its features and its kind. */
export function trainingTextOf(item: LabelledText): TrainingText {
  const reading = readText(item.text);
  const hasContextLink = Boolean(item.context?.followsReviewOfSender || item.context?.reviewId);
  const features = featuresOf(reading.norm.text, {
    sentences: reading.sentences,
    lex: reading.lex,
    hasContextLink,
  });
  return { features: features.map((f) => f.name), kind: item.kind };
}
