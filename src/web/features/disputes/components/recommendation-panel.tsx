import { FormattedMessage } from "react-intl";
import type { Dispute } from "../dispute-types";

/**
 * Mediation as both sides read it: while a moderator has the dispute, who that is and by when;
 * once recommended, the recommendation itself, that it binds nobody, and which sides took it.
 */
export function RecommendationPanel({
  dispute,
  mySide,
}: {
  dispute: Dispute;
  mySide: "client" | "provider";
}) {
  if (dispute.status === "in_mediation")
    return (
      <p className="alert alert-info">
        <FormattedMessage id="disputes.mediation.waiting" />
      </p>
    );
  if (!dispute.recommendation) return null;
  const headingId = `dispute-${dispute.number}-recommendation`;
  return (
    <section className="stack-sm dispute-recommendation" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <FormattedMessage id="disputes.recommendation.title" />
      </h3>
      <blockquote className="prewrap">{dispute.recommendation}</blockquote>
      <p className="muted">
        <FormattedMessage id="disputes.recommendation.notBinding" />
      </p>
      {dispute.recommendationAcceptedBy.map((side) => (
        <p key={side}>
          <FormattedMessage
            id="disputes.recommendation.acceptedBy"
            values={{ side, isMine: side === mySide ? "yes" : "no" }}
          />
        </p>
      ))}
    </section>
  );
}
