import { FormattedMessage } from "react-intl";
import { Link } from "react-router";
import type { Engagement } from "../../../shared/api/types";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useAgreement } from "../../agreements/api/get-agreement";
import { useInvoices } from "../api/get-invoices";
import { useEngagementPaymentRecord } from "../api/get-payment-record";
import { useSourceNames } from "../source-names";
import { InvoiceList } from "./invoice-list";
import { NewInvoiceForm } from "./new-invoice-form";
import { PaymentRecordCard } from "./payment-record-card";
import { RefundsSection } from "./refunds-section";
import { RemunerationTrendCard } from "./remuneration-trend-card";

/**
 * The engagement's money: how its client pays, its invoices, money paid back, a draft form
 * for the provider, and how the effective rate has moved across versions of the agreement.
 */
export function InvoicesSection({ engagement }: { engagement: Engagement }) {
  const agreement = useAgreement(engagement.id);
  const invoices = useInvoices(engagement.id);
  const names = useSourceNames(engagement.id);
  const record = useEngagementPaymentRecord(engagement.id);

  if (agreement.isPending || invoices.isPending) return <Loading />;
  if (agreement.isError)
    return <QueryError error={agreement.error} onRetry={() => void agreement.refetch()} />;
  if (invoices.isError)
    return <QueryError error={invoices.error} onRetry={() => void invoices.refetch()} />;
  const inForce = agreement.data.inForce;
  if (!inForce) {
    return (
      <p className="alert alert-info">
        <FormattedMessage id="invoices.noAgreement" />{" "}
        <Link to={`/engagements/${engagement.id}/agreement`}>
          <FormattedMessage id="delivery.noAgreement.link" />
        </Link>
      </p>
    );
  }
  const canInvoice = engagement.abilities.billing.invoice;
  const { terms } = inForce;

  return (
    <div className="stack-lg">
      <p className="muted">
        <FormattedMessage
          id="invoices.intro"
          values={{
            days: terms.paymentTermsDays,
            isLateInterest: terms.statutoryLateInterest ? "yes" : "no",
          }}
        />
      </p>
      {record.isError ? (
        <QueryError error={record.error} onRetry={() => void record.refetch()} />
      ) : record.data ? (
        <PaymentRecordCard
          record={record.data}
          title={
            <FormattedMessage
              id="paymentRecord.engagement.title"
              values={{ client: engagement.client?.name ?? "" }}
            />
          }
          titleId="engagement-payment-record"
        />
      ) : null}
      <section className="stack" aria-labelledby="invoices-list-title">
        <h2 id="invoices-list-title">
          <FormattedMessage id="invoices.list.title" />
        </h2>
        <InvoiceList
          engagementId={engagement.id}
          invoices={invoices.data.invoices}
          names={names}
          mySide={engagement.mySide}
        />
      </section>
      <RefundsSection engagement={engagement} />
      {canInvoice ? (
        <section className="card">
          <NewInvoiceForm
            engagementId={engagement.id}
            terms={terms}
            names={names}
            invoices={invoices.data.invoices}
          />
        </section>
      ) : null}
      <RemunerationTrendCard engagementId={engagement.id} />
    </div>
  );
}
