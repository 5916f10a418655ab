import { useId } from "react";
import { FormattedDate, FormattedMessage } from "react-intl";
import type { AcceptanceCriterion, Submission } from "../../../shared/api/types";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useAgreementVersion } from "../../agreements/api/get-agreement";
import { fileDownloadUrl } from "../api/get-delivery";
import { SUBMISSION_STATUS_LABELS } from "../delivery-labels";
import { EvaluationForm } from "./evaluation-form";
import { useFormatFileSize } from "./file-size";
import { RemarkList } from "./remark-list";

function DateTime({ value }: { value: string }) {
  return (
    <time dateTime={value}>
      <FormattedDate value={value} dateStyle="long" timeStyle="short" />
    </time>
  );
}

/**
 * One round of a deliverable: what was handed in, until when the client reviews it and whether
 * silence accepts it, then the verdict on each criterion and the remarks outside them. A client
 * who may evaluate gets the evaluation form while the round is in review.
 */
export function SubmissionRound({
  engagementId,
  deliverableId,
  submission,
  criteria,
  inForceVersion,
  canEvaluate,
}: {
  engagementId: string;
  deliverableId: string;
  submission: Submission;
  /** The criteria of the agreement in force; a round handed in under another version is judged on that one's. */
  criteria: readonly AcceptanceCriterion[];
  inForceVersion: number | null;
  canEvaluate: boolean;
}) {
  const titleId = useId();
  const formatSize = useFormatFileSize();
  const isInReview = submission.status === "in_review";
  return (
    <article className="card stack-sm submission-round" aria-labelledby={titleId}>
      <div className="card-head">
        <h4 id={titleId}>
          <FormattedMessage id="delivery.round.title" values={{ round: submission.round }} />
        </h4>
        <p aria-live="polite">
          <span className={`badge badge-delivery-${submission.status}`}>
            <FormattedMessage id={SUBMISSION_STATUS_LABELS[submission.status]} />
          </span>
        </p>
      </div>
      <p className="muted">
        <FormattedMessage
          id="delivery.round.by"
          values={{
            name: submission.submittedBy.name,
            date: <DateTime key="date" value={submission.submittedAt} />,
            version: submission.agreementVersion,
          }}
        />
      </p>
      <p className="prewrap">{submission.description}</p>
      {submission.links.length > 0 ? (
        <div className="stack-sm">
          <h5>
            <FormattedMessage id="delivery.round.links" />
          </h5>
          <ul>
            {submission.links.map((link) => (
              <li key={link}>
                <a href={link} rel="noreferrer noopener" target="_blank">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {submission.files.length > 0 ? (
        <div className="stack-sm">
          <h5>
            <FormattedMessage id="delivery.round.files" />
          </h5>
          <ul>
            {submission.files.map((file) => (
              <li key={file.id}>
                <a href={fileDownloadUrl(engagementId, file.id)} download={file.name}>
                  {file.name}
                </a>{" "}
                <span className="muted">({formatSize(file.sizeBytes)})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ReviewWindow submission={submission} />
      {submission.verdicts.length > 0 ? <Verdicts submission={submission} /> : null}
      {submission.remarks.length > 0 ? (
        <RemarkList
          engagementId={engagementId}
          deliverableId={deliverableId}
          remarks={submission.remarks}
          canConvert={canEvaluate}
        />
      ) : null}
      {isInReview && canEvaluate ? (
        <RoundEvaluation
          engagementId={engagementId}
          submission={submission}
          deliverableId={deliverableId}
          criteria={criteria}
          inForceVersion={inForceVersion}
        />
      ) : null}
    </article>
  );
}

/** Until when the client reviews, and what silence means, as the agreement fixed it. */
function ReviewWindow({ submission }: { submission: Submission }) {
  const due = submission.reviewDueAt;
  const date = due ? <DateTime key="date" value={due} /> : null;
  switch (submission.status) {
    case "in_review":
      return (
        <p className="alert alert-info">
          {due ? (
            <FormattedMessage
              id={
                submission.isDeemedAcceptanceAgreed
                  ? "delivery.review.deemedOn"
                  : "delivery.review.dueNoDeemed"
              }
              values={{ date }}
            />
          ) : (
            <FormattedMessage id="delivery.review.noWindow" />
          )}
        </p>
      );
    case "deemed_accepted":
      return (
        <p className="alert alert-success">
          <FormattedMessage
            id="delivery.review.deemedAccepted"
            values={{ date: date ?? <DateTime key="date" value={submission.decidedAt ?? ""} /> }}
          />
        </p>
      );
    case "accepted":
    case "changes_requested":
      return submission.decidedBy && submission.decidedAt ? (
        <p className="muted">
          <FormattedMessage
            id="delivery.review.decided"
            values={{
              name: submission.decidedBy.name,
              date: <DateTime key="date" value={submission.decidedAt} />,
            }}
          />
        </p>
      ) : null;
  }
}

/** The verdict on each agreed criterion: met, with any evidence, or not met with the reason. */
function Verdicts({ submission }: { submission: Submission }) {
  return (
    <div className="stack-sm">
      <h5>
        <FormattedMessage id="delivery.verdicts.title" />
      </h5>
      <ul className="plain-list stack-sm verdicts">
        {submission.verdicts.map((verdict) => (
          <li
            key={verdict.criterionId}
            className={verdict.isMet ? "verdict verdict-met" : "verdict verdict-unmet"}
          >
            <span className={verdict.isMet ? "badge badge-accepted" : "badge badge-blocking"}>
              <FormattedMessage
                id={verdict.isMet ? "delivery.verdict.met.mark" : "delivery.verdict.notMet.mark"}
              />
            </span>{" "}
            <span className="prewrap">{verdict.statement}</span>
            {verdict.comment ? (
              <p className="prewrap muted">
                <FormattedMessage
                  id={verdict.isMet ? "delivery.verdict.evidence" : "delivery.verdict.reason"}
                  values={{ text: verdict.comment }}
                />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The evaluation form, on the criteria of the agreement version the round was handed in under:
 * a later amendment does not change what a round in review is judged against.
 */
function RoundEvaluation({
  engagementId,
  submission,
  deliverableId,
  criteria,
  inForceVersion,
}: {
  engagementId: string;
  submission: Submission;
  deliverableId: string;
  criteria: readonly AcceptanceCriterion[];
  inForceVersion: number | null;
}) {
  const isOtherVersion = submission.agreementVersion !== inForceVersion;
  const version = useAgreementVersion(
    engagementId,
    isOtherVersion ? submission.agreementVersion : null,
  );
  if (!isOtherVersion) {
    return (
      <EvaluationForm engagementId={engagementId} submission={submission} criteria={criteria} />
    );
  }
  if (version.isPending) return <Loading />;
  if (version.isError)
    return <QueryError error={version.error} onRetry={() => void version.refetch()} />;
  const agreed =
    version.data.terms.deliverables.find((d) => d.id === deliverableId)?.criteria ?? [];
  return <EvaluationForm engagementId={engagementId} submission={submission} criteria={agreed} />;
}
