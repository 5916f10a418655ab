import { FormattedMessage } from "react-intl";
import type { HealthSideScore } from "../../../shared/api/types";

/**
 * What recognition received with consent adds to a score, explained like an input: how many,
 * the points, and their cap. Nothing shows for a side that received none, nor beside no score
 * (recognition alone never makes one).
 */
export function RecognitionPoints({
  score,
  recognition,
}: {
  score: number | null;
  recognition: HealthSideScore["recognition"];
}) {
  if (recognition.count === 0 || score === null) return null;
  return (
    <p className="muted health-recognition">
      <FormattedMessage
        id="health.score.recognition"
        values={{
          count: recognition.count,
          points: recognition.points,
          max: recognition.maxPoints,
        }}
      />
    </p>
  );
}
