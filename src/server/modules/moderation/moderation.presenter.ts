import type { z } from "zod";
import type { ModerationCase } from "../../../contracts/moderation";
import type { CaseViewerRole } from "./moderation.policy";
import type { CaseRow } from "./moderation.repository";

/** A case as a party or a moderator sees it; who reported it is never shown. */
export function presentCase(
  row: CaseRow,
  viewerRole: CaseViewerRole,
): z.infer<typeof ModerationCase> {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    source: row.source,
    subject: { kind: row.subject_kind, id: row.subject_id },
    accusedOrgId: row.accused_org_id,
    complainantOrgId: row.complainant_org_id,
    reason: row.reason,
    evidence: JSON.parse(row.evidence) as unknown,
    status: row.status,
    notice: {
      responseDueAt: row.response_due_at,
      response: row.response,
      respondedAt: row.responded_at,
    },
    decision:
      row.decision && row.decision_reason && row.decided_at
        ? {
            decision: row.decision,
            reason: row.decision_reason,
            decidedAt: row.decided_at,
            suspensionDays: row.suspension_days === null ? null : Number(row.suspension_days),
          }
        : null,
    appeal:
      row.appeal_reason && row.appealed_at
        ? {
            reason: row.appeal_reason,
            appealedAt: row.appealed_at,
            outcome: row.appeal_outcome,
            outcomeReason: row.appeal_decision_reason,
            decidedAt: row.appeal_decided_at,
          }
        : null,
    viewerRole,
    createdAt: row.created_at,
  };
}
