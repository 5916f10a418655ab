import { FormattedMessage } from "react-intl";
import type { Invoice } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { REMINDER_REASON_LABELS, REMINDER_STATUS_LABELS } from "../billing-labels";

/** The reminders planned when the invoice was issued, from the provider's schedule. */
export function RemindersList({ reminders }: { reminders: Invoice["reminders"] }) {
  if (reminders.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="invoices.reminders.none" />
      </p>
    );
  }
  return (
    <ul className="plain-list">
      {reminders.map((reminder) => (
        <li key={reminder.offsetDays}>
          <FormattedMessage
            id="invoices.reminders.item"
            values={{
              date: <DateOnly key="date" value={reminder.dueOn} />,
              days: Math.abs(reminder.offsetDays),
              when: reminder.offsetDays < 0 ? "before" : reminder.offsetDays === 0 ? "on" : "after",
            }}
          />{" "}
          <span className="muted">
            <FormattedMessage
              id={
                reminder.reason
                  ? REMINDER_REASON_LABELS[reminder.reason]
                  : REMINDER_STATUS_LABELS[reminder.status]
              }
            />
          </span>
        </li>
      ))}
    </ul>
  );
}
