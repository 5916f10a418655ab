import { useRef } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { isApiError } from "../../../shared/api/api-client";
import { FormAlert } from "../../../shared/components/form-alert";
import { TextAreaField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { RespondToDisputeBody } from "../../../../contracts/disputes";
import { ScreeningNudge } from "../../messages/components/screening-nudge";
import { useRespondToDispute } from "../api/change-dispute";
import { RESPOND_WORDS } from "../dispute-form-state";

/**
 * The other side's answer to an opening: its right to be heard before anything moves on.
 * Screened like a message, with the nudge before a text that reads as a threat.
 */
export function RespondForm({
  engagementId,
  disputeId,
}: {
  engagementId: string;
  disputeId: string;
}) {
  const intl = useIntl();
  const respond = useRespondToDispute(engagementId, disputeId);
  const formRef = useRef<HTMLFormElement>(null);
  const nudge = isApiError(respond.error, "screening_nudge") ? respond.error : null;
  const form = useContractForm(RespondToDisputeBody, {
    defaultValues: { response: "", sendAnyway: false },
    words: RESPOND_WORDS,
  });
  const deliver =
    (sendAnyway: boolean) =>
    ({ response }: { response: string }) =>
      respond.mutate({ response, sendAnyway }, { onError: form.showServerErrors });
  return (
    <form
      ref={formRef}
      noValidate
      className="stack-sm"
      aria-label={intl.formatMessage({ id: "disputes.respond.form" })}
      onSubmit={form.submitWith(deliver(false))}
    >
      {nudge ? (
        <ScreeningNudge
          nudge={nudge}
          isSending={respond.isPending}
          onRevise={() => {
            respond.reset();
            formRef.current?.querySelector("textarea")?.focus();
          }}
          onSendAnyway={() => form.submitWith(deliver(true))()}
        />
      ) : (
        <FormAlert error={respond.error} />
      )}
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
