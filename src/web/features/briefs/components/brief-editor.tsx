import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Brief, UpdateBriefBody as UpdateBriefRequest } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { UpdateBriefBody } from "../../../../contracts/briefs";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useCreateBrief, useUpdateBrief } from "../api/save-brief";
import { usePublishBrief } from "../api/publish-brief";
import { briefToForm, emptyBriefForm, readBriefBody, type BriefForm } from "../brief-form-state";
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
  const form = useContractForm<typeof UpdateBriefBody, BriefForm>(UpdateBriefBody, {
    defaultValues: brief ? briefToForm(brief, locale) : emptyBriefForm(),
    words: {
      title: { required: "form.brief.titleMissing" },
      "clientPeople.*.role": { required: "form.brief.roleMissing" },
    },
    read: readBriefBody,
  });
  const values = form.watch();
  const isDirty = form.formState.isDirty;
  const [saved, setSaved] = useState(false);
  const save = brief ? update : create;
  const isBusy = save.isPending || publish.isPending;

  const change = (patch: Partial<BriefForm>) => {
    form.change(patch);
    setSaved(false);
  };

  /** Saves the checked body; resolves with the saved brief, or null when the server refused. */
  async function saveBody(body: UpdateBriefRequest): Promise<Brief | null> {
    publish.reset();
    try {
      const result = brief
        ? await update.mutateAsync(body)
        : await create.mutateAsync({ ...body, orgId });
      form.reset(briefToForm(result, locale));
      setSaved(true);
      if (!brief) onCreated(result);
      return result;
    } catch (error) {
      form.showServerErrors(error);
      return null;
    }
  }

  const publishBrief = (current: Brief | null) => {
    if (!current?.isPublishable) return;
    publish.mutate(current.id, { onSuccess: onPublished });
  };

  const canPublish = brief !== null && (brief.isPublishable || isDirty);

  return (
    <div className="editor-layout">
      <form
        noValidate
        id={BRIEF_SCOPE}
        className="stack editor-main"
        onSubmit={form.submitWith(saveBody)}
      >
        <FormAlert
          error={save.error ?? publish.error}
          success={saved ? intl.formatMessage({ id: "brief.saved" }) : null}
        />
        <BriefPurposeFields form={values} change={change} errorFor={form.errorOf} />
        <BriefResourcesFields form={values} change={change} errorFor={form.errorOf} />
        <BriefContextFields form={values} change={change} errorFor={form.errorOf} />
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
                onClick={
                  isDirty
                    ? form.submitWith((body) => saveBody(body).then(publishBrief))
                    : () => form.oneAtATime(() => publishBrief(brief))
                }
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
