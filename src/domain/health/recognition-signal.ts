import { GROWTH } from "./growth-constants";

export interface RecognitionSignal {
  /** Recognition the side received and consented to show, within the window. */
  count: number;
  /** What it adds beside the score: small and capped. */
  points: number;
  maxPoints: number;
}

const DAY_MS = 86_400_000;

/**
 * Recognition beyond money as a positive signal of the health model: each published
 * recognition received within the window adds a little, up to a low cap. It sits beside the
 * score and never enters the payment input, so no amount of praise stands in for paying on
 * time (and a capped score stays capped).
 */
export function recognitionSignal(publishedAt: readonly string[], now: Date): RecognitionSignal {
  const { windowDays } = GROWTH.recognition;
  const since = now.getTime() - windowDays * DAY_MS;
  return recognitionFromCount(publishedAt.filter((at) => Date.parse(at) >= since).length);
}

/** The signal of `count` recognitions inside the window (an organisation keeps only the count). */
export function recognitionFromCount(count: number): RecognitionSignal {
  const { pointsEach, maxPoints } = GROWTH.recognition;
  return { count, points: Math.min(maxPoints, count * pointsEach), maxPoints };
}
