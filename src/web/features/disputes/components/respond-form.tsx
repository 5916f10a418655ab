import { FormattedMessage, useIntl } from "react-intl";
import { FormAlert } from "../../../shared/components/form-alert";
import { TextAreaField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { RespondToDisputeBody } from "../../../../contracts/disputes";
import { useRespondToDispute } from "../api/change-dispute";
import { RESPOND_WORDS } from "../dispute-form-state";

/** The other side's answer to an opening: its right to be heard before anything moves on. */
export function RespondForm({
  engagementId,
  disputeId,
}: {
  engagementId: string;
  disputeId: string;
}) {
  const intl = useIntl();
  const respond = useRespondToDispute(engagementId, disputeId);
  const form = useContractForm(RespondToDisputeBody, {
    defaultValues: { response: "" },
    words: RESPOND_WORDS,
  });
  return (
    <form
      noValidate
      className="stack-sm"
      aria-label={intl.formatMessage({ id: "disputes.respond.form" })}
      onSubmit={form.submitWith(({ response }) =>
        respond.mutate(response, { onError: form.showServerErrors }),
      )}
    >
      <FormAlert error={respond.error} />
      <TextAreaField
        required
        rows={3}
        label={<FormattedMessage id="disputes.respond.label" />}
        {...form.field("response")}
      />
      <button type="submit" className="align-start" disabled={respond.isPending}>
        <FormattedMessage id="disputes.respond.submit" />
      </button>
    </form>
  );
}
