import { useState } from "react";
import { FormattedMessage } from "react-intl";
import type { Proposal } from "../../../shared/api/types";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { TextAreaField } from "../../../shared/components/fields";
import { useAcceptProposal, useDeclineProposal, useRequestRevision } from "../api/answer-proposal";

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
  const accept = useAcceptProposal();
  const decline = useDeclineProposal();
  const revise = useRequestRevision();
  const [answer, setAnswer] = useState<Answer>(null);
  const [text, setText] = useState("");
  const [keepBriefOpen, setKeepBriefOpen] = useState(false);
  const isBusy = accept.isPending || decline.isPending || revise.isPending;
  const error = accept.error ?? decline.error ?? revise.error;

  function open(next: Answer) {
    setAnswer(next);
    setText("");
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
            accept.mutate(
              { id: proposal.id, keepBriefOpen },
              {
                onSuccess: ({ engagementId }) => {
                  if (engagementId) onAccepted(engagementId);
                },
              },
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
      {answer ? (
        <form
          noValidate
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (answer === "revise") revise.mutate({ id: proposal.id, note: text });
            else decline.mutate({ id: proposal.id, reason: text });
          }}
        >
          <TextAreaField
            autoFocus
            required
            maxLength={2000}
            label={
              <FormattedMessage
                id={
                  answer === "revise"
                    ? "proposal.revisionNote.field"
                    : "proposal.declineReason.field"
                }
              />
            }
            hint={<FormattedMessage id="proposal.answer.shared" />}
            value={text}
            error={fieldError(
              answer === "revise" ? revise.error : decline.error,
              answer === "revise" ? "note" : "reason",
            )}
            onChange={(event) => setText(event.target.value)}
          />
          <button
            type="submit"
            disabled={isBusy}
            className={answer === "decline" ? "button-danger" : ""}
          >
            <FormattedMessage
              id={answer === "revise" ? "proposal.requestRevision.send" : "proposal.decline.send"}
            />
          </button>
        </form>
      ) : null}
    </section>
  );
}
