import { FormattedMessage } from "react-intl";
import type { ScreeningNotice } from "../review-types";

/** What the sender is told after sending a text screening flagged: the policy, and any case. */
export function ScreeningOutcome({ notice }: { notice: ScreeningNotice | null | undefined }) {
  if (!notice) return null;
  return (
    <div className="alert alert-info stack-sm" role="status">
      <p>{notice.policy}</p>
      {notice.caseId ? (
        <p>
          <FormattedMessage id="reviews.screening.caseOpened" />
        </p>
      ) : null}
    </div>
  );
}
