import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { FormAlert } from "../../../shared/components/form-alert";
import { TextAreaField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useReportContent } from "../api/case-actions";
import { REPORT_WORDS, ReportForm } from "../moderation-form-state";

/**
 * Reporting a message, a review or a review's reply of the other side to the moderators, with a reason. The
 * form opens on request; once sent, it says where the case can be followed.
 */
export function ReportContent({
  engagementId,
  subjectKind,
  subjectId,
}: {
  engagementId: string;
  subjectKind: "message" | "review" | "reply";
  subjectId: string;
}) {
  const intl = useIntl();
  const report = useReportContent(engagementId);
  const [isOpen, setIsOpen] = useState(false);
  const form = useContractForm(ReportForm, { defaultValues: { reason: "" }, words: REPORT_WORDS });
  if (report.isSuccess) {
    return (
      <p className="alert alert-success" role="status">
        <FormattedMessage id="moderation.report.sent" />
      </p>
    );
  }
  if (!isOpen) {
    return (
      <button
        type="button"
        className="button-secondary button-small align-start"
        onClick={() => setIsOpen(true)}
      >
        <FormattedMessage id="moderation.report.open" values={{ subject: subjectKind }} />
      </button>
    );
  }
  return (
    <form
      noValidate
      className="stack-sm"
      aria-label={intl.formatMessage({ id: "moderation.report.title" }, { subject: subjectKind })}
      onSubmit={form.submitWith(({ reason }) =>
        report.mutate({ subjectKind, subjectId, reason }, { onError: form.showServerErrors }),
      )}
    >
      <FormAlert error={report.error} />
      <TextAreaField
        autoFocus
        required
        rows={3}
        minLength={5}
        label={<FormattedMessage id="moderation.report.reason" />}
        hint={<FormattedMessage id="moderation.report.hint" />}
        {...form.field("reason")}
      />
      <div className="button-row">
        <button type="submit" disabled={report.isPending}>
          <FormattedMessage id="moderation.report.submit" />
        </button>
        <button type="button" className="button-secondary" onClick={() => setIsOpen(false)}>
          <FormattedMessage id="moderation.report.cancel" />
        </button>
      </div>
    </form>
  );
}
