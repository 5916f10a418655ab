import { FormattedDate, FormattedMessage } from "react-intl";
import type { Proposal } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { CommercialTermsView } from "../../terms/components/terms-view";
import { FeasibilityPanel } from "./proposal-editor";

/** A proposal for reading: what the client received, or what the provider sent. */
export function ProposalView({ proposal }: { proposal: Proposal }) {
  return (
    <div className="editor-layout">
      <div className="stack-lg editor-main">
        <p className="muted">
          <FormattedMessage
            id="proposal.view.meta"
            values={{ provider: proposal.provider.name, revision: proposal.revision }}
          />
          {proposal.submittedAt ? (
            <>
              {" · "}
              <FormattedMessage
                id="proposal.view.submittedAt"
                values={{
                  date: <FormattedDate key="date" value={proposal.submittedAt} dateStyle="long" />,
                }}
              />
            </>
          ) : null}
        </p>
        {proposal.terms.validUntil ? (
          <p>
            <FormattedMessage
              id="proposal.view.validUntil"
              values={{ date: <DateOnly key="date" value={proposal.terms.validUntil} /> }}
            />
          </p>
        ) : null}
        <section className="stack-sm">
          <h2>
            <FormattedMessage id="proposal.field.summary" />
          </h2>
          {proposal.terms.summary ? (
            <p className="prewrap">{proposal.terms.summary}</p>
          ) : (
            <p className="muted">
              <FormattedMessage id="terms.view.none" />
            </p>
          )}
        </section>
        <CommercialTermsView terms={proposal.terms} />
      </div>
      <aside className="editor-aside">
        <FeasibilityPanel proposal={proposal} isLinked={false} />
      </aside>
    </div>
  );
}

/** What the client said when it sent the proposal back or declined it. */
export function ProposalNotes({ proposal }: { proposal: Proposal }) {
  return (
    <div aria-live="polite">
      {proposal.status === "revision_requested" && proposal.revisionNote ? (
        <div className="alert alert-info stack-sm">
          <p>
            <strong>
              <FormattedMessage
                id="proposal.revisionNote"
                values={{ client: proposal.client.name }}
              />
            </strong>
          </p>
          <p className="prewrap">{proposal.revisionNote}</p>
        </div>
      ) : null}
      {proposal.status === "declined" && proposal.declineReason ? (
        <div className="alert alert-error stack-sm">
          <p>
            <strong>
              <FormattedMessage
                id="proposal.declineReason"
                values={{ client: proposal.client.name }}
              />
            </strong>
          </p>
          <p className="prewrap">{proposal.declineReason}</p>
        </div>
      ) : null}
    </div>
  );
}
