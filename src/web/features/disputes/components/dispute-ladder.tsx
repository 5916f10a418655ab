import { FormattedMessage, useIntl } from "react-intl";
import type { Dispute } from "../dispute-types";

const RUNG_LABELS = {
  negotiation: "agreement.dispute.negotiation",
  amends: "agreement.dispute.amends",
  mediation: "agreement.dispute.mediation",
  separation: "agreement.dispute.separation",
} as const;

/** The agreement's ladder as Accord runs it, the current step marked for every reader. */
export function DisputeLadder({
  ladder,
  rung,
  isOpen,
}: {
  ladder: Dispute["ladder"];
  rung: Dispute["rung"];
  isOpen: boolean;
}) {
  const intl = useIntl();
  return (
    <ol className="dispute-ladder" aria-label={intl.formatMessage({ id: "disputes.ladder.label" })}>
      {ladder.map((step) => {
        const isCurrent = step === rung;
        return (
          <li
            key={step}
            aria-current={isCurrent && isOpen ? "step" : undefined}
            className={isCurrent ? "dispute-step dispute-step-current" : "dispute-step"}
          >
            <FormattedMessage id={RUNG_LABELS[step]} />
            {isCurrent ? (
              <>
                {" "}
                <span className="muted">
                  <FormattedMessage id="disputes.ladder.current" />
                </span>
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
