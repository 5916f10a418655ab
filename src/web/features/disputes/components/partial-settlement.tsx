import { FormattedMessage, useIntl } from "react-intl";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { SettlementLines } from "../../../shared/components/settlement-lines";
import { formatMoney } from "../../../shared/lib/money";
import { useDisputeSettlement } from "../api/get-disputes";
import type { DisputeSettlement } from "../dispute-types";

type Line = NonNullable<DisputeSettlement["settlement"]>["lines"][number];

/** The fair partial settlement from the record, line by line, the same for both sides. */
export function PartialSettlement({
  engagementId,
  disputeId,
}: {
  engagementId: string;
  disputeId: string;
}) {
  const query = useDisputeSettlement(engagementId, disputeId);
  const headingId = `dispute-${disputeId}-settlement`;
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const settlement = query.data.settlement;
  if (!settlement)
    return (
      <p className="muted">
        <FormattedMessage id="disputes.settlement.none" />
      </p>
    );
  return <PartialSettlementView settlement={settlement} headingId={headingId} />;
}

/** A computed partial settlement as both sides (and the mediating moderator) read it. */
export function PartialSettlementView({
  settlement,
  headingId,
}: {
  settlement: NonNullable<DisputeSettlement["settlement"]>;
  headingId: string;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  return (
    <section className="stack-sm" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <FormattedMessage id="disputes.settlement.title" />
      </h3>
      <p>
        <FormattedMessage
          id="disputes.settlement.intro"
          values={{
            milestone: settlement.milestone.title,
            price: formatMoney(settlement.milestone.priceMinor, settlement.currency, locale),
          }}
        />
      </p>
      <SettlementLines
        currency={settlement.currency}
        lines={settlement.lines.map((line) => ({
          label: intl.formatMessage({ id: "disputes.settlement.line" }, lineValues(line)),
          amountMinor: line.amountMinor,
        }))}
        total={{
          label: (
            <FormattedMessage
              id="disputes.settlement.balance"
              values={{ isOwed: settlement.balanceMinor >= 0 ? "yes" : "no" }}
            />
          ),
          amountMinor: Math.abs(settlement.balanceMinor),
        }}
      />
    </section>
  );
}

function lineValues(line: Line): Record<string, string | number> {
  switch (line.kind) {
    case "criteria_met":
      return {
        kind: line.kind,
        title: line.title,
        met: line.criteriaMet,
        total: line.criteriaTotal,
        number: 0,
      };
    case "approved_change":
      return { kind: line.kind, title: line.title, number: line.number, met: 0, total: 0 };
    case "payment":
      return { kind: line.kind, title: line.reference, number: 0, met: 0, total: 0 };
    case "credit":
      return { kind: line.kind, title: line.number, number: 0, met: 0, total: 0 };
  }
}
