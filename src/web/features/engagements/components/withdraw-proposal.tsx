import { FormattedMessage } from "react-intl";
import type { Engagement } from "../../../shared/api/types";
import { ConfirmedStep } from "../../../shared/components/confirmed-step";
import { useWithdrawEngagement } from "../api/withdraw-engagement";

/**
 * The proposing side's way out of a pending engagement (a lost mail, a wrong address). Only the
 * proposing organisation sees a pending engagement, so `act` on it is theirs to take.
 */
export function WithdrawProposal({ engagement }: { engagement: Engagement }) {
  const withdraw = useWithdrawEngagement(engagement.id);
  return (
    <ConfirmedStep
      isOffered={engagement.status === "pending" && engagement.abilities.engagement.act}
      label={<FormattedMessage id="engagement.withdraw.button" />}
      title={
        <FormattedMessage
          id="engagement.withdraw.confirmTitle"
          values={{ title: engagement.title }}
        />
      }
      consequence={<FormattedMessage id="engagement.withdraw.confirmBody" />}
      error={withdraw.error}
      isPending={withdraw.isPending}
      onConfirm={() => withdraw.mutate()}
    />
  );
}
