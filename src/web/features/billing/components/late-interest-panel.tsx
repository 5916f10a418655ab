import { FormattedMessage, FormattedNumber, useIntl } from "react-intl";
import { useNavigate } from "react-router";
import type { Invoice, LateInterest } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { FormAlert } from "../../../shared/components/form-alert";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useInvoiceLateInterest } from "../api/change-invoice";
import { invoicePagePath } from "../api/get-invoices";
import { useLateInterest } from "../api/get-late-interest";
import { percentOf } from "../invoice-rules";
import { Money } from "./money";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";
import { CardTable } from "../../../shared/components/card-table";

/**
 * Statutory late interest on the invoice as of today, line by line, so either side can check
 * it: each stretch with its principal, days, and rate (the reference rate plus the margin),
 * then the fixed recovery compensation. Both sides read it before anything is invoiced; the
 * provider may then invoice what is not yet claimed.
 */
export function LateInterestPanel({
  engagementId,
  invoice,
  canInvoice,
}: {
  engagementId: string;
  invoice: Invoice;
  canInvoice: boolean;
}) {
  const interest = useLateInterest(engagementId, invoice.id);
  return (
    <section className="card stack-sm" aria-labelledby={`late-interest-${invoice.id}`}>
      <h2 id={`late-interest-${invoice.id}`} className="h-small">
        <FormattedMessage id="invoices.interest.title" />
      </h2>
      {interest.isPending ? (
        <Loading />
      ) : interest.isError ? (
        <QueryError error={interest.error} onRetry={() => void interest.refetch()} />
      ) : (
        <LateInterestView
          engagementId={engagementId}
          interest={interest.data}
          canInvoice={canInvoice}
        />
      )}
    </section>
  );
}

function LateInterestView({
  engagementId,
  interest,
  canInvoice,
}: {
  engagementId: string;
  interest: LateInterest;
  canInvoice: boolean;
}) {
  const oneAtATime = useOneAtATime();
  const intl = useIntl();
  const navigate = useNavigate();
  const claim = useInvoiceLateInterest(engagementId, interest.invoiceId);
  const { currency } = interest;
  const percent = (basisPoints: number) => (
    <FormattedNumber value={percentOf(basisPoints)} style="percent" maximumFractionDigits={2} />
  );
  const hasComputation = interest.lines.length > 0 || interest.compensationMinor !== null;
  return (
    <div className="stack-sm">
      {interest.isAgreed ? (
        <p className="field-hint">
          <FormattedMessage
            id="invoices.interest.explain"
            values={{ date: <DateOnly key="date" value={interest.asOf} /> }}
          />
        </p>
      ) : null}
      {interest.notes.length > 0 ? (
        <ul className="plain-list late-interest-notes">
          {interest.notes.map((note) => (
            <li key={note.code} className="muted">
              {note.message}
            </li>
          ))}
        </ul>
      ) : null}
      {hasComputation ? (
        <CardTable>
          <table className="compact-table late-interest-table">
            <caption>
              <FormattedMessage
                id="invoices.interest.caption"
                values={{ date: <DateOnly key="date" value={interest.asOf} /> }}
              />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="invoices.interest.column.period" />
                </th>
                <th scope="col" className="numeric">
                  <FormattedMessage id="invoices.interest.column.days" />
                </th>
                <th scope="col" className="numeric">
                  <FormattedMessage id="invoices.interest.column.principal" />
                </th>
                <th scope="col">
                  <FormattedMessage id="invoices.interest.column.rate" />
                </th>
                <th scope="col" className="numeric">
                  <FormattedMessage id="invoices.interest.column.interest" />
                </th>
              </tr>
            </thead>
            <tbody>
              {interest.lines.map((line) => (
                <tr key={line.from}>
                  <th scope="row">
                    <FormattedMessage
                      id="invoices.interest.period"
                      values={{
                        from: <DateOnly key="from" value={line.from} />,
                        to: <DateOnly key="to" value={line.to} />,
                      }}
                    />
                  </th>
                  <td className="numeric">
                    <FormattedMessage
                      id="invoices.interest.days"
                      values={{ days: line.days, year: line.daysInYear }}
                    />
                  </td>
                  <td className="numeric">
                    <Money minor={line.principalMinor} currency={currency} />
                  </td>
                  <td>
                    <FormattedMessage
                      id="invoices.interest.rate"
                      values={{
                        reference: percent(line.referenceRateBasisPoints),
                        margin: percent(line.annualRateBasisPoints - line.referenceRateBasisPoints),
                        annual: percent(line.annualRateBasisPoints),
                      }}
                    />
                  </td>
                  <td className="numeric">
                    <Money minor={line.interestMinor} currency={currency} />
                  </td>
                </tr>
              ))}
              <tr className="row-subtotal">
                <th scope="row" colSpan={4}>
                  <FormattedMessage id="invoices.interest.interestTotal" />
                </th>
                <td className="numeric">
                  <Money minor={interest.interestMinor} currency={currency} />
                </td>
              </tr>
              <tr>
                <th scope="row" colSpan={4}>
                  <FormattedMessage id="invoices.interest.compensation" />
                </th>
                <td className="numeric">
                  {interest.compensationMinor === null ? (
                    "—"
                  ) : (
                    <Money minor={interest.compensationMinor} currency={currency} />
                  )}
                </td>
              </tr>
              <tr className="row-total">
                <th scope="row" colSpan={4}>
                  <FormattedMessage id="invoices.interest.total" />
                </th>
                <td className="numeric">
                  <Money minor={interest.totalMinor} currency={currency} />
                </td>
              </tr>
            </tbody>
          </table>
        </CardTable>
      ) : null}
      {interest.claimed.interestMinor > 0 || interest.claimed.isCompensationClaimed ? (
        <p>
          <FormattedMessage
            id="invoices.interest.claimed"
            values={{
              interest: (
                <Money key="i" minor={interest.claimed.interestMinor} currency={currency} />
              ),
              compensation: interest.claimed.isCompensationClaimed ? "yes" : "no",
            }}
          />
        </p>
      ) : null}
      {canInvoice && interest.claimable.totalMinor > 0 ? (
        <div className="stack-sm">
          <FormAlert error={claim.error} />
          <p>
            <FormattedMessage
              id="invoices.interest.claimable"
              values={{
                amount: <Money key="a" minor={interest.claimable.totalMinor} currency={currency} />,
              }}
            />
          </p>
          <div className="button-row">
            <button
              type="button"
              disabled={claim.isPending}
              onClick={() =>
                oneAtATime(() =>
                  claim.mutate(undefined, {
                    onSuccess: (draft) => void navigate(invoicePagePath(engagementId, draft.id)),
                  }),
                )
              }
            >
              <FormattedMessage id="invoices.interest.invoice" />
            </button>
          </div>
          <p className="field-hint">
            {intl.formatMessage({ id: "invoices.interest.invoice.hint" })}
          </p>
        </div>
      ) : null}
    </div>
  );
}
