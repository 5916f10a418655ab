import { FormattedMessage } from "react-intl";
import type { ImprovementAction } from "../../../../domain/health/improvement";
import type { HealthImprovement } from "../../../shared/api/types";
import { IMPROVEMENT_LABELS } from "../health-labels";

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
  const values = valuesOf(action);
  return (
    <p className="health-improvement">
      <strong>
        <FormattedMessage id="health.improve.title" />
      </strong>{" "}
      <FormattedMessage
        id={IMPROVEMENT_LABELS[action.action]}
        values={{ ...values, gain: action.gain }}
      />
    </p>
  );
}

function valuesOf(action: ImprovementAction): Record<string, string | number> {
  switch (action.action) {
    case "pay_invoice":
      return { number: action.number, days: action.daysOverdue };
    case "settle_change_request":
      return { number: action.number, title: action.title };
    case "evaluate_submission":
      return { deliverable: action.deliverableTitle, days: action.businessDays };
    case "deliver_milestone":
      return { title: action.title, days: action.daysLate };
    case "answer_thread":
      return {};
  }
}
