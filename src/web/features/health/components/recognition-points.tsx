import { FormattedMessage } from "react-intl";
import type { HealthSideScore } from "../../../shared/api/types";

/**
 * What recognition received with consent adds to a score, explained like an input: how many,
 * the points, and their cap. Nothing shows for a side that received none.
 */
export function RecognitionPoints({
  recognition,
}: {
  recognition: HealthSideScore["recognition"];
}) {
  if (recognition.count === 0) return null;
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
