import type { Kysely } from "kysely";
import type { CaseDecision } from "../../../domain/moderation/moderation-case";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import { startProtectedExit } from "../exits/start-protected-exit";
import { appendEvent } from "../ledger/append-event";
import { insertSanction, listOpenEngagementsOf, type CaseRow } from "./moderation.repository";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Puts a decision's sanction in force. An expulsion also flags every open engagement of the
 * expelled organisation to move to the exit flow, the other party protected
 * (`engagement.exit_flagged`) and starts its protected exit: notice waived for the protected
 * side, the hand-over still owed (an engagement without an agreement in force is only flagged).
 * Notice already running, given by either side, becomes that protected exit.
 */
export async function applyDecision(
  trx: Kysely<Database>,
  deps: AppDeps,
  row: CaseRow,
  decision: CaseDecision,
  suspensionDays: number | null,
  moderator: { userId: string | null; reason: string } = { userId: null, reason: "" },
): Promise<void> {
  if (decision === "no_action") return;
  const now = deps.clock.now();
  await insertSanction(trx, {
    id: deps.ids.newId(),
    org_id: row.accused_org_id,
    case_id: row.id,
    kind: decision,
    starts_at: now.toISOString(),
    ends_at:
      decision === "suspension" && suspensionDays
        ? new Date(now.getTime() + suspensionDays * DAY_MS).toISOString()
        : null,
    lifted_at: null,
  });
  if (decision !== "expulsion") return;
  for (const engagement of await listOpenEngagementsOf(trx, row.accused_org_id)) {
    const protectedSide = engagement.client_org_id === row.accused_org_id ? "provider" : "client";
    await appendEvent(trx, deps, {
      engagementId: engagement.id,
      type: "engagement.exit_flagged",
      actorUserId: null,
      actorOrgId: null,
      payload: {
        caseId: row.id,
        expelledOrgId: row.accused_org_id,
        protectedSide,
      },
    });
    await startProtectedExit(trx, deps, {
      engagementId: engagement.id,
      protectedSide,
      moderatorUserId: moderator.userId,
      reason: moderator.reason,
    });
  }
}
