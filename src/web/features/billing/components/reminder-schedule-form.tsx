import { useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { ApiError, isApiError } from "../../../shared/api/api-client";
import type { ReminderSchedule } from "../../../shared/api/types";
import { TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useReminderSchedule, useUpdateReminderSchedule } from "../api/reminder-schedule";
import { formatOffsets } from "../reminder-offsets";
import { reminderScheduleForm, type ReminderScheduleValues } from "../reminder-schedule-form-state";

/**
 * When a provider's clients are reminded, in days from each invoice's due date. Everyone in
 * the provider organisation reads it; owners change it, for invoices issued from then on.
 */
export function ReminderScheduleSection({
  orgId,
  canManage,
}: {
  orgId: string;
  canManage: boolean;
}) {
  const schedule = useReminderSchedule(orgId);
  return (
    <section className="card stack" aria-labelledby="reminder-schedule-title">
      <h2 id="reminder-schedule-title" className="h-small">
        <FormattedMessage id="reminderSchedule.title" />
      </h2>
      <p className="field-hint">
        <FormattedMessage id="reminderSchedule.explain" />
      </p>
      {schedule.isPending ? (
        <Loading />
      ) : schedule.isError ? (
        <QueryError error={schedule.error} onRetry={() => void schedule.refetch()} />
      ) : (
        <>
          <ScheduleInWords schedule={schedule.data} />
          {canManage ? (
            <ReminderScheduleForm orgId={orgId} schedule={schedule.data} />
          ) : (
            <p className="muted">
              <FormattedMessage id="reminderSchedule.readOnly" />
            </p>
          )}
        </>
      )}
    </section>
  );
}

function ScheduleInWords({ schedule }: { schedule: ReminderSchedule }) {
  const intl = useIntl();
  if (schedule.offsets.length === 0) {
    return (
      <p>
        <FormattedMessage id="reminderSchedule.none" />
      </p>
    );
  }
  const days = schedule.offsets.map((offset) =>
    intl.formatMessage(
      { id: "reminderSchedule.day" },
      {
        days: Math.abs(offset),
        when: offset < 0 ? "before" : offset === 0 ? "on" : "after",
      },
    ),
  );
  return (
    <p>
      <FormattedMessage
        id="reminderSchedule.current"
        values={{
          days: intl.formatList(days, { type: "conjunction" }),
          isDefault: schedule.isDefault ? "yes" : "no",
        }}
      />
      {schedule.updatedAt ? (
        <>
          {" "}
          <span className="muted">
            <FormattedMessage
              id="reminderSchedule.updated"
              values={{
                date: <FormattedDate key="date" value={schedule.updatedAt} dateStyle="long" />,
              }}
            />
          </span>
        </>
      ) : null}
    </p>
  );
}

function ReminderScheduleForm({ orgId, schedule }: { orgId: string; schedule: ReminderSchedule }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const update = useUpdateReminderSchedule(orgId);
  const form = useContractForm<ReturnType<typeof reminderScheduleForm>, ReminderScheduleValues>(
    reminderScheduleForm(locale),
    { defaultValues: { offsets: formatOffsets(schedule.offsets) } },
  );
  const [isSaved, setIsSaved] = useState(false);
  // The server names each day it refuses by its place (`offsets.3`); say which day that is.
  const showServerErrors = (error: unknown, sent: number[]) => {
    if (!isApiError(error)) return;
    const messages = error.fields.map((field) => {
      const day = sent[Number(field.path.split(".")[1])];
      return day === undefined
        ? field.message
        : intl.formatMessage({ id: "reminderSchedule.problem" }, { day, message: field.message });
    });
    // One field holds every day: its messages are said together.
    const fields = error.fields.slice(0, 1).map((field) => ({
      ...field,
      path: "offsets",
      message: messages.join(" "),
    }));
    form.showServerErrors(new ApiError(error.status, error.code, error.message, fields));
  };
  const hasFieldProblem = isApiError(update.error) && update.error.fields.length > 0;
  return (
    <form
      noValidate
      className="stack"
      aria-label={intl.formatMessage({ id: "reminderSchedule.title" })}
      onSubmit={form.submitWith((body) => {
        setIsSaved(false);
        update.mutate(body, {
          onSuccess: (saved) => {
            form.reset({ offsets: formatOffsets(saved.offsets) });
            setIsSaved(true);
          },
          onError: (error) => showServerErrors(error, body.offsets),
        });
      })}
    >
      <FormAlert
        error={hasFieldProblem ? null : update.error}
        success={isSaved ? intl.formatMessage({ id: "reminderSchedule.saved" }) : null}
      />
      <TextField
        id={`reminders-${orgId}-offsets`}
        autoComplete="off"
        label={<FormattedMessage id="reminderSchedule.field" />}
        hint={<FormattedMessage id="reminderSchedule.field.hint" />}
        {...form.field("offsets")}
      />
      <div className="button-row">
        <button type="submit" disabled={update.isPending}>
          <FormattedMessage id="reminderSchedule.submit" />
        </button>
      </div>
    </form>
  );
}
