import { retainerPeriodOf, type RetainerPeriod } from "../../../domain/billing/retainer-period";

/**
 * The retainer periods a provider is likely to invoice, newest first: the one `today` falls
 * in and the ones before it. Months, or calendar quarters when the agreement bills by quarter.
 */
export function recentRetainerPeriods(
  today: string,
  length: "month" | "quarter" | null,
  count: number,
): RetainerPeriod[] {
  const months = length === "quarter" ? 3 : 1;
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const first = year * 12 + (month - 1) - ((month - 1) % months);
  const periods: RetainerPeriod[] = [];
  for (let i = 0; i < count; i += 1) {
    const index = first - i * months;
    const start = `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}-01`;
    const period = retainerPeriodOf(start, length);
    if (period) periods.push(period);
  }
  return periods;
}
