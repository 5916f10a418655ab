import { FormattedMessage, useIntl } from "react-intl";
import { retainerPeriodOf } from "../../../../domain/billing/retainer-period";
import type { Invoice } from "../../../shared/api/types";
import type { SourceNames } from "../source-names";

/** What the invoice covers, in words: the milestone, change, retainer period or late interest. */
export function InvoiceSource({
  invoice,
  names,
  invoices,
}: {
  invoice: Pick<Invoice, "source">;
  names: SourceNames;
  /** The engagement's invoices, to name the one a late-interest invoice claims on. */
  invoices: readonly Pick<Invoice, "id" | "number">[];
}) {
  const intl = useIntl();
  const { kind, ref } = invoice.source;
  switch (kind) {
    case "milestone":
      return (
        <FormattedMessage
          id="invoices.source.milestone"
          values={{ title: (ref && names.milestones.get(ref)?.title) ?? ref ?? "" }}
        />
      );
    case "change_request": {
      const change = ref ? names.changes.get(ref) : undefined;
      return change ? (
        <FormattedMessage
          id="invoices.source.changeRequest"
          values={{ number: change.number, title: change.title }}
        />
      ) : (
        <FormattedMessage id="invoices.source.changeRequest.unknown" />
      );
    }
    case "retainer": {
      const period = ref ? retainerPeriodOf(ref, names.retainerPeriod) : null;
      const date = (day: string) =>
        intl.formatDate(`${day}T00:00:00Z`, { dateStyle: "medium", timeZone: "UTC" });
      return (
        <FormattedMessage
          id="invoices.source.retainer"
          values={{
            start: period ? date(period.start) : (ref ?? ""),
            end: period ? date(period.end) : "",
          }}
        />
      );
    }
    case "late_interest": {
      // The reference is `<invoice id>@<day>`: the invoice claimed on, as of that day.
      const claimedOn = invoices.find((other) => other.id === ref?.split("@", 1)[0]);
      return (
        <FormattedMessage
          id="invoices.source.lateInterest"
          values={{ number: claimedOn?.number ?? "" }}
        />
      );
    }
    case "manual":
      return <FormattedMessage id="invoices.source.manual" />;
  }
}
