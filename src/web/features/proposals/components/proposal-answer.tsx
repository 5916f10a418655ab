import { useState } from "react";
import { FormattedMessage } from "react-intl";
import type { Proposal } from "../../../shared/api/types";
import { DeclineProposalBody, RequestRevisionBody } from "../../../../contracts/proposals";
import { FormAlert } from "../../../shared/components/form-alert";
import { TextAreaField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useAcceptProposal, useDeclineProposal, useRequestRevision } from "../api/answer-proposal";
import { DECLINE_PROPOSAL_WORDS, REQUEST_REVISION_WORDS } from "../proposal-form-state";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";

type Answer = "revise" | "decline" | null;

/**
 * The client's answers to a sent proposal: accept it (the engagement and its agreement's draft
 * start), ask for a revision with a note, or decline with a reason the provider will read.
 */
export function ProposalAnswer({
  proposal,
  onAccepted,
}: {
  proposal: Proposal;
  onAccepted: (engagementId: string) => void;
}) {
  const oneAtATime = useOneAtATime();
  const accept = useAcceptProposal();
  const decline = useDeclineProposal();
  const revise = useRequestRevision();
  const [answer, setAnswer] = useState<Answer>(null);
  const [keepBriefOpen, setKeepBriefOpen] = useState(false);
  const isBusy = accept.isPending || decline.isPending || revise.isPending;
  const error = accept.error ?? decline.error ?? revise.error;

  function open(next: Answer) {
    setAnswer(next);
    decline.reset();
    revise.reset();
  }

  return (
    <section className="card stack" aria-labelledby="proposal-answer-title">
      <h2 id="proposal-answer-title">
        <FormattedMessage id="proposal.answer.title" />
      </h2>
      <FormAlert error={error} />
      <label className="choice">
        <input
          type="checkbox"
          checked={keepBriefOpen}
          disabled={isBusy}
          onChange={(event) => setKeepBriefOpen(event.target.checked)}
        />
        <span>
          <FormattedMessage id="proposal.accept.keepBriefOpen" />
        </span>
      </label>
      <p className="field-hint">
        <FormattedMessage
          id={keepBriefOpen ? "proposal.accept.keepBriefOpen.hint" : "proposal.accept.closes.hint"}
        />
      </p>
      <div className="button-row">
        <button
          type="button"
          disabled={isBusy}
          onClick={() =>
            oneAtATime(() =>
              accept.mutate(
                { id: proposal.id, keepBriefOpen },
                {
                  onSuccess: ({ engagementId }) => {
                    if (engagementId) onAccepted(engagementId);
                  },
                },
              ),
            )
          }
        >
          <FormattedMessage id="proposal.accept" />
        </button>
        <button
          type="button"
          className="button-secondary"
          aria-expanded={answer === "revise"}
          disabled={isBusy}
          onClick={() => open(answer === "revise" ? null : "revise")}
        >
          <FormattedMessage id="proposal.requestRevision" />
        </button>
        <button
          type="button"
          className="button-secondary"
          aria-expanded={answer === "decline"}
          disabled={isBusy}
          onClick={() => open(answer === "decline" ? null : "decline")}
        >
          <FormattedMessage id="proposal.decline" />
        </button>
      </div>
      {answer === "revise" ? (
        <RevisionForm proposalId={proposal.id} revise={revise} isBusy={isBusy} />
      ) : answer === "decline" ? (
        <DeclineForm proposalId={proposal.id} decline={decline} isBusy={isBusy} />
      ) : null}
    </section>
  );
}

/** The note asking the provider for a revision: what to change, in the provider's eyes. */
function RevisionForm({
  proposalId,
  revise,
  isBusy,
}: {
  proposalId: string;
  revise: ReturnType<typeof useRequestRevision>;
  isBusy: boolean;
}) {
  const form = useContractForm(RequestRevisionBody, {
    defaultValues: { note: "" },
    words: REQUEST_REVISION_WORDS,
  });
  return (
    <form
      noValidate
      className="stack"
      onSubmit={form.submitWith(({ note }) =>
        revise.mutate({ id: proposalId, note }, { onError: form.showServerErrors }),
      )}
    >
      <TextAreaField
        autoFocus
        required
        maxLength={2000}
        label={<FormattedMessage id="proposal.revisionNote.field" />}
        hint={<FormattedMessage id="proposal.answer.shared" />}
        {...form.field("note")}
      />
      <button type="submit" disabled={isBusy}>
        <FormattedMessage id="proposal.requestRevision.send" />
      </button>
    </form>
  );
}

/** The reason the provider reads when its proposal is declined. */
function DeclineForm({
  proposalId,
  decline,
  isBusy,
}: {
  proposalId: string;
  decline: ReturnType<typeof useDeclineProposal>;
  isBusy: boolean;
}) {
  const form = useContractForm(DeclineProposalBody, {
    defaultValues: { reason: "" },
    words: DECLINE_PROPOSAL_WORDS,
  });
  return (
    <form
      noValidate
      className="stack"
      onSubmit={form.submitWith(({ reason }) =>
        decline.mutate({ id: proposalId, reason }, { onError: form.showServerErrors }),
      )}
    >
      <TextAreaField
        autoFocus
        required
        maxLength={2000}
        label={<FormattedMessage id="proposal.declineReason.field" />}
        hint={<FormattedMessage id="proposal.answer.shared" />}
        {...form.field("reason")}
      />
      <button type="submit" disabled={isBusy} className="button-danger">
        <FormattedMessage id="proposal.decline.send" />
      </button>
    </form>
  );
}
