import type { BriefResponse } from "../../../contracts/briefs";
import type { Brief } from "../../../domain/brief/brief";
import { checkBriefClarity } from "../../../domain/brief/clarity-check";
import { hasBlockingFinding } from "../../../domain/findings";
import { findingResponses, type FindingView } from "../../platform/findings";
import type { BriefRow } from "./briefs.repository";

/** A brief as use-cases answer it: its findings still to be worded. */
export type BriefView = Omit<BriefResponse, "findings"> & { findings: FindingView[] };

export function briefContent(row: Pick<BriefRow, "content">): Brief {
  return JSON.parse(row.content) as Brief;
}

/**
 * A brief with its clarity findings, worded for the reader at the HTTP edge. A closed brief has
 * none: nothing can be edited or published any more, and its dates have gone by as they should.
 */
export function presentBrief(row: BriefRow, today: string, isInvited: boolean): BriefView {
  const brief = briefContent(row);
  const findings = row.status === "closed" ? [] : checkBriefClarity(brief, today);
  return {
    ...brief,
    id: row.id,
    org: { id: row.org_id, name: row.org_name, kind: row.org_kind },
    status: row.status,
    findings: findingResponses("clarity", findings),
    isPublishable: row.status === "draft" && !hasBlockingFinding(findings),
    isInvited,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    awardedAt: row.awarded_at ?? null,
  };
}
