import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ConfirmDialog } from "../../../shared/components/confirm-dialog";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { SelectField, TextAreaField, TextField } from "../../../shared/components/fields";
import { useGiveNotice } from "../api/change-exit";

/** Gives notice under the agreement, or for a breach with the cure period it grants. */
export function GiveNoticeForm({ engagementId }: { engagementId: string }) {
  const intl = useIntl();
  const give = useGiveNotice(engagementId);
  const [reason, setReason] = useState<"notice" | "breach">("notice");
  const [cureDays, setCureDays] = useState("");
  const [note, setNote] = useState("");
  const [isConfirming, setConfirming] = useState(false);
  return (
    <form
      noValidate
      className="card stack-sm"
      aria-label={intl.formatMessage({ id: "exit.notice.form" })}
      onSubmit={(event) => {
        event.preventDefault();
        setConfirming(true);
      }}
    >
      <h2>
        <FormattedMessage id="exit.notice.form" />
      </h2>
      <FormAlert error={give.error} />
      <SelectField
        label={<FormattedMessage id="exit.notice.reason" />}
        value={reason}
        onChange={(event) => setReason(event.target.value === "breach" ? "breach" : "notice")}
      >
        {(["notice", "breach"] as const).map((option) => (
          <option key={option} value={option}>
            {intl.formatMessage({ id: "exit.notice.reason.option" }, { reason: option })}
          </option>
        ))}
      </SelectField>
      {reason === "breach" ? (
        <TextField
          type="number"
          min={0}
          max={365}
          label={<FormattedMessage id="exit.notice.cureDays" />}
          error={fieldError(give.error, "curePeriodDays")}
          value={cureDays}
          onChange={(event) => setCureDays(event.target.value)}
        />
      ) : null}
      <TextAreaField
        rows={2}
        label={<FormattedMessage id="exit.notice.note" />}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="submit" className="align-start" disabled={give.isPending}>
        <FormattedMessage id="exit.notice.submit" />
      </button>
      <ConfirmDialog
        isOpen={isConfirming}
        title={<FormattedMessage id="confirm.giveNotice.title" />}
        consequence={<FormattedMessage id="confirm.giveNotice.body" />}
        confirmLabel={<FormattedMessage id="exit.notice.submit" />}
        isDanger
        onConfirm={() => {
          setConfirming(false);
          give.mutate({
            reason,
            curePeriodDays: reason === "breach" && cureDays !== "" ? Number(cureDays) : null,
            note,
          });
        }}
        onCancel={() => setConfirming(false)}
      />
    </form>
  );
}
