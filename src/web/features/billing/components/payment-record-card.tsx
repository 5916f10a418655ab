import type { ReactNode } from "react";
import { FormattedMessage, FormattedNumber } from "react-intl";
import { AGEING_BUCKETS } from "../../../../domain/billing/ageing";
import type { CurrencyPaymentRecord, PaymentRecord } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { AGEING_BUCKET_LABELS } from "../billing-labels";
import { percentOf } from "../invoice-rules";
import { Money } from "./money";
import { CardTable } from "../../../shared/components/card-table";

/**
 * A payment record, per currency: what is owed and overdue, how often invoices were paid on
 * time, how late payment comes on average (weighted by amount, so a large late invoice counts
 * for more than a small one), and what is owed by age.
 */
export function PaymentRecordCard({
  record,
  title,
  titleId,
}: {
  record: PaymentRecord;
  title: ReactNode;
  titleId: string;
}) {
  return (
    <section className="card stack-sm payment-record" aria-labelledby={titleId}>
      <h2 id={titleId} className="h-small">
        {title}
      </h2>
      <p className="field-hint">
        <FormattedMessage
          id="paymentRecord.explain"
          values={{
            scope: record.scope,
            role: record.role,
            date: <DateOnly key="date" value={record.asOf} />,
          }}
        />
      </p>
      {record.currencies.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="paymentRecord.empty" />
        </p>
      ) : (
        record.currencies.map((currency) => (
          <CurrencyRecord
            key={currency.currency}
            record={currency}
            isOnlyCurrency={record.currencies.length === 1}
          />
        ))
      )}
    </section>
  );
}

function CurrencyRecord({
  record,
  isOnlyCurrency,
}: {
  record: CurrencyPaymentRecord;
  isOnlyCurrency: boolean;
}) {
  const { currency } = record;
  const notYet = <FormattedMessage id="paymentRecord.notYet" />;
  return (
    <div className="stack-sm">
      {isOnlyCurrency ? null : <h3 className="h-small">{currency}</h3>}
      <dl className="details">
        <div>
          <dt>
            <FormattedMessage id="paymentRecord.outstanding" />
          </dt>
          <dd>
            <Money minor={record.outstandingMinor} currency={currency} />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="paymentRecord.overdue" />
          </dt>
          <dd>
            <Money minor={record.overdueMinor} currency={currency} />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="paymentRecord.onTime" />
          </dt>
          <dd>
            {record.onTime.rateBasisPoints === null ? (
              notYet
            ) : (
              <FormattedMessage
                id="paymentRecord.onTime.value"
                values={{
                  rate: (
                    <FormattedNumber
                      key="rate"
                      value={percentOf(record.onTime.rateBasisPoints)}
                      style="percent"
                      maximumFractionDigits={0}
                    />
                  ),
                  count: record.onTime.count,
                  of: record.onTime.of,
                }}
              />
            )}
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="paymentRecord.daysPastDue" />
          </dt>
          <dd>
            {record.averageDaysPastDue === null ? (
              notYet
            ) : (
              <FormattedMessage
                id="paymentRecord.daysPastDue.value"
                values={{ days: record.averageDaysPastDue }}
              />
            )}
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="paymentRecord.paid" />
          </dt>
          <dd>
            <Money minor={record.paidMinor} currency={currency} />
          </dd>
        </div>
      </dl>
      <CardTable>
        <table className="compact-table ageing-table">
          <caption>
            <FormattedMessage id="paymentRecord.ageing.caption" values={{ currency }} />
          </caption>
          <thead>
            <tr>
              {AGEING_BUCKETS.map((bucket) => (
                <th key={bucket} scope="col" className="numeric">
                  <FormattedMessage id={AGEING_BUCKET_LABELS[bucket]} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {AGEING_BUCKETS.map((bucket) => (
                <td key={bucket} className="numeric">
                  <Money minor={record.buckets[bucket]} currency={currency} />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </CardTable>
    </div>
  );
}
