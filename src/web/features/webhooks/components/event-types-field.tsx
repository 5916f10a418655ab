import { FormattedMessage } from "react-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { WEBHOOK_EVENT_TYPES } from "../../../../domain/ledger/event-catalogue";
import { EVENT_TYPE_LABELS } from "../webhook-labels";

/** The event types an endpoint receives; ticking none means every type, later ones included. */
export function EventTypesField({
  registration,
  error,
}: {
  /** The form's registration of the list: the ticked boxes are its value. */
  registration: UseFormRegisterReturn;
  error?: string | undefined;
}) {
  const { name } = registration;
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={error ? "field field-invalid" : "field"}
      aria-describedby={error ? `${name}-hint ${errorId}` : `${name}-hint`}
    >
      <legend>
        <FormattedMessage id="webhooks.field.eventTypes" />
      </legend>
      <p className="field-hint" id={`${name}-hint`}>
        <FormattedMessage id="webhooks.field.eventTypes.hint" />
      </p>
      <div className="choice-grid choice-grid-wide">
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <label key={type} className="choice">
            <input type="checkbox" value={type} {...registration} />
            <span>
              <FormattedMessage id={EVENT_TYPE_LABELS[type]} /> <code>{type}</code>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
