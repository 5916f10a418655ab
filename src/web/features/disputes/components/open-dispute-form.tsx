import { useRef, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { isApiError } from "../../../shared/api/api-client";
import { FormAlert } from "../../../shared/components/form-alert";
import { SelectField, TextAreaField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { ScreeningNudge } from "../../messages/components/screening-nudge";
import { useOpenDispute } from "../api/change-dispute";
import { OPEN_DISPUTE_WORDS, OpenDisputeForm as OpenDisputeContract } from "../dispute-form-state";
import type { DisputeRecord } from "../dispute-record";
import type { DisputeSubjectKind } from "../dispute-types";

const KINDS: readonly DisputeSubjectKind[] = ["evaluation", "invoice", "change_request", "conduct"];

/**
 * Opens a dispute about one item of the engagement, stating what happened and what you want.
 * The texts are screened like a message: one that reads as a threat gets the nudge first.
 */
export function OpenDisputeForm({
  engagementId,
  record,
  onDone,
}: {
  engagementId: string;
  record: DisputeRecord;
  onDone: () => void;
}) {
  const intl = useIntl();
  const open = useOpenDispute(engagementId);
  const formRef = useRef<HTMLFormElement>(null);
  const nudge = isApiError(open.error, "screening_nudge") ? open.error : null;
  const [kind, setKind] = useState<DisputeSubjectKind>("evaluation");
  const choices =
    kind === "evaluation"
      ? record.deliverables.map((d) => ({ id: d.id, label: d.title }))
      : kind === "invoice"
        ? record.invoices.map((i) => ({ id: i.id, label: i.number }))
        : [];
  const [ref, setRef] = useState("");
  const form = useContractForm(OpenDisputeContract, {
    defaultValues: { statement: "", wants: "" },
    words: OPEN_DISPUTE_WORDS,
  });
  const chosenRef = choices.some((c) => c.id === ref) ? ref : (choices[0]?.id ?? "");
  const deliver = (sendAnyway: boolean) => (texts: { statement: string; wants: string }) =>
    open.mutate(
      {
        subject: { kind, ref: kind === "conduct" ? null : chosenRef || null },
        ...texts,
        sendAnyway,
      },
      { onSuccess: onDone, onError: form.showServerErrors },
    );
  return (
    <form
      ref={formRef}
      noValidate
      className="card stack-sm"
      aria-label={intl.formatMessage({ id: "disputes.open.form" })}
      onSubmit={form.submitWith(deliver(false))}
    >
      {nudge ? (
        <ScreeningNudge
          nudge={nudge}
          isSending={open.isPending}
          onRevise={() => {
            open.reset();
            formRef.current?.querySelector("textarea")?.focus();
          }}
          onSendAnyway={() => form.submitWith(deliver(true))()}
        />
      ) : (
        <FormAlert error={open.error} />
      )}
      <SelectField
        autoFocus
        label={<FormattedMessage id="disputes.open.subject" />}
        value={kind}
        onChange={(event) => setKind(event.target.value as DisputeSubjectKind)}
      >
        {KINDS.map((option) => (
          <option key={option} value={option}>
            {intl.formatMessage({ id: "disputes.subject.kind" }, { kind: option })}
          </option>
        ))}
      </SelectField>
      {choices.length > 0 ? (
        <SelectField
          label={<FormattedMessage id="disputes.open.item" />}
          value={chosenRef}
          error={form.errorOf("subject.ref")}
          onChange={(event) => setRef(event.target.value)}
        >
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextAreaField
        required
        rows={3}
        label={<FormattedMessage id="disputes.open.statement" />}
        hint={<FormattedMessage id="disputes.open.statement.hint" />}
        {...form.field("statement")}
      />
      <TextAreaField
        required
        rows={2}
        label={<FormattedMessage id="disputes.open.wants" />}
        hint={<FormattedMessage id="disputes.open.wants.hint" />}
        {...form.field("wants")}
      />
      <div className="button-row">
        <button type="submit" disabled={open.isPending}>
          <FormattedMessage id="disputes.open.submit" />
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          <FormattedMessage id="disputes.form.cancel" />
        </button>
      </div>
    </form>
  );
}
