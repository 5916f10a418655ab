import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { isApiError } from "../../../shared/api/api-client";
import type { AgreementVersion } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { TextAreaField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { anchorFor } from "../../../shared/lib/anchors";
import { CommercialTermsFields } from "../../terms/components/commercial-terms-fields";
import {
  AGREEMENT_WORDS,
  AgreementDraftForm,
  agreementToForm,
  readAgreementDraft,
  type AgreementForm,
} from "../agreement-form-state";
import { useEditDraft } from "../api/change-agreement";
import { AGREEMENT_SCOPE, AgreementRulesFields, Checkbox } from "./agreement-rules-fields";
import { ClausesField } from "./clauses-field";
import { DisputeLadderField } from "./dispute-ladder-field";

/**
 * Edits the draft of the agreement. Each save states the hash of the text it started from, so
 * an edit made meanwhile by the other side is never overwritten: the editor asks to reload.
 */
export function AgreementEditor({
  engagementId,
  draft,
  side,
  onDirtyChange,
  onReload,
}: {
  engagementId: string;
  draft: AgreementVersion;
  side: "client" | "provider";
  onDirtyChange: (isDirty: boolean) => void;
  /** Fetches the latest draft; resolves with it. */
  onReload: () => Promise<AgreementVersion | undefined>;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const edit = useEditDraft(engagementId);
  const form = useContractForm<typeof AgreementDraftForm, AgreementForm>(AgreementDraftForm, {
    defaultValues: agreementToForm(draft.terms, locale),
    words: AGREEMENT_WORDS,
    read: readAgreementDraft,
  });
  const values = form.watch();
  const [baseHash, setBaseHash] = useState(draft.contentHash);
  const [saved, setSaved] = useState(false);
  // The fields are named inside the terms; the body holds them under `terms`.
  const errorFor = (path: string) => form.errorOf(`terms.${path}`);
  const isStale = isApiError(edit.error, "agreement_stale");

  const setDirty = (isDirty: boolean) => onDirtyChange(isDirty);
  const change = (patch: Partial<AgreementForm>) => {
    form.change(patch);
    setSaved(false);
    setDirty(true);
  };

  async function reload() {
    const fresh = await onReload();
    if (!fresh) return;
    form.reset(agreementToForm(fresh.terms, locale));
    setBaseHash(fresh.contentHash);
    edit.reset();
    setDirty(false);
  }

  return (
    <form
      noValidate
      id={AGREEMENT_SCOPE}
      className="stack"
      onSubmit={form.submitWith(({ terms }) =>
        edit.mutate(
          { terms, baseHash },
          {
            onSuccess: (version) => {
              form.reset(agreementToForm(version.terms, locale));
              setBaseHash(version.contentHash);
              setSaved(true);
              setDirty(false);
            },
            onError: form.showServerErrors,
          },
        ),
      )}
    >
      <FormAlert
        error={edit.error}
        success={saved ? intl.formatMessage({ id: "agreement.saved" }) : null}
      />
      {isStale ? (
        <div className="alert alert-info">
          <p>
            <FormattedMessage id="agreement.stale" />
          </p>
          <button type="button" className="button-secondary" onClick={() => void reload()}>
            <FormattedMessage id="agreement.stale.reload" />
          </button>
        </div>
      ) : null}
      <TextAreaField
        id={anchorFor(AGREEMENT_SCOPE, "scope")}
        label={<FormattedMessage id="agreement.scope" />}
        hint={<FormattedMessage id="agreement.scope.hint" />}
        maxLength={10_000}
        rows={5}
        value={values.scope}
        error={errorFor("scope")}
        onChange={(event) => change({ scope: event.target.value })}
      />
      <CommercialTermsFields
        scope={AGREEMENT_SCOPE}
        errorFor={errorFor}
        form={values}
        onChange={change}
      />
      <AgreementRulesFields form={values} change={change} errorFor={errorFor} />
      <DisputeLadderField
        value={values.disputeLadder}
        onChange={(disputeLadder) => change({ disputeLadder })}
      />
      <ClausesField
        value={values.additionalClauses}
        errorFor={errorFor}
        onChange={(additionalClauses) => change({ additionalClauses })}
      />
      {side === "provider" ? (
        <fieldset className="field" id={anchorFor(AGREEMENT_SCOPE, "isFloorWaived")}>
          <legend>
            <FormattedMessage id="agreement.floorWaiver" />
          </legend>
          <p className="field-hint">
            <FormattedMessage id="agreement.floorWaiver.hint" />
          </p>
          <Checkbox
            checked={values.isFloorWaived}
            onChange={(isFloorWaived) => change({ isFloorWaived })}
            label={<FormattedMessage id="agreement.floorWaiver.accept" />}
          />
        </fieldset>
      ) : null}
      <button type="submit" disabled={edit.isPending} className="sticky-submit">
        <FormattedMessage id="agreement.saveDraft" />
      </button>
    </form>
  );
}
