import type { Kysely } from "kysely";
import { RESPONSE_WINDOW_DAYS } from "../../../domain/moderation/moderation-case";
import type { Database, ModerationCasesTable } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import { appendEvent } from "../ledger/append-event";
import { insertCase } from "./moderation.repository";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface NewCase {
  engagementId: string;
  source: ModerationCasesTable["source"];
  subjectKind: ModerationCasesTable["subject_kind"];
  subjectId: string;
  accusedOrgId: string;
  complainantOrgId: string | null;
  reportedBy: string | null;
  reason: string;
  evidence: unknown;
  actorUserId: string | null;
}

/**
 * Opens a case and sends the accused organisation its notice with the response window: both
 * parties see the `moderation.case_opened` event (the reporter's identity stays out of it).
 */
export async function openCase(
  trx: Kysely<Database>,
  deps: AppDeps,
  input: NewCase,
): Promise<string> {
  const now = deps.clock.now();
  const id = deps.ids.newId();
  const responseDueAt = new Date(now.getTime() + RESPONSE_WINDOW_DAYS * DAY_MS).toISOString();
  await insertCase(trx, {
    id,
    engagement_id: input.engagementId,
    source: input.source,
    subject_kind: input.subjectKind,
    subject_id: input.subjectId,
    accused_org_id: input.accusedOrgId,
    complainant_org_id: input.complainantOrgId,
    reported_by: input.reportedBy,
    reason: input.reason,
    evidence: JSON.stringify(input.evidence),
    status: "open",
    response_due_at: responseDueAt,
    created_at: now.toISOString(),
  });
  await appendEvent(trx, deps, {
    engagementId: input.engagementId,
    type: "moderation.case_opened",
    actorUserId: null,
    actorOrgId: null,
    payload: {
      caseId: id,
      source: input.source,
      subjectKind: input.subjectKind,
      subjectId: input.subjectId,
      accusedOrgId: input.accusedOrgId,
      responseDueAt,
    },
  });
  return id;
}
