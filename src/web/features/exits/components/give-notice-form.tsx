import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ConfirmDialog } from "../../../shared/components/confirm-dialog";
import { GiveNoticeBody } from "../../../../contracts/exits";
import { FormAlert } from "../../../shared/components/form-alert";
import { SelectField, TextAreaField, TextField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useGiveNotice } from "../api/change-exit";
import { GIVE_NOTICE_WORDS, readGiveNotice, type GiveNoticeValues } from "../exit-form-state";
import type { GiveNoticeBody as GiveNoticeInput } from "../exit-types";

/** Gives notice under the agreement, or for a breach with the cure period it grants. */
export function GiveNoticeForm({ engagementId }: { engagementId: string }) {
  const intl = useIntl();
  const give = useGiveNotice(engagementId);
  const form = useContractForm<typeof GiveNoticeBody, GiveNoticeValues>(GiveNoticeBody, {
    defaultValues: { reason: "notice", curePeriodDays: "", note: "" },
    words: GIVE_NOTICE_WORDS,
    read: readGiveNotice,
  });
  const reason = form.watch("reason");
  // The checked notice, held while the dialog asks whether to go ahead.
  const [confirming, setConfirming] = useState<GiveNoticeInput | null>(null);
  return (
    <form
      noValidate
      className="card stack-sm"
      aria-label={intl.formatMessage({ id: "exit.notice.form" })}
      onSubmit={form.submitWith((body) => setConfirming(body))}
    >
      <h2>
        <FormattedMessage id="exit.notice.form" />
      </h2>
      <FormAlert error={give.error} />
      <SelectField label={<FormattedMessage id="exit.notice.reason" />} {...form.field("reason")}>
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
          {...form.field("curePeriodDays")}
        />
      ) : null}
      <TextAreaField
        rows={2}
        label={<FormattedMessage id="exit.notice.note" />}
        {...form.field("note")}
      />
      <button type="submit" className="align-start" disabled={give.isPending}>
        <FormattedMessage id="exit.notice.submit" />
      </button>
      <ConfirmDialog
        isOpen={confirming !== null}
        title={<FormattedMessage id="confirm.giveNotice.title" />}
        consequence={<FormattedMessage id="confirm.giveNotice.body" />}
        confirmLabel={<FormattedMessage id="exit.notice.submit" />}
        isDanger
        onConfirm={() => {
          if (confirming)
            form.oneAtATime(() => give.mutate(confirming, { onError: form.showServerErrors }));
          setConfirming(null);
        }}
        onCancel={() => setConfirming(null)}
      />
    </form>
  );
}
