import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { SelectField, TextAreaField, formText } from "../../../shared/components/fields";
import { useHideReview } from "../api/hide-review";

/** The policy reasons a moderator may hide a review's text for. */
export const HIDE_POLICIES = [
  "personal_data",
  "harassment",
  "off_topic",
  "conflict_of_interest",
  "unlawful",
  "other",
] as const;
type HidePolicy = (typeof HIDE_POLICIES)[number];

/**
 * A moderator hides the review a case is about: a policy reason picked from the list, with
 * optional details; both sides read the stated reason where the text was.
 */
export function HideReviewForm({
  reviewId,
  engagementId,
}: {
  reviewId: string;
  engagementId: string;
}) {
  const intl = useIntl();
  const hide = useHideReview(reviewId, engagementId);
  const [policy, setPolicy] = useState<HidePolicy>("harassment");
  const policyLabel = (p: HidePolicy) =>
    intl.formatMessage({ id: "moderation.hide.policy.option" }, { policy: p });
  if (hide.data) {
    return (
      <p className="alert alert-info" role="status">
        <FormattedMessage id="moderation.hide.done" values={{ reason: hide.data.reason }} />
      </p>
    );
  }
  return (
    <form
      noValidate
      className="stack-sm"
      aria-label={intl.formatMessage({ id: "moderation.hide.title" })}
      onSubmit={(event) => {
        event.preventDefault();
        const note = formText(new FormData(event.currentTarget), "note").trim();
        hide.mutate({ reason: note ? `${policyLabel(policy)}: ${note}` : policyLabel(policy) });
      }}
    >
      <h3>
        <FormattedMessage id="moderation.hide.title" />
      </h3>
      <FormAlert error={hide.error} />
      <SelectField
        name="policy"
        value={policy}
        onChange={(event) => setPolicy(event.target.value as HidePolicy)}
        label={<FormattedMessage id="moderation.hide.policy" />}
        hint={<FormattedMessage id="moderation.hide.policy.hint" />}
        error={fieldError(hide.error, "reason")}
      >
        {HIDE_POLICIES.map((p) => (
          <option key={p} value={p}>
            {policyLabel(p)}
          </option>
        ))}
      </SelectField>
      <TextAreaField name="note" rows={3} label={<FormattedMessage id="moderation.hide.note" />} />
      <button type="submit" className="align-start button-secondary" disabled={hide.isPending}>
        <FormattedMessage id="moderation.hide.submit" />
      </button>
    </form>
  );
}
