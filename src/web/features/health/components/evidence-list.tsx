import { FormattedMessage } from "react-intl";
import { Link } from "react-router";
import type { HealthEvidence } from "../../../shared/api/types";
import { evidencePath } from "../health-view";

/** The invoices, milestones, change requests… behind an input or a warning, each a link. */
export function EvidenceList({
  engagementId,
  evidence,
}: {
  engagementId: string;
  evidence: readonly HealthEvidence[];
}) {
  if (evidence.length === 0) return null;
  return (
    <ul className="inline-list evidence-list">
      {evidence.map((item) => {
        const path = evidencePath(engagementId, item);
        const label =
          item.kind === "check_in" ? (
            <FormattedMessage id="health.evidence.checkIn" />
          ) : item.kind === "thread" ? (
            <FormattedMessage id="health.evidence.thread" />
          ) : item.kind === "fair_dealing" ? (
            <FormattedMessage id="health.evidence.fairDealing" />
          ) : item.kind === "dispute" ? (
            <FormattedMessage id="health.evidence.dispute" />
          ) : (
            item.label
          );
        return (
          <li key={`${item.kind}-${item.id}`}>{path ? <Link to={path}>{label}</Link> : label}</li>
        );
      })}
    </ul>
  );
}
