import { useState } from "react";
import { FormattedMessage } from "react-intl";
import type { Engagement } from "../../../shared/api/types";
import { ConfirmDialog } from "../../../shared/components/confirm-dialog";
import { FormAlert } from "../../../shared/components/form-alert";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";
import { useWithdrawEngagement } from "../api/withdraw-engagement";

/**
 * The proposing side's way out of a pending engagement (a lost mail, a wrong address). Only the
 * proposing organisation sees a pending engagement, so `act` on it is theirs to take.
 */
export function WithdrawProposal({ engagement }: { engagement: Engagement }) {
  const oneAtATime = useOneAtATime();
  const [isConfirming, setIsConfirming] = useState(false);
  const withdraw = useWithdrawEngagement(engagement.id);
  if (engagement.status !== "pending" || !engagement.abilities.engagement.act) return null;
  return (
    <div className="stack-sm">
      <FormAlert error={withdraw.error} />
      <button
        type="button"
        className="button-secondary align-start"
        disabled={withdraw.isPending}
        onClick={() => setIsConfirming(true)}
      >
        <FormattedMessage id="engagement.withdraw.button" />
      </button>
      <ConfirmDialog
        isOpen={isConfirming}
        isDanger
        title={
          <FormattedMessage
            id="engagement.withdraw.confirmTitle"
            values={{ title: engagement.title }}
          />
        }
        consequence={<FormattedMessage id="engagement.withdraw.confirmBody" />}
        confirmLabel={<FormattedMessage id="engagement.withdraw.button" />}
        onConfirm={() => {
          setIsConfirming(false);
          oneAtATime(() => withdraw.mutate());
        }}
        onCancel={() => setIsConfirming(false)}
      />
    </div>
  );
}
