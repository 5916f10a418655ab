import { FormattedMessage, FormattedNumber } from "react-intl";
import { percentOf } from "../invoice-rules";
import { Money } from "./money";

export interface TotalsView {
  currency: string;
  taxGroups: readonly { rateBasisPoints: number; netMinor: number; taxMinor: number }[];
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
}

/** Subtotal, the tax of each rate (stated once per rate), and the total. */
export function InvoiceTotals({ totals, label }: { totals: TotalsView; label: string }) {
  const { currency } = totals;
  return (
    <table className="compact-table invoice-totals" aria-label={label}>
      <tbody>
        <tr>
          <th scope="row">
            <FormattedMessage id="invoices.totals.subtotal" />
          </th>
          <td className="numeric">
            <Money minor={totals.subtotalMinor} currency={currency} />
          </td>
        </tr>
        {totals.taxGroups.map((group) => (
          <tr key={group.rateBasisPoints}>
            <th scope="row">
              <FormattedMessage
                id="invoices.totals.taxGroup"
                values={{
                  rate: (
                    <FormattedNumber
                      key="rate"
                      value={percentOf(group.rateBasisPoints)}
                      style="percent"
                      maximumFractionDigits={2}
                    />
                  ),
                  net: <Money key="net" minor={group.netMinor} currency={currency} />,
                }}
              />
            </th>
            <td className="numeric">
              <Money minor={group.taxMinor} currency={currency} />
            </td>
          </tr>
        ))}
        <tr className="row-total">
          <th scope="row">
            <FormattedMessage id="invoices.totals.total" />
          </th>
          <td className="numeric">
            <Money minor={totals.totalMinor} currency={currency} />
          </td>
        </tr>
      </tbody>
    </table>
  );
}
