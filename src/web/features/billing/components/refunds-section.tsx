import { useEffect } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { useLocation } from "react-router";
import type { Engagement, Refund } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { FormAlert } from "../../../shared/components/form-alert";
import { QueryError } from "../../../shared/components/query-state";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";
import { formatMoney } from "../../../shared/lib/money";
import { useAnswerRefund, useRefunds } from "../api/refunds";
import { PAYMENT_STATUS_LABELS } from "../billing-labels";
import { Money } from "./money";
import { RecordRefundForm } from "./record-refund-form";
import { CardTable } from "../../../shared/components/card-table";

/**
 * Money paid back to the client: the provider records it, the client confirms it arrived (then
 * it counts in the final settlement) or rejects it. Shown once the client has paid something
 * or a refund exists; each refund's `abilities.answer` says whether the reader may answer it.
 */
export function RefundsSection({ engagement }: { engagement: Engagement }) {
  const refunds = useRefunds(engagement.id);
  const answer = useAnswerRefund(engagement.id);
  const oneAtATime = useOneAtATime();
  const { hash } = useLocation();
  const isLoaded = refunds.isSuccess;

  // A link to the refunds (#refunds: "what waits for me", a notification) lands on them once
  // they are there, below the invoices.
  useEffect(() => {
    if (!isLoaded || hash !== "#refunds") return;
    const target = document.getElementById("refunds");
    target?.scrollIntoView({ block: "start" });
    target?.focus({ preventScroll: true });
  }, [isLoaded, hash]);

  if (refunds.isPending) return null;
  if (refunds.isError)
    return <QueryError error={refunds.error} onRetry={() => void refunds.refetch()} />;
  const money = refunds.data;
  if (money.paidMinor === 0 && money.refunds.length === 0) return null;
  const canRecord = engagement.abilities.billing.recordRefund;
  return (
    <section id="refunds" className="card stack" aria-labelledby="refunds-title" tabIndex={-1}>
      <h2 id="refunds-title">
        <FormattedMessage id="refunds.title" />
      </h2>
      <p className="muted">
        <FormattedMessage
          id="refunds.summary"
          values={{
            paid: <Money key="paid" minor={money.paidMinor} currency={money.currency} />,
            refunded: (
              <Money key="refunded" minor={money.refundedMinor} currency={money.currency} />
            ),
          }}
        />
      </p>
      <FormAlert error={answer.error} />
      {money.refunds.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="refunds.empty" />
        </p>
      ) : (
        <CardTable>
          <table className="compact-table payments-table">
            <caption className="visually-hidden">
              <FormattedMessage id="refunds.caption" />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="invoices.payments.column.paidOn" />
                </th>
                <th scope="col" className="numeric">
                  <FormattedMessage id="invoices.payments.column.amount" />
                </th>
                <th scope="col">
                  <FormattedMessage id="invoices.payments.column.reference" />
                </th>
                <th scope="col">
                  <FormattedMessage id="invoices.payments.column.status" />
                </th>
              </tr>
            </thead>
            <tbody>
              {money.refunds.map((refund) => (
                <RefundRow
                  key={refund.id}
                  refund={refund}
                  isAnswering={answer.isPending}
                  onAnswer={(decision) =>
                    oneAtATime(() => answer.mutate({ refundId: refund.id, decision }))
                  }
                />
              ))}
            </tbody>
          </table>
        </CardTable>
      )}
      {canRecord ? <RecordRefundForm engagementId={engagement.id} money={money} /> : null}
    </section>
  );
}

function RefundRow({
  refund,
  isAnswering,
  onAnswer,
}: {
  refund: Refund;
  isAnswering: boolean;
  onAnswer: (decision: "confirm" | "reject") => void;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const what = {
    amount: formatMoney(refund.amountMinor, refund.currency, locale),
    date: intl.formatDate(`${refund.paidOn}T00:00:00Z`, { dateStyle: "long", timeZone: "UTC" }),
  };
  return (
    <tr>
      <td>
        <DateOnly value={refund.paidOn} />
      </td>
      <td className="numeric">
        <Money minor={refund.amountMinor} currency={refund.currency} />
      </td>
      <td>{refund.reference || "—"}</td>
      <td>
        <div className="stack-sm">
          <span className={`badge badge-payment-${refund.status} align-start`}>
            <FormattedMessage id={PAYMENT_STATUS_LABELS[refund.status]} />
          </span>
          {refund.abilities.answer ? (
            <span className="button-row">
              <button
                type="button"
                className="button-small"
                disabled={isAnswering}
                aria-label={intl.formatMessage({ id: "refunds.confirm.label" }, what)}
                onClick={() => onAnswer("confirm")}
              >
                <FormattedMessage id="invoices.payments.confirm" />
              </button>
              <button
                type="button"
                className="button-small button-secondary"
                disabled={isAnswering}
                aria-label={intl.formatMessage({ id: "refunds.reject.label" }, what)}
                onClick={() => onAnswer("reject")}
              >
                <FormattedMessage id="invoices.payments.reject" />
              </button>
            </span>
          ) : refund.status === "recorded" ? (
            <span className="field-hint">
              <FormattedMessage id="refunds.waiting" />
            </span>
          ) : refund.decidedBy && refund.decidedAt ? (
            <span className="field-hint">
              <FormattedMessage
                id="invoices.payments.decidedBy"
                values={{
                  name: refund.decidedBy.name,
                  date: <FormattedDate key="date" value={refund.decidedAt} dateStyle="medium" />,
                }}
              />
            </span>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
