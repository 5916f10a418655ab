import { FormattedMessage } from "react-intl";
import { Link } from "react-router";
import type { HealthEvidence } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { evidencePath, evidenceWording } from "../health-view";

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
        const wording = evidenceWording(item);
        const label =
          "text" in wording ? (
            wording.text
          ) : (
            <FormattedMessage
              id={wording.id}
              values={{ date: wording.day ? <DateOnly key="d" value={wording.day} /> : null }}
            />
          );
        return (
          <li key={`${item.kind}-${item.id}`}>{path ? <Link to={path}>{label}</Link> : label}</li>
        );
      })}
    </ul>
  );
}
