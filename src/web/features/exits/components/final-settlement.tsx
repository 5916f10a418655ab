import { FormattedMessage, useIntl } from "react-intl";
import { SettlementLines } from "../../../shared/components/settlement-lines";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { formatMoney } from "../../../shared/lib/money";
import type { Exit, SettlementLine } from "../exit-types";

/** The final settlement from the record, line by line, as both sides read it before it is issued. */
export function FinalSettlement({ exit }: { exit: Exit }) {
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
                kind: view.settlement.document.kind,
                amount: formatMoney(
                  view.settlement.document.amountMinor ?? 0,
                  view.currency,
                  locale,
                ),
              }}
            />
          </p>
        </>
      )}
    </section>
  );
}

function lineValues(
  line: SettlementLine,
  { money, day }: { money: (minor: number) => string; day: (isoDate: string) => string },
): Record<string, string | number> {
  const base = { kind: line.kind, title: "", number: 0, count: 0, of: 0 };
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
      return { ...base, count: line.quantityMilli / 1000, title: money(line.rateMinor) };
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
