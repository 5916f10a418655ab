import type { BriefResponse } from "../../../contracts/briefs";
import type { Brief } from "../../../domain/brief/brief";
import { checkBriefClarity } from "../../../domain/brief/clarity-check";
import { hasBlockingFinding } from "../../../domain/findings";
import type { Locale } from "../../../i18n/locales";
import { localiseFindings } from "../../platform/findings";
import type { BriefRow } from "./briefs.repository";

export function briefContent(row: Pick<BriefRow, "content">): Brief {
  return JSON.parse(row.content) as Brief;
}

/** A brief with its clarity findings in the reader's language. */
export function presentBrief(
  row: BriefRow,
  locale: Locale,
  today: string,
  isInvited: boolean,
): BriefResponse {
  const brief = briefContent(row);
  const findings = checkBriefClarity(brief, today);
  return {
    ...brief,
    id: row.id,
    org: { id: row.org_id, name: row.org_name, kind: row.org_kind },
    status: row.status,
    findings: localiseFindings(locale, "clarity", findings),
    isPublishable: row.status === "draft" && !hasBlockingFinding(findings),
    isInvited,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    awardedAt: row.awarded_at ?? null,
  };
}
