import { useMemo } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { LineChart } from "../../../shared/components/line-chart";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { formatMoney } from "../../../shared/lib/money";
import { useInvoices } from "../api/get-invoices";
import { moneyOverTime } from "../money-over-time";

/**
 * What was invoiced and what was paid over the engagement's life, one line each, for the
 * overview. Nothing shows before the first invoice is issued. Loaded lazily by the overview.
 */
export default function MoneyOverTimeChart({ engagementId }: { engagementId: string }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const invoices = useInvoices(engagementId);
  const money = useMemo(
    () => (invoices.data ? moneyOverTime(invoices.data.invoices) : null),
    [invoices.data],
  );
  const series = useMemo(
    () =>
      money
        ? [
            {
              label: intl.formatMessage({ id: "billing.chart.invoiced" }),
              points: money.invoiced,
              color: "#2563eb",
            },
            {
              label: intl.formatMessage({ id: "billing.chart.paid" }),
              points: money.paid,
              color: "#15803d",
            },
          ]
        : [],
    [money, intl],
  );
  if (!money) return null;
  return (
    <section aria-labelledby="money-over-time-title" className="card stack">
      <h2 id="money-over-time-title">
        <FormattedMessage id="billing.chart.title" />
      </h2>
      <LineChart
        caption={
          <FormattedMessage id="billing.chart.caption" values={{ currency: money.currency }} />
        }
        series={series}
        formatValue={(value) => formatMoney(value, money.currency, locale)}
      />
    </section>
  );
}
