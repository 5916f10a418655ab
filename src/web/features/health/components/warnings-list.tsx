import { FormattedMessage } from "react-intl";
import { Link } from "react-router";
import type { NextStep, WarningCode } from "../../../../domain/health/warnings";
import type { HealthWarning } from "../../../shared/api/types";
import { NEXT_STEP_KEYS, warningReasonKey } from "../../../../i18n/health-warning-keys";
import { WARNING_NAMES } from "../health-labels";
import { nextStepPath } from "../health-view";
import { EvidenceList } from "./evidence-list";

/**
 * The engagement's warnings, red first: each with its level, the reason in the reader's language,
 * the evidence behind it, who can act, and the next step as a link to where it is taken.
 */
export function WarningsList({
  engagementId,
  warnings,
}: {
  engagementId: string;
  warnings: readonly HealthWarning[];
}) {
  if (warnings.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="health.warnings.none" />
      </p>
    );
  }
  const sorted = [...warnings].sort((a, b) =>
    a.level === b.level ? 0 : a.level === "red" ? -1 : 1,
  );
  return (
    <ul className="stack-sm health-warnings">
      {sorted.map((warning) => {
        const code = warning.code as WarningCode;
        const step = warning.nextStep as NextStep;
        return (
          <li
            key={warning.key}
            className={`card stack-sm health-warning health-warning-${warning.level}`}
            data-warning={code}
          >
            <p className="card-head">
              <span
                className={warning.level === "red" ? "badge badge-serious" : "badge badge-warning"}
              >
                <FormattedMessage id="health.warning.level" values={{ level: warning.level }} />
              </span>{" "}
              <strong>
                <FormattedMessage id={WARNING_NAMES[code]} />
              </strong>
            </p>
            <p>
              <FormattedMessage
                id={warningReasonKey({ code, level: warning.level })}
                values={warning.values}
              />
            </p>
            <p className="muted">
              <FormattedMessage
                id="health.warning.responsible"
                values={{ side: warning.responsibleSide }}
              />
            </p>
            {warning.evidence.length > 0 ? (
              <div>
                <FormattedMessage id="health.warning.evidence" />{" "}
                <EvidenceList engagementId={engagementId} evidence={warning.evidence} />
              </div>
            ) : null}
            <p className="health-next-step">
              <FormattedMessage id="health.warning.nextStep" />{" "}
              <Link to={nextStepPath(engagementId, step)}>
                <FormattedMessage id={NEXT_STEP_KEYS[step]} />
              </Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
