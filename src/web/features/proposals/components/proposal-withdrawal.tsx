import { useState } from "react";
import { FormattedMessage } from "react-intl";
import type { Proposal } from "../../../shared/api/types";
import { ConfirmDialog } from "../../../shared/components/confirm-dialog";
import { FormAlert } from "../../../shared/components/form-alert";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";
import { useWithdrawProposal } from "../api/answer-proposal";
import { isWithdrawableProposal } from "../proposal-labels";

/**
 * The provider's way to take its proposal back until the client answers it. The caller shows it
 * to the provider's people who may work (`abilities.work`); the status decides the rest.
 */
export function ProposalWithdrawal({ proposal }: { proposal: Proposal }) {
  const oneAtATime = useOneAtATime();
  const [isConfirming, setIsConfirming] = useState(false);
  const withdraw = useWithdrawProposal();
  if (!isWithdrawableProposal(proposal.status)) return <FormAlert error={withdraw.error} />;
  return (
    <div className="stack-sm">
      <FormAlert error={withdraw.error} />
      <button
        type="button"
        className="button-secondary align-start"
        disabled={withdraw.isPending}
        onClick={() => setIsConfirming(true)}
      >
        <FormattedMessage id="proposal.withdraw.button" />
      </button>
      <ConfirmDialog
        isOpen={isConfirming}
        isDanger
        title={
          <FormattedMessage
            id="proposal.withdraw.confirmTitle"
            values={{ brief: proposal.briefTitle }}
          />
        }
        consequence={<FormattedMessage id="proposal.withdraw.confirmBody" />}
        confirmLabel={<FormattedMessage id="proposal.withdraw.button" />}
        onConfirm={() => {
          setIsConfirming(false);
          oneAtATime(() => withdraw.mutate(proposal.id));
        }}
        onCancel={() => setIsConfirming(false)}
      />
    </div>
  );
}
