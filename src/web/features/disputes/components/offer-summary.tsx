import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { formatMoney } from "../../../shared/lib/money";
import { nameIn, type DisputeRecord } from "../dispute-record";
import type { AmendsItem, DisputeOffer } from "../dispute-types";

/** One amends offer: who made it, what it combines, and how it was answered. */
export function OfferSummary({ offer, record }: { offer: DisputeOffer; record: DisputeRecord }) {
  return (
    <div className="stack-xs dispute-offer">
      <p>
        <FormattedMessage
          id="disputes.offer.by"
          values={{
            side: offer.side,
            date: <FormattedDate key="date" value={offer.createdAt} dateStyle="long" />,
          }}
        />{" "}
        <span className="badge">
          <FormattedMessage id="disputes.offer.status" values={{ status: offer.status }} />
        </span>
      </p>
      <ul>
        {offer.items.map((item) => (
          <li key={item.kind}>
            <AmendsLine item={item} record={record} />
          </li>
        ))}
      </ul>
      {offer.note ? (
        <p className="prewrap muted">
          <FormattedMessage id="disputes.offer.note" values={{ note: offer.note }} />
        </p>
      ) : null}
    </div>
  );
}

export function AmendsLine({ item, record }: { item: AmendsItem; record: DisputeRecord }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const money = (minor: number) => formatMoney(minor, record.currency, locale);
  switch (item.kind) {
    case "rework":
      return (
        <FormattedMessage
          id="disputes.amends.rework"
          values={{ title: nameIn(record.deliverables, item.deliverableId) }}
        />
      );
    case "credit_note":
      return (
        <FormattedMessage
          id="disputes.amends.credit_note"
          values={{
            amount: money(item.amountMinor),
            number: nameIn(record.invoices, item.invoiceId),
          }}
        />
      );
    case "partial_refund":
      return (
        <FormattedMessage
          id="disputes.amends.partial_refund"
          values={{ amount: money(item.amountMinor) }}
        />
      );
    case "extended_deadline":
      return (
        <FormattedMessage
          id="disputes.amends.extended_deadline"
          values={{
            title: nameIn(record.milestones, item.milestoneId),
            date: intl.formatDate(`${item.dueDate}T00:00:00Z`, {
              dateStyle: "long",
              timeZone: "UTC",
            }),
          }}
        />
      );
    case "apology":
      return <FormattedMessage id="disputes.amends.apology" values={{ text: item.text }} />;
  }
}
