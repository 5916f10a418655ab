import { useState } from "react";
import { FormattedMessage } from "react-intl";
import { ConfirmDialog } from "../../../shared/components/confirm-dialog";
import { FormAlert } from "../../../shared/components/form-alert";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";
import { useAcceptRecommendation, useAnswerOffer, useEscalateDispute } from "../api/change-dispute";
import type { DisputeRecord } from "../dispute-record";
import type { Dispute } from "../dispute-types";
import { AmendsOfferForm } from "./amends-offer-form";
import { useReturnFocus } from "../../../shared/hooks/use-return-focus";

type Confirming = "accept" | "escalate" | "acceptRecommendation" | null;

/**
 * The reader's next steps, as the server's abilities give them: offer (or counter) amends,
 * accept or decline the pending offer, climb the ladder. Accepting and climbing cannot be undone.
 */
export function DisputeActions({
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
  const { buttonRef, open, openForm, close } = useReturnFocus<"offer">();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const answer = useAnswerOffer(engagementId, dispute.id);
  const escalate = useEscalateDispute(engagementId, dispute.id);
  const takeRecommendation = useAcceptRecommendation(engagementId, dispute.id);
  const oneAtATime = useOneAtATime();
  const { abilities } = dispute;
  if (
    !abilities.offer &&
    !abilities.answerOffer &&
    !abilities.escalate &&
    !abilities.acceptRecommendation
  )
    return null;
  const isCounter = dispute.status === "offer_pending";
  const next = dispute.ladder
    .slice(dispute.ladder.indexOf(dispute.rung) + 1)
    .find((rung) => rung === "mediation" || rung === "separation");
  return (
    <div className="stack-sm dispute-actions">
      {open === "offer" ? (
        <AmendsOfferForm
          engagementId={engagementId}
          mySide={mySide}
          dispute={dispute}
          record={record}
          onDone={close}
        />
      ) : (
        <div className="button-row">
          {abilities.answerOffer ? (
            <>
              <button
                type="button"
                disabled={answer.isPending}
                onClick={() => setConfirming("accept")}
              >
                <FormattedMessage id="disputes.action.accept" />
              </button>
              <button
                type="button"
                className="button-secondary"
                disabled={answer.isPending}
                onClick={() => oneAtATime(() => answer.mutate("decline"))}
              >
                <FormattedMessage id="disputes.action.decline" />
              </button>
            </>
          ) : null}
          {abilities.acceptRecommendation ? (
            <button
              type="button"
              disabled={takeRecommendation.isPending}
              onClick={() => setConfirming("acceptRecommendation")}
            >
              <FormattedMessage id="disputes.action.acceptRecommendation" />
            </button>
          ) : null}
          {abilities.offer ? (
            <button
              ref={buttonRef("offer")}
              type="button"
              className="button-secondary"
              onClick={() => openForm("offer")}
            >
              <FormattedMessage
                id={isCounter ? "disputes.action.counter" : "disputes.action.offer"}
              />
            </button>
          ) : null}
          {abilities.escalate && next ? (
            <button
              type="button"
              className="button-secondary"
              disabled={escalate.isPending}
              onClick={() => setConfirming("escalate")}
            >
              <FormattedMessage id="disputes.action.escalate" />
            </button>
          ) : null}
        </div>
      )}
      <FormAlert error={answer.error ?? escalate.error ?? takeRecommendation.error} />
      <ConfirmDialog
        isOpen={confirming === "accept"}
        title={<FormattedMessage id="confirm.acceptAmends.title" />}
        consequence={<FormattedMessage id="confirm.acceptAmends.body" />}
        confirmLabel={<FormattedMessage id="disputes.action.accept" />}
        onConfirm={() => {
          setConfirming(null);
          oneAtATime(() => answer.mutate("accept"));
        }}
        onCancel={() => setConfirming(null)}
      />
      <ConfirmDialog
        isOpen={confirming === "acceptRecommendation"}
        title={<FormattedMessage id="confirm.acceptRecommendation.title" />}
        consequence={<FormattedMessage id="confirm.acceptRecommendation.body" />}
        confirmLabel={<FormattedMessage id="disputes.action.acceptRecommendation" />}
        onConfirm={() => {
          setConfirming(null);
          oneAtATime(() => takeRecommendation.mutate());
        }}
        onCancel={() => setConfirming(null)}
      />
      <ConfirmDialog
        isOpen={confirming === "escalate"}
        title={<FormattedMessage id="confirm.escalate.title" values={{ number: dispute.number }} />}
        consequence={
          <FormattedMessage id="confirm.escalate.body" values={{ rung: next ?? "separation" }} />
        }
        confirmLabel={<FormattedMessage id="disputes.action.escalate" />}
        isDanger
        onConfirm={() => {
          setConfirming(null);
          oneAtATime(() => escalate.mutate());
        }}
        onCancel={() => setConfirming(null)}
      />
    </div>
  );
}
