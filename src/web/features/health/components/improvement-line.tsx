import { FormattedMessage } from "react-intl";
import type { ImprovementAction } from "../../../../domain/health/improvement";
import { IMPROVEMENT_KEYS, improvementValues } from "../../../../i18n/health-improvement-words";
import type { HealthImprovement } from "../../../shared/api/types";

/** "Pay INV-0042, 18 days overdue: +9": the single step that would raise the score most. */
export function ImprovementLine({ improvement }: { improvement: HealthImprovement | null }) {
  if (!improvement) {
    return (
      <p className="muted">
        <FormattedMessage id="health.improve.none" />
      </p>
    );
  }
  const action = improvement as unknown as ImprovementAction & { gain: number };
  return (
    <p className="health-improvement">
      <strong>
        <FormattedMessage id="health.improve.title" />
      </strong>{" "}
      <FormattedMessage id={IMPROVEMENT_KEYS[action.action]} values={improvementValues(action)} />
    </p>
  );
}
