import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Brief } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useFieldErrors } from "../../../shared/lib/form-errors";
import { useCreateBrief, useUpdateBrief } from "../api/save-brief";
import { usePublishBrief } from "../api/publish-brief";
import { briefToForm, emptyBriefForm, formToBriefBody, type BriefForm } from "../brief-form-state";
import { BriefContextFields } from "./brief-context-fields";
import { BRIEF_SCOPE, BriefPurposeFields } from "./brief-purpose-fields";
import { BriefResourcesFields } from "./brief-resources-fields";
import { ClarityPanel } from "./clarity-panel";

/**
 * Writes a brief: the editor on one side, the clarity check of the last saved version on the
 * other. Saving runs the check; Publish stays disabled while a finding blocks.
 */
export function BriefEditor({
  orgId,
  brief,
  onCreated,
  onPublished,
}: {
  orgId: string;
  brief: Brief | null;
  onCreated: (brief: Brief) => void;
  onPublished: (brief: Brief) => void;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const create = useCreateBrief();
  const update = useUpdateBrief(brief?.id ?? "");
  const publish = usePublishBrief();
  const [form, setForm] = useState<BriefForm>(() =>
    brief ? briefToForm(brief, locale) : emptyBriefForm(),
  );
  const [isDirty, setIsDirty] = useState(false);
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [saved, setSaved] = useState(false);
  const save = brief ? update : create;
  const errorFor = useFieldErrors(save.error ?? publish.error, invalid);
  const isBusy = save.isPending || publish.isPending;

  const change = (patch: Partial<BriefForm>) => {
    setForm((old) => ({ ...old, ...patch }));
    setIsDirty(true);
    setSaved(false);
  };

  /** Saves the form; resolves with the saved brief, or null when nothing could be sent. */
  async function saveForm(): Promise<Brief | null> {
    const { body, invalid: unreadable } = formToBriefBody(form, locale);
    setInvalid(unreadable);
    publish.reset();
    if (unreadable.size > 0) return null;
    try {
      const result = brief
        ? await update.mutateAsync(body)
        : await create.mutateAsync({ ...body, orgId });
      setForm(briefToForm(result, locale));
      setIsDirty(false);
      setSaved(true);
      if (!brief) onCreated(result);
      return result;
    } catch {
      return null;
    }
  }

  async function saveAndPublish() {
    const current = isDirty ? await saveForm() : brief;
    if (!current?.isPublishable) return;
    publish.mutate(current.id, { onSuccess: onPublished });
  }

  const canPublish = brief !== null && (brief.isPublishable || isDirty);

  return (
    <div className="editor-layout">
      <form
        noValidate
        id={BRIEF_SCOPE}
        className="stack editor-main"
        onSubmit={(event) => {
          event.preventDefault();
          void saveForm();
        }}
      >
        <FormAlert
          error={save.error ?? publish.error}
          problem={invalid.size > 0 ? intl.formatMessage({ id: "money.invalid.summary" }) : null}
          success={saved ? intl.formatMessage({ id: "brief.saved" }) : null}
        />
        <BriefPurposeFields form={form} change={change} errorFor={errorFor} />
        <BriefResourcesFields form={form} change={change} errorFor={errorFor} />
        <BriefContextFields form={form} change={change} errorFor={errorFor} />
        <div className="button-row sticky-actions">
          <button type="submit" className="button-secondary" disabled={isBusy}>
            <FormattedMessage id="brief.save" />
          </button>
          {brief ? (
            <>
              <button
                type="button"
                disabled={isBusy || !canPublish}
                aria-describedby="brief-publish-hint"
                onClick={() => void saveAndPublish()}
              >
                <FormattedMessage id="brief.publish" />
              </button>
              <p className="field-hint" id="brief-publish-hint">
                <FormattedMessage
                  id={canPublish ? "brief.publish.hint" : "brief.publish.blocked"}
                />
              </p>
            </>
          ) : (
            <p className="field-hint">
              <FormattedMessage id="brief.save.first" />
            </p>
          )}
        </div>
      </form>
      <aside className="editor-aside">
        <ClarityPanel brief={brief} isStale={isDirty} />
      </aside>
    </div>
  );
}
