import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import type { DisputeRecord } from "../dispute-record";
import type { Dispute } from "../dispute-types";
import { DisputeActions } from "./dispute-actions";
import { DisputeLadder } from "./dispute-ladder";
import { OfferSummary } from "./offer-summary";
import { PartialSettlement } from "./partial-settlement";
import { RecommendationPanel } from "./recommendation-panel";
import { RespondForm } from "./respond-form";
import { DisputeDue, DisputeStatement } from "./dispute-statement";

/** One dispute: what it is about, where it stands, the settlement from the record, the offers. */
export function DisputeCard({
  engagementId,
  mySide,
  dispute,
  record,
}: {
  engagementId: string;
  mySide: "client" | "provider";
  dispute: Dispute;
  record: DisputeRecord;
}) {
  const intl = useIntl();
  const titleId = `dispute-${dispute.number}-title`;
  const subject = intl.formatMessage(
    { id: "disputes.subject.kind" },
    { kind: dispute.subject.kind },
  );
  const subjectName = dispute.subject.ref
    ? ([...record.deliverables, ...record.invoices].find((i) => i.id === dispute.subject.ref) ??
      null)
    : null;
  const isOpen = !["settled", "separated", "withdrawn"].includes(dispute.status);
  return (
    <article
      id={`dispute-${dispute.number}`}
      className="card stack-sm dispute"
      aria-labelledby={titleId}
    >
      <div className="card-head">
        <h2 id={titleId}>
          <FormattedMessage
            id="disputes.item.title"
            values={{
              number: dispute.number,
              subject: subjectName
                ? intl.formatMessage(
                    { id: "disputes.item.subjectNamed" },
                    {
                      kind: subject,
                      name: "title" in subjectName ? subjectName.title : subjectName.number,
                    },
                  )
                : subject,
            }}
          />
        </h2>
        <span className={`badge badge-dispute-${dispute.status}`}>
          <FormattedMessage id="disputes.status" values={{ status: dispute.status }} />
        </span>
      </div>
      <p className="muted">
        <FormattedMessage
          id="disputes.item.openedBy"
          values={{
            side: dispute.openedSide,
            isMine: dispute.openedSide === mySide ? "yes" : "no",
            date: <FormattedDate key="date" value={dispute.createdAt} dateStyle="long" />,
          }}
        />
      </p>
      <DisputeLadder ladder={dispute.ladder} rung={dispute.rung} isOpen={isOpen} />
      {dispute.dueAt && isOpen ? <DisputeDue dueAt={dispute.dueAt} /> : null}
      <DisputeStatement dispute={dispute} />
      {dispute.abilities.respond ? (
        <RespondForm engagementId={engagementId} disputeId={dispute.id} />
      ) : null}
      <PartialSettlement engagementId={engagementId} disputeId={dispute.id} />
      <RecommendationPanel dispute={dispute} mySide={mySide} />
      {dispute.offers.length > 0 ? (
        <section className="stack-sm" aria-labelledby={`${titleId}-offers`}>
          <h3 id={`${titleId}-offers`}>
            <FormattedMessage id="disputes.offers.title" />
          </h3>
          {dispute.offers.map((offer) => (
            <OfferSummary key={offer.id} offer={offer} record={record} />
          ))}
        </section>
      ) : null}
      <Outcome dispute={dispute} />
      <DisputeActions
        engagementId={engagementId}
        mySide={mySide}
        dispute={dispute}
        record={record}
      />
    </article>
  );
}

function Outcome({ dispute }: { dispute: Dispute }) {
  const intl = useIntl();
  switch (dispute.status) {
    case "settled":
      if (isSettledOnRecommendation(dispute.outcome))
        return (
          <p className="alert alert-success" role="status">
            <FormattedMessage id="disputes.outcome.recommendation" />
          </p>
        );
      return (
        <p className="alert alert-success" role="status">
          <FormattedMessage
            id="disputes.outcome.settled"
            values={{
              count: creditNotesOf(dispute.outcome).length,
              creditNotes: intl.formatList(creditNotesOf(dispute.outcome)),
            }}
          />
        </p>
      );
    case "separated":
      return (
        <p className="alert alert-info">
          <FormattedMessage id="disputes.outcome.separated" />
        </p>
      );
    case "withdrawn":
      return (
        <p className="muted">
          <FormattedMessage id="disputes.outcome.withdrawn" />
        </p>
      );
    case "awaiting_response":
    case "negotiating":
    case "offer_pending":
    case "in_mediation":
    case "recommended":
      return null;
  }
}

/** The credit notes the accepted amends issued. */
function creditNotesOf(outcome: Dispute["outcome"]): string[] {
  return outcome?.by === "amends" ? outcome.creditNotes : [];
}

function isSettledOnRecommendation(outcome: Dispute["outcome"]): boolean {
  return outcome?.by === "recommendation";
}
