import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import type { Invoice, InvoicePayment } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { FormAlert } from "../../../shared/components/form-alert";
import { ORG_KIND_LABELS } from "../../../shared/i18n/labels";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { formatMoney } from "../../../shared/lib/money";
import { useAnswerPayment } from "../api/change-payment";
import { PAYMENT_STATUS_LABELS } from "../billing-labels";
import { Money } from "./money";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";
import { CardTable } from "../../../shared/components/card-table";

/**
 * The payments recorded on the invoice: who said money moved, and whether the other side
 * confirmed it. Each payment's `abilities.answer` says whether the reader may answer it (the
 * side that did not record it); the reader's side only picks the wording.
 */
export function PaymentsTable({
  engagementId,
  invoice,
  mySide,
}: {
  engagementId: string;
  invoice: Invoice;
  mySide: "client" | "provider";
}) {
  const oneAtATime = useOneAtATime();
  const answer = useAnswerPayment(engagementId, invoice.id);
  if (invoice.payments.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="invoices.payments.empty" />
      </p>
    );
  }
  return (
    <div className="stack-sm">
      <FormAlert error={answer.error} />
      <CardTable>
        <table className="compact-table payments-table">
          <caption className="visually-hidden">
            <FormattedMessage id="invoices.payments.caption" />
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
                <FormattedMessage id="invoices.payments.column.recordedBy" />
              </th>
              <th scope="col">
                <FormattedMessage id="invoices.payments.column.status" />
              </th>
            </tr>
          </thead>
          <tbody>
            {invoice.payments.map((payment) => (
              <PaymentRow
                key={payment.id}
                payment={payment}
                isMine={payment.recordedSide === mySide}
                canAnswer={payment.abilities.answer}
                isAnswering={answer.isPending}
                onAnswer={(decision) =>
                  oneAtATime(() => answer.mutate({ paymentId: payment.id, decision }))
                }
              />
            ))}
          </tbody>
        </table>
      </CardTable>
    </div>
  );
}

function PaymentRow({
  payment,
  isMine,
  canAnswer,
  isAnswering,
  onAnswer,
}: {
  payment: InvoicePayment;
  isMine: boolean;
  canAnswer: boolean;
  isAnswering: boolean;
  onAnswer: (decision: "confirm" | "reject") => void;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const what = {
    amount: formatMoney(payment.amountMinor, payment.currency, locale),
    date: intl.formatDate(`${payment.paidOn}T00:00:00Z`, { dateStyle: "long", timeZone: "UTC" }),
  };
  const otherSide = payment.recordedSide === "client" ? "provider" : "client";
  return (
    <tr>
      <td>
        <DateOnly value={payment.paidOn} />
      </td>
      <td className="numeric">
        <Money minor={payment.amountMinor} currency={payment.currency} />
      </td>
      <td>{payment.reference || "—"}</td>
      <td>
        <FormattedMessage
          id="invoices.payments.recordedBy"
          values={{
            name: payment.recordedBy.name,
            side: intl.formatMessage({ id: ORG_KIND_LABELS[payment.recordedSide] }),
          }}
        />
      </td>
      <td>
        <div className="stack-sm">
          <span className={`badge badge-payment-${payment.status} align-start`}>
            <FormattedMessage id={PAYMENT_STATUS_LABELS[payment.status]} />
          </span>
          {payment.status === "recorded" ? (
            canAnswer ? (
              <span className="button-row">
                <button
                  type="button"
                  className="button-small"
                  disabled={isAnswering}
                  aria-label={intl.formatMessage({ id: "invoices.payments.confirm.label" }, what)}
                  onClick={() => onAnswer("confirm")}
                >
                  <FormattedMessage id="invoices.payments.confirm" />
                </button>
                <button
                  type="button"
                  className="button-small button-secondary"
                  disabled={isAnswering}
                  aria-label={intl.formatMessage({ id: "invoices.payments.reject.label" }, what)}
                  onClick={() => onAnswer("reject")}
                >
                  <FormattedMessage id="invoices.payments.reject" />
                </button>
              </span>
            ) : isMine ? (
              <span className="field-hint">
                <FormattedMessage id="invoices.payments.waitingFor" values={{ side: otherSide }} />
              </span>
            ) : null
          ) : payment.decidedBy && payment.decidedAt ? (
            <span className="field-hint">
              <FormattedMessage
                id="invoices.payments.decidedBy"
                values={{
                  name: payment.decidedBy.name,
                  date: <FormattedDate key="date" value={payment.decidedAt} dateStyle="medium" />,
                }}
              />
            </span>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
