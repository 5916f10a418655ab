import type { Kysely } from "kysely";
import type { Side } from "../../../domain/engagement/engagement";
import { handOverChecklist } from "../../../domain/exit/hand-over";
import {
  computeExitDates,
  minimumCurePeriodDays,
  type NoticeReason,
} from "../../../domain/exit/notice";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import { todayOf } from "../../platform/clock";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { termsInForce } from "../../kernel/terms-in-force";
import { appendEvent } from "../ledger/append-event";
import { findExit, insertExit, insertHandOverItems } from "./exits.repository";

export interface ExitStarted {
  exitId: string;
  exitDate: string;
  cureBy: string | null;
  isNoticeWaived: boolean;
}

/**
 * Records an exit inside the caller's transaction, the engagement already locked: the dates
 * from the agreement's notice period (or the breach's cure period, or none for a protected
 * exit), the hand-over checklist from its hand-over duties, and the ledger event. One exit per
 * engagement; a cure period typed by the giver is at least `minimumCurePeriodDays`.
 */
export async function recordExit(
  trx: Kysely<Database>,
  deps: AppDeps,
  input: {
    engagementId: string;
    reason: NoticeReason;
    side: Side;
    actorUserId: string | null;
    actorOrgId: string | null;
    curePeriodDays: number | null;
    note: string;
  },
): Promise<Result<ExitStarted>> {
  if (await findExit(trx, input.engagementId)) return fail("exit_already_started");
  const agreed = await termsInForce(trx, input.engagementId);
  if (!agreed) return fail("no_agreement_in_force");
  const shortestCure = minimumCurePeriodDays(agreed.terms.noticePeriodDays);
  if (input.curePeriodDays !== null && input.curePeriodDays < shortestCure)
    return failAtField("exit_cure_period_too_short", "curePeriodDays", { days: shortestCure });
  const givenOn = todayOf(deps.clock);
  const dates = computeExitDates({
    givenOn,
    givenBy: input.side,
    reason: input.reason,
    noticePeriodDays: agreed.terms.noticePeriodDays,
    curePeriodDays: input.curePeriodDays,
  });
  const exitId = deps.ids.newId();
  const now = deps.clock.now().toISOString();
  await insertExit(trx, {
    id: exitId,
    engagement_id: input.engagementId,
    reason: input.reason,
    given_side: input.side,
    given_by: input.actorUserId,
    given_on: givenOn,
    exit_date: dates.exitDate,
    cure_by: dates.cureBy,
    is_notice_waived: dates.isNoticeWaived ? 1 : 0,
    note: input.note,
    created_at: now,
  });
  const checklist = handOverChecklist(agreed.terms.handOverDuties, dates.exitDate);
  await insertHandOverItems(
    trx,
    checklist.map((item) => ({
      id: deps.ids.newId(),
      exit_id: exitId,
      engagement_id: input.engagementId,
      item_key: item.id,
      duty: item.duty,
      is_standard: item.isStandard ? 1 : 0,
      responsible_side: item.responsibleSide,
      due_date: item.dueDate,
      done_at: null,
      done_by: null,
    })),
  );
  await appendEvent(trx, deps, {
    engagementId: input.engagementId,
    type: input.reason === "protected" ? "exit.protected_started" : "exit.notice_given",
    actorUserId: input.actorUserId,
    actorOrgId: input.actorOrgId,
    payload: {
      exitId,
      reason: input.reason,
      side: input.side,
      givenOn,
      exitDate: dates.exitDate,
      cureBy: dates.cureBy,
      isNoticeWaived: dates.isNoticeWaived,
      handOver: checklist.map((item) => ({
        key: item.id,
        duty: item.duty,
        side: item.responsibleSide,
        dueDate: item.dueDate,
      })),
    },
  });
  return ok({ exitId, ...dates });
}
