import { useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { isApiError } from "../../../shared/api/api-client";
import type { ReminderSchedule } from "../../../shared/api/types";
import { TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useReminderSchedule, useUpdateReminderSchedule } from "../api/reminder-schedule";
import { formatOffsets, readOffsets } from "../reminder-offsets";

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
  const update = useUpdateReminderSchedule(orgId);
  const [text, setText] = useState(() => formatOffsets(schedule.offsets));
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const [isSaved, setIsSaved] = useState(false);
  // The server names each day it refuses by its place (`offsets.3`); say which day that is.
  const sent = update.variables?.offsets ?? [];
  const serverProblems = isApiError(update.error)
    ? update.error.fields.map((field) => {
        const index = Number(field.path.split(".")[1]);
        const day = Number.isInteger(index) ? sent[index] : undefined;
        return day === undefined
          ? field.message
          : intl.formatMessage({ id: "reminderSchedule.problem" }, { day, message: field.message });
      })
    : [];
  const fieldError =
    unreadable.length > 0
      ? intl.formatMessage(
          { id: "reminderSchedule.unreadable" },
          {
            parts: intl.formatList(
              unreadable.map((part) => `“${part}”`),
              { type: "conjunction" },
            ),
          },
        )
      : serverProblems.length > 0
        ? serverProblems.join(" ")
        : undefined;
  return (
    <form
      noValidate
      className="stack"
      aria-label={intl.formatMessage({ id: "reminderSchedule.title" })}
      onSubmit={(event) => {
        event.preventDefault();
        setIsSaved(false);
        const read = readOffsets(text);
        if (!read.ok) {
          setUnreadable(read.unreadable);
          return update.reset();
        }
        setUnreadable([]);
        update.mutate(
          { offsets: read.offsets },
          {
            onSuccess: (saved) => {
              setText(formatOffsets(saved.offsets));
              setIsSaved(true);
            },
          },
        );
      }}
    >
      <FormAlert
        error={serverProblems.length > 0 ? null : update.error}
        success={isSaved ? intl.formatMessage({ id: "reminderSchedule.saved" }) : null}
      />
      <TextField
        id={`reminders-${orgId}-offsets`}
        autoComplete="off"
        label={<FormattedMessage id="reminderSchedule.field" />}
        hint={<FormattedMessage id="reminderSchedule.field.hint" />}
        value={text}
        error={fieldError}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="button-row">
        <button type="submit" disabled={update.isPending}>
          <FormattedMessage id="reminderSchedule.submit" />
        </button>
      </div>
    </form>
  );
}
