import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { TextAreaField } from "../../../shared/components/fields";
import { useRespondToDispute } from "../api/change-dispute";

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
  const [response, setResponse] = useState("");
  return (
    <form
      noValidate
      className="stack-sm"
      aria-label={intl.formatMessage({ id: "disputes.respond.form" })}
      onSubmit={(event) => {
        event.preventDefault();
        respond.mutate(response);
      }}
    >
      <FormAlert error={respond.error} />
      <TextAreaField
        required
        rows={3}
        label={<FormattedMessage id="disputes.respond.label" />}
        error={fieldError(respond.error, "response")}
        value={response}
        onChange={(event) => setResponse(event.target.value)}
      />
      <button type="submit" className="align-start" disabled={respond.isPending}>
        <FormattedMessage id="disputes.respond.submit" />
      </button>
    </form>
  );
}
