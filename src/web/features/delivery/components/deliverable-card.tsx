import { useId } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import type { DeliverableProgress } from "../../../shared/api/types";
import { deliverableThread, messagesPath } from "../../messages/threads";
import { DELIVERABLE_STATUS_LABELS } from "../delivery-labels";
import { SubmissionRound } from "./submission-round";
import { SubmitForm } from "./submit-form";

/**
 * A deliverable as both sides follow it: its status, the revision rounds used and left, the
 * criteria it is judged on, the provider's hand-in form, and every round newest first.
 */
export function DeliverableCard({
  engagementId,
  deliverable,
  inForceVersion,
  canSubmit,
  canEvaluate,
}: {
  engagementId: string;
  deliverable: DeliverableProgress;
  inForceVersion: number | null;
  canSubmit: boolean;
  canEvaluate: boolean;
}) {
  const intl = useIntl();
  const titleId = useId();
  const rounds = [...deliverable.submissions].sort((a, b) => b.round - a.round);
  return (
    <article className="card stack deliverable" aria-labelledby={titleId}>
      <div className="card-head">
        <h3 id={titleId}>{deliverable.title}</h3>
        <span className={`badge badge-delivery-${deliverable.status}`}>
          <FormattedMessage id={DELIVERABLE_STATUS_LABELS[deliverable.status]} />
        </span>
      </div>
      <Link
        to={messagesPath(engagementId, deliverableThread(deliverable.id))}
        className="align-start"
        aria-label={intl.formatMessage(
          { id: "messages.discuss.deliverable" },
          { title: deliverable.title },
        )}
      >
        <FormattedMessage id="messages.discuss" />
      </Link>
      {deliverable.description ? <p className="prewrap">{deliverable.description}</p> : null}
      <p className="muted">
        {deliverable.revisionLimit === null ? (
          <FormattedMessage
            id="delivery.revisions.unlimited"
            values={{ used: deliverable.revisionsUsed }}
          />
        ) : (
          <FormattedMessage
            id="delivery.revisions"
            values={{
              used: deliverable.revisionsUsed,
              left: deliverable.revisionsLeft ?? 0,
              limit: deliverable.revisionLimit,
            }}
          />
        )}
      </p>
      <div className="stack-sm">
        <h4>
          <FormattedMessage id="delivery.criteria.title" />
        </h4>
        {deliverable.criteria.length === 0 ? (
          <p className="muted">
            <FormattedMessage id="terms.view.none" />
          </p>
        ) : (
          <ol>
            {deliverable.criteria.map((criterion) => (
              <li key={criterion.id}>
                <span className="prewrap">{criterion.statement}</span>
                {criterion.verification ? (
                  <>
                    <br />
                    <span className="muted">
                      <FormattedMessage
                        id="terms.view.verification"
                        values={{ how: criterion.verification }}
                      />
                    </span>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </div>
      {canSubmit ? <SubmitForm engagementId={engagementId} deliverable={deliverable} /> : null}
      {rounds.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="delivery.rounds.none" />
        </p>
      ) : (
        <div className="stack">
          {rounds.map((submission) => (
            <SubmissionRound
              key={submission.id}
              engagementId={engagementId}
              deliverableId={deliverable.id}
              submission={submission}
              criteria={deliverable.criteria}
              inForceVersion={inForceVersion}
              canEvaluate={canEvaluate}
            />
          ))}
        </div>
      )}
    </article>
  );
}
