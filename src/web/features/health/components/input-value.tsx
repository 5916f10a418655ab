import { FormattedMessage, FormattedNumber } from "react-intl";
import { HEALTH, type HealthInput } from "../../../../domain/health/constants";
import type { HealthInputExplanation } from "../../../shared/api/types";

/**
 * An input's measured value in words: a rate with the sample behind it, days, a ratio, a share,
 * a count. Satisfaction's mean never leaves the server (it could give one answer away).
 */
export function InputRawValue({ input }: { input: HealthInputExplanation }) {
  const raw = input.raw;
  if (input.input === "satisfaction") {
    if (input.normalised !== null) return <FormattedMessage id="health.raw.private" />;
    // Ratings given but withheld: too few organisations rated to hide one answer among them.
    return input.evidence.length > 0 ? (
      <FormattedMessage
        id="health.raw.privateUncounted"
        values={{ count: HEALTH.satisfactionMinCohort }}
      />
    ) : (
      <FormattedMessage id="health.noEvidence" />
    );
  }
  if (raw === null) return <FormattedMessage id="health.noEvidence" />;
  const percent = (value: number) => (
    <FormattedNumber key="p" value={value} style="percent" maximumFractionDigits={0} />
  );
  switch (input.input as HealthInput) {
    case "reliability":
    case "quality":
    case "responsiveness":
      return (
        <FormattedMessage
          id="health.raw.rate"
          values={{ rate: percent(raw), k: input.sample?.k ?? 0, n: input.sample?.n ?? 0 }}
        />
      );
    case "costAdherence":
      return (
        <FormattedMessage
          id="health.raw.ratio"
          values={{
            ratio: <FormattedNumber key="r" value={raw} maximumFractionDigits={2} />,
          }}
        />
      );
    case "payment":
      return <FormattedMessage id="health.raw.daysPastDue" values={{ days: Math.round(raw) }} />;
    case "scopeStability":
      return <FormattedMessage id="health.raw.unpricedShare" values={{ share: percent(raw) }} />;
    case "feedbackLatency":
      return (
        <FormattedMessage
          id="health.raw.businessDays"
          values={{ days: Math.round(raw * 10) / 10 }}
        />
      );
    case "fairDealing":
      return <FormattedMessage id="health.raw.findings" values={{ count: Math.round(raw) }} />;
    case "satisfaction":
      return <FormattedMessage id="health.raw.private" />;
  }
}
