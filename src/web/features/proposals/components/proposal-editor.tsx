import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type {
  Brief,
  Proposal,
  UpdateProposalBody as UpdateProposalRequest,
} from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { TextAreaField, TextField } from "../../../shared/components/fields";
import { FindingsPanel, hasBlocking } from "../../../shared/components/findings-panel";
import { UpdateProposalBody } from "../../../../contracts/proposals";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { anchorFor } from "../../../shared/lib/anchors";
import { CommercialTermsFields } from "../../terms/components/commercial-terms-fields";
import { useSubmitProposal } from "../api/answer-proposal";
import { useCreateProposal, useUpdateProposal } from "../api/save-proposal";
import {
  PROPOSAL_WORDS,
  emptyProposalForm,
  proposalToForm,
  readProposalBody,
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
  const form = useContractForm<typeof UpdateProposalBody, ProposalForm>(UpdateProposalBody, {
    defaultValues: proposal
      ? proposalToForm(proposal.terms, locale)
      : emptyProposalForm(brief.budget?.currency ?? "EUR"),
    words: PROPOSAL_WORDS,
    read: readProposalBody,
  });
  const values = form.watch();
  const isDirty = form.formState.isDirty;
  const [saved, setSaved] = useState(false);
  const save = proposal ? update : create;
  // The terms editor names its fields inside the terms; the body holds them under `terms`.
  const errorFor = (path: string) => form.errorOf(`terms.${path}`);
  const isBusy = save.isPending || submit.isPending;

  const change = (patch: Partial<ProposalForm>) => {
    form.change(patch);
    setSaved(false);
  };

  /** Saves the checked body; resolves with the saved proposal, or null when refused. */
  async function saveBody({ terms }: UpdateProposalRequest): Promise<Proposal | null> {
    submit.reset();
    try {
      const result = proposal
        ? await update.mutateAsync(terms)
        : await create.mutateAsync({ orgId, terms });
      form.reset(proposalToForm(result.terms, locale));
      setSaved(true);
      if (!proposal) onCreated(result);
      return result;
    } catch (error) {
      form.showServerErrors(error);
      return null;
    }
  }

  const submitProposal = (current: Proposal | null) => {
    if (!current || hasBlocking(current.findings)) return;
    submit.mutate(current.id);
  };

  const isBlocked = proposal ? hasBlocking(proposal.findings) && !isDirty : false;
  const isRevision = proposal?.status === "revision_requested";

  return (
    <div className="editor-layout">
      <form
        noValidate
        id={PROPOSAL_SCOPE}
        className="stack editor-main"
        onSubmit={form.submitWith(saveBody)}
      >
        <FormAlert
          error={save.error ?? submit.error}
          success={saved ? intl.formatMessage({ id: "proposal.saved" }) : null}
        />
        <TextAreaField
          id={anchorFor(PROPOSAL_SCOPE, "summary")}
          label={<FormattedMessage id="proposal.field.summary" />}
          hint={<FormattedMessage id="proposal.field.summary.hint" />}
          maxLength={5000}
          rows={5}
          value={values.summary}
          error={errorFor("summary")}
          onChange={(event) => change({ summary: event.target.value })}
        />
        <TextField
          id={anchorFor(PROPOSAL_SCOPE, "validUntil")}
          type="date"
          label={<FormattedMessage id="proposal.field.validUntil" />}
          hint={<FormattedMessage id="proposal.field.validUntil.hint" />}
          value={values.validUntil}
          error={errorFor("validUntil")}
          onChange={(event) => change({ validUntil: event.target.value })}
        />
        <CommercialTermsFields
          scope={PROPOSAL_SCOPE}
          errorFor={errorFor}
          form={values}
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
                onClick={
                  isDirty
                    ? form.submitWith((body) => saveBody(body).then(submitProposal))
                    : () => form.oneAtATime(() => submitProposal(proposal))
                }
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
