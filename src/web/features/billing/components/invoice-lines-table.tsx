import { FormattedMessage, FormattedNumber } from "react-intl";
import type { InvoiceLine } from "../../../shared/api/types";
import { percentOf } from "../invoice-rules";
import { Money } from "./money";
import { CardTable } from "../../../shared/components/card-table";

/** The invoice's lines as issued: what, how many, at what price and tax rate, and the net. */
export function InvoiceLinesTable({
  lines,
  currency,
}: {
  lines: readonly InvoiceLine[];
  currency: string;
}) {
  return (
    <CardTable>
      <table className="compact-table invoice-lines">
        <caption className="visually-hidden">
          <FormattedMessage id="invoices.lines.caption" />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="invoices.lines.description" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="invoices.lines.quantity" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="invoices.lines.unitPrice" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="invoices.lines.taxRate" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="invoices.lines.net" />
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.position}>
              <td className="prewrap">{line.description}</td>
              <td className="numeric">
                <FormattedNumber value={line.quantityMilli / 1000} maximumFractionDigits={3} />
              </td>
              <td className="numeric">
                <Money minor={line.unitPriceMinor} currency={currency} />
              </td>
              <td className="numeric">
                <FormattedNumber
                  value={percentOf(line.taxRateBasisPoints)}
                  style="percent"
                  maximumFractionDigits={2}
                />
              </td>
              <td className="numeric">
                <Money minor={line.netMinor} currency={currency} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </CardTable>
  );
}
