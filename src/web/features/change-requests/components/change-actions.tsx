import { FormattedMessage } from "react-intl";
import type { ChangeRequest, Engagement } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { useApproveChange, useWithdrawChange } from "../api/change-change-request";
import { isOpenChange } from "../change-request-labels";
import { DeclineChangeForm } from "./decline-change-form";
import { PriceChangeForm } from "./price-change-form";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";
import { useReturnFocus } from "../../../shared/hooks/use-return-focus";

/**
 * The reader's next steps, as the change's `abilities` say (the provider prices or declines a
 * proposed change, the client approves or declines a priced one, the proposer may withdraw
 * until then).
 */
export function ChangeActions({
  engagement,
  change,
  currency,
}: {
  engagement: Engagement;
  change: ChangeRequest;
  currency: string;
}) {
  const oneAtATime = useOneAtATime();
  // The form takes the buttons' place: once closed, the keyboard goes back to the one that opened it.
  const { buttonRef, open, openForm, close } = useReturnFocus<"price" | "decline">();
  const approve = useApproveChange(engagement.id);
  const withdraw = useWithdrawChange(engagement.id);
  if (!isOpenChange(change)) return null;
  const {
    price: canPrice,
    approve: canApprove,
    decline: canDecline,
    withdraw: canWithdraw,
  } = change.abilities;
  if (!canPrice && !canApprove && !canDecline && !canWithdraw) return null;
  const number = change.number;

  return (
    <div className="stack-sm change-actions">
      {open === null ? (
        <div className="button-row">
          {canPrice ? (
            <button ref={buttonRef("price")} type="button" onClick={() => openForm("price")}>
              <FormattedMessage id="changes.action.price" values={{ number }} />
            </button>
          ) : null}
          {canApprove ? (
            <button
              type="button"
              disabled={approve.isPending}
              onClick={() => oneAtATime(() => approve.mutate(change.id))}
            >
              <FormattedMessage id="changes.action.approve" values={{ number }} />
            </button>
          ) : null}
          {canDecline ? (
            <button
              ref={buttonRef("decline")}
              type="button"
              className="button-secondary"
              onClick={() => openForm("decline")}
            >
              <FormattedMessage id="changes.action.decline" values={{ number }} />
            </button>
          ) : null}
          {canWithdraw ? (
            <button
              type="button"
              className="button-secondary"
              disabled={withdraw.isPending}
              onClick={() => oneAtATime(() => withdraw.mutate(change.id))}
            >
              <FormattedMessage id="changes.action.withdraw" values={{ number }} />
            </button>
          ) : null}
        </div>
      ) : open === "price" ? (
        <PriceChangeForm
          engagementId={engagement.id}
          change={change}
          currency={currency}
          onDone={close}
        />
      ) : (
        <DeclineChangeForm engagementId={engagement.id} change={change} onDone={close} />
      )}
      {canApprove ? (
        <p className="field-hint">
          <FormattedMessage id="changes.action.approve.hint" />
        </p>
      ) : null}
      <FormAlert error={approve.error ?? withdraw.error} />
    </div>
  );
}
