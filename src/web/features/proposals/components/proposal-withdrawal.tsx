import { FormattedMessage } from "react-intl";
import type { Proposal } from "../../../shared/api/types";
import { ConfirmedStep } from "../../../shared/components/confirmed-step";
import { useWithdrawProposal } from "../api/answer-proposal";
import { isWithdrawableProposal } from "../proposal-labels";

/**
 * The provider's way to take its proposal back until the client answers it. The caller shows it
 * to the provider's people who may work (`abilities.work`); the status decides the rest.
 */
export function ProposalWithdrawal({ proposal }: { proposal: Proposal }) {
  const withdraw = useWithdrawProposal();
  return (
    <ConfirmedStep
      isOffered={isWithdrawableProposal(proposal.status)}
      label={<FormattedMessage id="proposal.withdraw.button" />}
      title={
        <FormattedMessage
          id="proposal.withdraw.confirmTitle"
          values={{ brief: proposal.briefTitle }}
        />
      }
      consequence={<FormattedMessage id="proposal.withdraw.confirmBody" />}
      error={withdraw.error}
      isPending={withdraw.isPending}
      onConfirm={() => withdraw.mutate(proposal.id)}
    />
  );
}
