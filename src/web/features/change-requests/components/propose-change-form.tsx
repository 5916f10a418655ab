import { FormattedMessage, useIntl } from "react-intl";
import { ProposeChangeBody } from "../../../../contracts/change-requests";
import { TextAreaField, TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { useContractForm } from "../../../shared/forms/use-contract-form";
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
  const empty = { title: "", reason: "", deliverableIds: [], additionalRevisions: 0 };
  const form = useContractForm(ProposeChangeBody, {
    defaultValues: {
      ...empty,
      deliverableIds: prefill?.deliverableIds ?? [],
      additionalRevisions: prefill?.additionalRevisions ?? 0,
    },
    words: {
      title: { required: "form.change.titleMissing" },
      reason: { required: "form.change.reasonMissing" },
    },
  });
  // The server names a deliverable by its place in the list sent (`deliverableIds.1`).
  const listErrors = form.formState.errors.deliverableIds;
  const deliverableError =
    listErrors?.message ??
    (Array.isArray(listErrors)
      ? listErrors.map((e: { message?: string } | undefined) => e?.message).find(Boolean)
      : undefined);
  const rounds = form.register("additionalRevisions", { valueAsNumber: true });

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
        onSubmit={form.submitWith((body) =>
          propose.mutate(
            {
              ...body,
              // In the agreement's order, whatever order they were ticked in.
              deliverableIds: deliverables
                .map((d) => d.id)
                .filter((id) => body.deliverableIds.includes(id)),
            },
            { onSuccess: () => form.reset(empty), onError: form.showServerErrors },
          ),
        )}
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
          {...form.field("title")}
        />
        <TextAreaField
          label={<FormattedMessage id="changes.field.reason" />}
          hint={<FormattedMessage id="changes.field.reason.hint" />}
          maxLength={5000}
          rows={3}
          required
          {...form.field("reason")}
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
              <input type="checkbox" value={deliverable.id} {...form.register("deliverableIds")} />
              <span>{deliverable.title}</span>
            </label>
          ))}
          {deliverableError ? <p className="field-error">{deliverableError}</p> : null}
        </fieldset>
        <TextField
          type="number"
          min={0}
          max={20}
          label={<FormattedMessage id="changes.field.extraRounds" />}
          hint={<FormattedMessage id="changes.field.extraRounds.hint" />}
          {...rounds}
          error={form.formState.errors.additionalRevisions?.message}
        />
        <button type="submit" disabled={propose.isPending}>
          <FormattedMessage id="changes.propose.submit" />
        </button>
      </form>
    </section>
  );
}
