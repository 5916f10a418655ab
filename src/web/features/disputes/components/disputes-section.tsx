import { FormattedMessage } from "react-intl";
import type { Engagement } from "../../../shared/api/types";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useInvoices } from "../../billing/api/get-invoices";
import { useDelivery } from "../../delivery/api/get-delivery";
import { useDisputes } from "../api/get-disputes";
import { disputeRecordOf } from "../dispute-record";
import { DisputeCard } from "./dispute-card";
import { OpenDisputeForm } from "./open-dispute-form";
import { useReturnFocus } from "../../../shared/hooks/use-return-focus";

/**
 * The engagement's disputes, newest first: what each is about, where it stands on the ladder,
 * the fair partial settlement and the amends offered. Who may open and answer comes from the
 * server's abilities.
 */
export function DisputesSection({ engagement }: { engagement: Engagement }) {
  const disputes = useDisputes(engagement.id);
  const delivery = useDelivery(engagement.id);
  const invoices = useInvoices(engagement.id);
  const { buttonRef, open, openForm, close } = useReturnFocus<"open">();
  if (disputes.isPending) return <Loading />;
  if (disputes.isError)
    return <QueryError error={disputes.error} onRetry={() => void disputes.refetch()} />;
  const record = disputeRecordOf(delivery.data, invoices.data?.invoices);
  const canOpen = engagement.abilities.disputes.act === true;
  return (
    <div className="stack-lg">
      <p className="lead">
        <FormattedMessage id="disputes.intro" />
      </p>
      {canOpen ? (
        open === "open" ? (
          <OpenDisputeForm engagementId={engagement.id} record={record} onDone={close} />
        ) : (
          <button
            ref={buttonRef("open")}
            type="button"
            className="align-start"
            onClick={() => openForm("open")}
          >
            <FormattedMessage id="disputes.open.button" />
          </button>
        )
      ) : null}
      {disputes.data.items.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="disputes.none" />
        </p>
      ) : (
        disputes.data.items.map((dispute) => (
          <DisputeCard
            key={dispute.id}
            engagementId={engagement.id}
            mySide={engagement.mySide}
            dispute={dispute}
            record={record}
          />
        ))
      )}
    </div>
  );
}
