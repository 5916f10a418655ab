import { useLocale } from "../../../shared/i18n/locale-provider";
import { formatMoney } from "../../../shared/lib/money";

/** An amount in minor units, in the reader's format: "€1,500.00", "1 500,00 €". */
export function Money({ minor, currency }: { minor: number; currency: string }) {
  const { locale } = useLocale();
  return <span className="amount">{formatMoney(minor, currency, locale)}</span>;
}
