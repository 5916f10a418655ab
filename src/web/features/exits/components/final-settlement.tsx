import { FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import { SettlementLines } from "../../../shared/components/settlement-lines";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { formatMoney } from "../../../shared/lib/money";
import { REFUND_AMOUNT_PARAM } from "../../../shared/lib/refund-amount-param";
import type { Exit, SettlementLine } from "../exit-types";
import { settlementDocumentWording } from "../settlement-document";

/**
 * The final settlement from the record, line by line, as both sides read it before it is issued.
 * When money is owed back it says the refund to pay, tax included (the lines are net of tax),
 * and the side that records refunds gets a link to the refund form with that amount filled in.
 */
export function FinalSettlement({
  exit,
  refundsHref,
}: {
  exit: Exit;
  /** The engagement's invoices page, where the refund form is; null for a reader who cannot record one. */
  refundsHref: string | null;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const view = exit.settlement;
  return (
    <section className="card stack-sm" aria-labelledby="exit-settlement-title">
      <h2 id="exit-settlement-title">
        <FormattedMessage id="exit.settlement.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="exit.settlement.intro" />
      </p>
      {!view || !view.settlement ? (
        <p className="alert alert-info">
          <FormattedMessage
            id="exit.settlement.unavailable"
            values={{ reason: view?.unavailableReason ?? "" }}
          />
        </p>
      ) : (
        <>
          <SettlementLines
            currency={view.currency}
            lines={view.settlement.lines.map((line) => ({
              label: intl.formatMessage(
                { id: "exit.settlement.line" },
                lineValues(line, {
                  money: (minor) => formatMoney(minor, view.currency, locale),
                  day: (isoDate) =>
                    intl.formatDate(`${isoDate}T00:00:00Z`, { dateStyle: "long", timeZone: "UTC" }),
                }),
              ),
              amountMinor: line.amountMinor,
            }))}
          />
          <p className={exit.isSettled ? "alert alert-success" : "alert alert-info"}>
            <FormattedMessage
              id="exit.settlement.document"
              values={{
                kind: settlementDocumentWording(view.settlement),
                amount: formatMoney(
                  view.settlement.document.amountMinor ?? 0,
                  view.currency,
                  locale,
                ),
              }}
            />
          </p>
          {view.refundToSettleMinor !== null && !exit.isSettled ? (
            <p className="alert alert-warning">
              <FormattedMessage
                id="exit.settlement.refundToSettle"
                values={{ amount: formatMoney(view.refundToSettleMinor, view.currency, locale) }}
              />{" "}
              {refundsHref ? (
                <Link
                  to={`${refundsHref}?${REFUND_AMOUNT_PARAM}=${view.refundToSettleMinor}#refunds`}
                >
                  <FormattedMessage id="exit.settlement.recordRefund" />
                </Link>
              ) : null}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function lineValues(
  line: SettlementLine,
  { money, day }: { money: (minor: number) => string; day: (isoDate: string) => string },
): Record<string, string | number> {
  const base = { kind: line.kind, title: "", number: 0, count: 0, of: 0, unit: "" };
  switch (line.kind) {
    case "milestone_accepted":
      return { ...base, title: line.title };
    case "milestone_in_progress":
      return { ...base, title: line.title, count: line.shareBasisPoints / 100 };
    case "retainer_periods":
      return { ...base, count: line.periods };
    case "retainer_partial":
      return { ...base, count: line.daysServed, of: line.daysInPeriod };
    case "time":
      return {
        ...base,
        count: line.quantityMilli / 1000,
        unit: line.unit,
        title: money(line.rateMinor),
      };
    case "time_cap":
      return { ...base, title: money(line.capMinor) };
    case "approved_change":
      return { ...base, title: line.title, number: line.number };
    case "expense":
      return { ...base, title: line.description };
    case "payment":
      return { ...base, title: line.reference };
    case "credit":
      return { ...base, title: line.number };
    case "agreed_refund":
      return { ...base, number: line.disputeNumber };
    case "refund_paid":
      return { ...base, title: day(line.paidOn) };
    case "late_interest":
      return { ...base, title: line.invoiceNumber };
  }
}
