import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Brief, Proposal } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { TextAreaField } from "../../../shared/components/fields";
import { FindingsPanel, hasBlocking } from "../../../shared/components/findings-panel";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { anchorFor } from "../../../shared/lib/anchors";
import { useFieldErrors } from "../../../shared/lib/form-errors";
import { CommercialTermsFields } from "../../terms/components/commercial-terms-fields";
import { useSubmitProposal } from "../api/answer-proposal";
import { useCreateProposal, useUpdateProposal } from "../api/save-proposal";
import {
  emptyProposalForm,
  formToProposalTerms,
  proposalToForm,
  type ProposalForm,
} from "../proposal-form-state";

export const PROPOSAL_SCOPE = "proposal";

/**
 * The provider writes its proposal to a brief, with the feasibility check of the last saved
 * version beside it. Submitting saves first; it stays disabled while a finding blocks.
 */
export function ProposalEditor({
  brief,
  orgId,
  proposal,
  onCreated,
}: {
  brief: Brief;
  orgId: string;
  proposal: Proposal | null;
  onCreated: (proposal: Proposal) => void;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const create = useCreateProposal(brief.id);
  const update = useUpdateProposal(proposal?.id ?? "");
  const submit = useSubmitProposal();
  const [form, setForm] = useState<ProposalForm>(() =>
    proposal
      ? proposalToForm(proposal.terms, locale)
      : emptyProposalForm(brief.budget?.currency ?? "EUR"),
  );
  const [isDirty, setIsDirty] = useState(false);
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [saved, setSaved] = useState(false);
  const save = proposal ? update : create;
  const errorFor = useFieldErrors(save.error ?? submit.error, invalid);
  const isBusy = save.isPending || submit.isPending;

  const change = (patch: Partial<ProposalForm>) => {
    setForm((old) => ({ ...old, ...patch }));
    setIsDirty(true);
    setSaved(false);
  };

  async function saveForm(): Promise<Proposal | null> {
    const { terms, invalid: unreadable } = formToProposalTerms(form, locale);
    setInvalid(unreadable);
    submit.reset();
    if (unreadable.size > 0) return null;
    try {
      const result = proposal
        ? await update.mutateAsync(terms)
        : await create.mutateAsync({ orgId, terms });
      setForm(proposalToForm(result.terms, locale));
      setIsDirty(false);
      setSaved(true);
      if (!proposal) onCreated(result);
      return result;
    } catch {
      return null;
    }
  }

  async function saveAndSubmit() {
    const current = isDirty ? await saveForm() : proposal;
    if (!current || hasBlocking(current.findings)) return;
    submit.mutate(current.id);
  }

  const isBlocked = proposal ? hasBlocking(proposal.findings) && !isDirty : false;
  const isRevision = proposal?.status === "revision_requested";

  return (
    <div className="editor-layout">
      <form
        noValidate
        id={PROPOSAL_SCOPE}
        className="stack editor-main"
        onSubmit={(event) => {
          event.preventDefault();
          void saveForm();
        }}
      >
        <FormAlert
          error={save.error ?? submit.error}
          problem={invalid.size > 0 ? intl.formatMessage({ id: "money.invalid.summary" }) : null}
          success={saved ? intl.formatMessage({ id: "proposal.saved" }) : null}
        />
        <TextAreaField
          id={anchorFor(PROPOSAL_SCOPE, "summary")}
          label={<FormattedMessage id="proposal.field.summary" />}
          hint={<FormattedMessage id="proposal.field.summary.hint" />}
          maxLength={5000}
          rows={5}
          value={form.summary}
          error={errorFor("summary")}
          onChange={(event) => change({ summary: event.target.value })}
        />
        <CommercialTermsFields
          scope={PROPOSAL_SCOPE}
          errorFor={errorFor}
          form={form}
          onChange={change}
          mustHaves={brief.mustHaves}
        />
        <div className="button-row sticky-actions">
          <button type="submit" className="button-secondary" disabled={isBusy}>
            <FormattedMessage id="proposal.save" />
          </button>
          {proposal ? (
            <>
              <button
                type="button"
                disabled={isBusy || isBlocked}
                aria-describedby="proposal-submit-hint"
                onClick={() => void saveAndSubmit()}
              >
                <FormattedMessage id={isRevision ? "proposal.resubmit" : "proposal.submit"} />
              </button>
              <p className="field-hint" id="proposal-submit-hint">
                <FormattedMessage
                  id={isBlocked ? "proposal.submit.blocked" : "proposal.submit.hint"}
                />
              </p>
            </>
          ) : (
            <p className="field-hint">
              <FormattedMessage id="proposal.save.first" />
            </p>
          )}
        </div>
      </form>
      <aside className="editor-aside">
        <FeasibilityPanel proposal={proposal} isStale={isDirty} />
      </aside>
    </div>
  );
}

/** A must-have nobody covers is fixed in a deliverable's coverage checkboxes. */
function coverageAnchor(path: string): string {
  return path === "terms.deliverables" ? "deliverables.0.coversMustHaveIds" : path;
}

/** The feasibility check against the brief: budget, deadline, must-haves, measurable criteria. */
export function FeasibilityPanel({
  proposal,
  isStale = false,
  isLinked = true,
}: {
  proposal: Proposal | null;
  isStale?: boolean;
  isLinked?: boolean;
}) {
  if (!proposal) {
    return (
      <section className="card stack findings-panel" aria-labelledby="feasibility-title">
        <h2 id="feasibility-title">
          <FormattedMessage id="proposal.feasibility.title" />
        </h2>
        <p className="muted">
          <FormattedMessage id="proposal.feasibility.unsaved" />
        </p>
      </section>
    );
  }
  return (
    <FindingsPanel
      title={<FormattedMessage id="proposal.feasibility.title" />}
      intro={<FormattedMessage id="proposal.feasibility.intro" />}
      findings={proposal.findings}
      scope={isLinked ? PROPOSAL_SCOPE : undefined}
      mapPath={coverageAnchor}
      isStale={isStale}
      empty={<FormattedMessage id="proposal.feasibility.clear" />}
    />
  );
}
