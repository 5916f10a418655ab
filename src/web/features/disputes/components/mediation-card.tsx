import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ConfirmDialog } from "../../../shared/components/confirm-dialog";
import { RecommendBody } from "../../../../contracts/disputes";
import { TextAreaField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useGiveRecommendation } from "../api/mediations";
import { RECOMMEND_WORDS } from "../dispute-form-state";
import type { Mediation } from "../dispute-types";
import { PartialSettlementView } from "./partial-settlement";
import { DisputeDue, DisputeStatement } from "./dispute-statement";

/**
 * One dispute in the moderators' mediation queue: what each side said, the fair partial
 * settlement from the record, and the form for the recommendation (unless this moderator is a
 * party, or it was given already).
 */
export function MediationCard({ item }: { item: Mediation }) {
  const { dispute, engagement, settlement } = item;
  const titleId = `mediation-${dispute.id}-title`;
  return (
    <article className="card stack-sm" aria-labelledby={titleId}>
      <div className="card-head">
        <h3 id={titleId}>
          <FormattedMessage
            id="moderation.mediations.item"
            values={{ number: dispute.number, engagement: engagement.title }}
          />
        </h3>
        <span className={`badge badge-dispute-${dispute.status}`}>
          <FormattedMessage id="disputes.status" values={{ status: dispute.status }} />
        </span>
      </div>
      <p className="muted">
        <FormattedMessage
          id="moderation.mediations.parties"
          values={{ client: engagement.clientName ?? "", provider: engagement.providerName ?? "" }}
        />
      </p>
      {dispute.dueAt ? <DisputeDue dueAt={dispute.dueAt} /> : null}
      <DisputeStatement dispute={dispute} />
      {settlement ? (
        <PartialSettlementView settlement={settlement} headingId={`${titleId}-settlement`} />
      ) : null}
      {dispute.recommendation ? (
        <>
          <p className="prewrap">
            <FormattedMessage
              id="disputes.recommendation"
              values={{ text: dispute.recommendation }}
            />
          </p>
          <p className="muted">
            <FormattedMessage id="moderation.mediations.waitingSides" />
          </p>
        </>
      ) : item.canRecommend ? (
        <RecommendForm disputeId={dispute.id} />
      ) : (
        <p className="alert alert-info">
          <FormattedMessage id="moderation.mediations.conflict" />
        </p>
      )}
    </article>
  );
}

function RecommendForm({ disputeId }: { disputeId: string }) {
  const intl = useIntl();
  const give = useGiveRecommendation(disputeId);
  const form = useContractForm(RecommendBody, {
    defaultValues: { recommendation: "" },
    words: RECOMMEND_WORDS,
  });
  // The checked recommendation, held while the dialog asks whether to go ahead.
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <form
      noValidate
      className="stack-sm"
      aria-label={intl.formatMessage({ id: "moderation.mediations.label" })}
      onSubmit={form.submitWith(({ recommendation }) => setConfirming(recommendation))}
    >
      <FormAlert error={give.error} />
      <TextAreaField
        required
        rows={5}
        label={<FormattedMessage id="moderation.mediations.label" />}
        hint={<FormattedMessage id="moderation.mediations.hint" />}
        {...form.field("recommendation")}
      />
      <button type="submit" className="align-start" disabled={give.isPending}>
        <FormattedMessage id="moderation.mediations.submit" />
      </button>
      <ConfirmDialog
        isOpen={confirming !== null}
        title={<FormattedMessage id="confirm.recommend.title" />}
        consequence={<FormattedMessage id="confirm.recommend.body" />}
        confirmLabel={<FormattedMessage id="moderation.mediations.submit" />}
        onConfirm={() => {
          if (confirming !== null)
            form.oneAtATime(() => give.mutate(confirming, { onError: form.showServerErrors }));
          setConfirming(null);
        }}
        onCancel={() => setConfirming(null)}
      />
    </form>
  );
}
