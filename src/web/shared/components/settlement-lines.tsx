import type { ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import { useLocale } from "../i18n/locale-provider";
import { formatMoney } from "../lib/money";
import { CardTable } from "./card-table";

export interface SettlementLine {
  /** What the line is, already worded in the reader's language. */
  label: string;
  amountMinor: number;
}

/**
 * A settlement read line by line, the same for both sides: a label and an amount per line, and
 * optionally a total row (its label says which way the balance goes, the amount is shown as
 * given). The partial settlement of a dispute and the final settlement of an exit share it.
 */
export function SettlementLines({
  lines,
  currency,
  total,
}: {
  lines: readonly SettlementLine[];
  currency: string;
  total?: { label: ReactNode; amountMinor: number } | undefined;
}) {
  const { locale } = useLocale();
  const money = (minor: number) => formatMoney(minor, currency, locale);
  return (
    <CardTable>
      <table className="settlement-table">
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="disputes.settlement.column.line" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="disputes.settlement.column.amount" />
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr key={index}>
              <td>{line.label}</td>
              <td className="numeric">{money(line.amountMinor)}</td>
            </tr>
          ))}
        </tbody>
        {total ? (
          <tfoot>
            <tr>
              <th scope="row">{total.label}</th>
              <td className="numeric">
                <strong>{money(total.amountMinor)}</strong>
              </td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </CardTable>
  );
}
