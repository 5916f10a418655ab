import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { TextAreaField, TextField } from "../../../shared/components/fields";
import { fieldError, FormAlert } from "../../../shared/components/form-alert";
import { useProposeChange } from "../api/change-change-request";

export interface ProposeChangePrefill {
  deliverableIds: string[];
  additionalRevisions: number;
}

/**
 * Either side proposes a change to the agreement in force: what, why, the deliverables it
 * touches and any extra revision rounds it buys. The provider prices it next.
 */
export function ProposeChangeForm({
  engagementId,
  deliverables,
  prefill,
}: {
  engagementId: string;
  deliverables: readonly { id: string; title: string }[];
  /** From a link elsewhere (a deliverable out of revision rounds): focus the form, pre-filled. */
  prefill: ProposeChangePrefill | null;
}) {
  const intl = useIntl();
  const propose = useProposeChange(engagementId);
  const [title, setTitle] = useState("");
  const [reason, setReason] = useState("");
  const [chosen, setChosen] = useState<string[]>(prefill?.deliverableIds ?? []);
  const [rounds, setRounds] = useState(String(prefill?.additionalRevisions ?? 0));

  return (
    <section className="card stack" aria-labelledby="propose-change-title">
      <h2 id="propose-change-title">
        <FormattedMessage id="changes.propose.title" />
      </h2>
      <p className="field-hint">
        <FormattedMessage id="changes.propose.intro" />
      </p>
      <form
        noValidate
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          propose.mutate(
            {
              title,
              reason,
              deliverableIds: deliverables.map((d) => d.id).filter((id) => chosen.includes(id)),
              additionalRevisions: Number(rounds),
            },
            {
              onSuccess: () => {
                setTitle("");
                setReason("");
                setChosen([]);
                setRounds("0");
              },
            },
          );
        }}
      >
        <FormAlert
          error={propose.error}
          success={
            propose.data
              ? intl.formatMessage({ id: "changes.propose.done" }, { number: propose.data.number })
              : null
          }
        />
        <TextField
          // Arriving from "propose a change" on the delivery tab, the reader starts here.
          autoFocus={prefill !== null}
          label={<FormattedMessage id="changes.field.title" />}
          maxLength={200}
          required
          value={title}
          error={fieldError(propose.error, "title")}
          onChange={(event) => setTitle(event.target.value)}
        />
        <TextAreaField
          label={<FormattedMessage id="changes.field.reason" />}
          hint={<FormattedMessage id="changes.field.reason.hint" />}
          maxLength={5000}
          rows={3}
          required
          value={reason}
          error={fieldError(propose.error, "reason")}
          onChange={(event) => setReason(event.target.value)}
        />
        <fieldset className="field">
          <legend>
            <FormattedMessage id="changes.field.deliverables" />
          </legend>
          <p className="field-hint">
            <FormattedMessage id="changes.field.deliverables.hint" />
          </p>
          {deliverables.map((deliverable) => (
            <label key={deliverable.id} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(deliverable.id)}
                onChange={(event) =>
                  setChosen(
                    event.target.checked
                      ? [...chosen, deliverable.id]
                      : chosen.filter((id) => id !== deliverable.id),
                  )
                }
              />
              <span>{deliverable.title}</span>
            </label>
          ))}
          {propose.error ? (
            <DeliverableErrors error={propose.error} count={deliverables.length} />
          ) : null}
        </fieldset>
        <TextField
          type="number"
          min={0}
          max={20}
          label={<FormattedMessage id="changes.field.extraRounds" />}
          hint={<FormattedMessage id="changes.field.extraRounds.hint" />}
          value={rounds}
          error={fieldError(propose.error, "additionalRevisions")}
          onChange={(event) => setRounds(event.target.value)}
        />
        <button type="submit" disabled={propose.isPending}>
          <FormattedMessage id="changes.propose.submit" />
        </button>
      </form>
    </section>
  );
}

/** The server names a deliverable by its place in the list sent (`deliverableIds.1`). */
function DeliverableErrors({ error, count }: { error: unknown; count: number }) {
  const messages = [
    fieldError(error, "deliverableIds"),
    ...Array.from({ length: count }, (_, i) => fieldError(error, `deliverableIds.${i}`)),
  ].filter(Boolean);
  if (messages.length === 0) return null;
  return <p className="field-error">{messages.join(" ")}</p>;
}
