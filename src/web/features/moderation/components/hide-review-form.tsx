import { FormattedMessage, useIntl } from "react-intl";
import { HideReviewBody } from "../../../../contracts/reviews";
import { FormAlert } from "../../../shared/components/form-alert";
import { SelectField, TextAreaField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useHideReview } from "../api/hide-review";
import {
  HIDE_POLICIES,
  readHideReview,
  type HidePolicy,
  type HideReviewValues,
} from "../moderation-form-state";

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
  const policyLabel = (p: HidePolicy) =>
    intl.formatMessage({ id: "moderation.hide.policy.option" }, { policy: p });
  const form = useContractForm<typeof HideReviewBody, HideReviewValues>(HideReviewBody, {
    defaultValues: { policy: "harassment", note: "" },
    read: readHideReview(policyLabel),
  });
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
      onSubmit={form.submitWith((body) => hide.mutate(body, { onError: form.showServerErrors }))}
    >
      <h3>
        <FormattedMessage id="moderation.hide.title" />
      </h3>
      <FormAlert error={hide.error} />
      <SelectField
        label={<FormattedMessage id="moderation.hide.policy" />}
        hint={<FormattedMessage id="moderation.hide.policy.hint" />}
        {...form.field("policy")}
        // The reason is the policy and the details together: its problem is named here.
        error={form.errorOf("reason")}
      >
        {HIDE_POLICIES.map((p) => (
          <option key={p} value={p}>
            {policyLabel(p)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        rows={3}
        label={<FormattedMessage id="moderation.hide.note" />}
        {...form.field("note")}
      />
      <button type="submit" className="align-start button-secondary" disabled={hide.isPending}>
        <FormattedMessage id="moderation.hide.submit" />
      </button>
    </form>
  );
}
