import { FormattedMessage } from "react-intl";
import type { Invoice } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { Money } from "./money";

/** Where the money stands: asked, corrected, paid and confirmed, awaiting an answer, owed. */
export function MoneySummary({ invoice }: { invoice: Invoice }) {
  const { currency } = invoice;
  const items = [
    ["invoices.money.total", invoice.totalMinor],
    ["invoices.money.credited", invoice.creditedMinor],
    ["invoices.money.paid", invoice.paidMinor],
    ["invoices.money.awaiting", invoice.awaitingConfirmationMinor],
    ["invoices.money.outstanding", invoice.outstandingMinor],
  ] as const;
  return (
    <dl className="details money-summary">
      {items.map(([label, minor]) => (
        <div key={label}>
          <dt>
            <FormattedMessage id={label} />
          </dt>
          <dd>
            <Money minor={minor} currency={currency} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function CreditNotes({ invoice }: { invoice: Invoice }) {
  return (
    <section className="stack-sm" aria-labelledby={`invoice-${invoice.id}-credits`}>
      <h3 id={`invoice-${invoice.id}-credits`}>
        <FormattedMessage id="invoices.credits.title" />
      </h3>
      <ul className="plain-list">
        {invoice.creditNotes.map((note) => (
          <li key={note.id}>
            <FormattedMessage
              id="invoices.credits.item"
              values={{
                number: note.number,
                date: <DateOnly key="date" value={note.issuedOn} />,
                amount: <Money key="amount" minor={note.amountMinor} currency={note.currency} />,
                reason: note.reason,
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
