import type { Kysely } from "kysely";
import type { Side } from "../../../domain/engagement/engagement";
import { exitOutcome, isStandardDuty } from "../../../domain/exit/hand-over";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { wording, type Wording } from "../../platform/wording";
import { findEngagementFor } from "../../kernel/lock-participant";
import { EXIT_ACCESS } from "./exit.policy";
import { findExit, listExitFeedback, listHandOverItems } from "./exits.repository";
import { finalSettlementOf, type SettlementView } from "./final-settlement-of";

export interface ExitView {
  id: string;
  reason: "notice" | "breach" | "protected";
  givenSide: "client" | "provider";
  givenOn: string;
  exitDate: string;
  cureBy: string | null;
  isNoticeWaived: boolean;
  note: string;
  handOver: {
    id: string;
    key: string;
    duty: string;
    dutyText: string | Wording;
    isStandard: boolean;
    responsibleSide: "client" | "provider";
    dueDate: string;
    doneAt: string | null;
  }[];
  isHandOverComplete: boolean;
  /** The final settlement line by line, as both sides read it before anything is issued. */
  settlement: SettlementView | null;
  /** The settlement's balance is zero: what was earned is paid and what was owed back credited. */
  isSettled: boolean;
  /** Which sides gave feedback; the reader's own answer in full, never the other side's. */
  feedback: {
    side: Side;
    rating: number | null;
    wouldWorkAgain: boolean | null;
    comment: string | null;
  }[];
  endedAmicablyAt: string | null;
  /** Both sides said they would work together again. */
  isDoorOpen: boolean;
}

/**
 * The exit of an engagement with its hand-over, settlement and feedback. `viewerSide` sees its
 * own feedback; the other side's shows only that it was given (its rating feeds health only).
 */
export async function readExit(
  db: Kysely<Database>,
  engagementId: string,
  viewerSide: Side | null = null,
): Promise<ExitView> {
  const row = await findExit(db, engagementId);
  if (!row) throw new Error("exit vanished");
  const items = await listHandOverItems(db, row.id);
  const handOver = items.map((item) => {
    const isStandard = Boolean(Number(item.is_standard));
    return {
      id: item.id,
      key: item.item_key,
      duty: item.duty,
      dutyText: isStandard && isStandardDuty(item.duty) ? wording(item.duty) : item.duty,
      isStandard,
      responsibleSide: item.responsible_side,
      dueDate: item.due_date,
      doneAt: item.done_at,
    };
  });
  const settlement = await finalSettlementOf(db, engagementId, row.exit_date);
  const feedbackRows = await listExitFeedback(db, row.id);
  const outcome = exitOutcome({
    handOver: handOver.map((item) => ({ isDone: item.doneAt !== null })),
    settlement: settlement?.settlement?.balanceMinor === 0 ? "paid" : "not_issued",
    feedback: feedbackRows.map((f) => ({
      side: f.side,
      wouldWorkAgain: Boolean(Number(f.would_work_again)),
    })),
  });
  return {
    id: row.id,
    reason: row.reason,
    givenSide: row.given_side,
    givenOn: row.given_on,
    exitDate: row.exit_date,
    cureBy: row.cure_by,
    isNoticeWaived: Boolean(Number(row.is_notice_waived)),
    note: row.note,
    handOver,
    isHandOverComplete: outcome.isHandOverComplete,
    settlement,
    isSettled: outcome.isSettled,
    feedback: feedbackRows.map((f) =>
      f.side === viewerSide
        ? {
            side: f.side,
            rating: Number(f.rating),
            wouldWorkAgain: Boolean(Number(f.would_work_again)),
            comment: f.comment,
          }
        : { side: f.side, rating: null, wouldWorkAgain: null, comment: null },
    ),
    endedAmicablyAt: row.ended_amicably_at,
    isDoorOpen: outcome.isDoorOpen,
  };
}

export async function getExit(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<ExitView | null>> {
  const engagement = await findEngagementFor(deps.db, actor, engagementId, EXIT_ACCESS.view);
  if (!engagement.ok) return engagement;
  // No exit under way is a state, not an error: a participant reads null (outsiders got
  // `not_found` above), as the agreement's overview reads `inForce: null` before one is signed.
  if (!(await findExit(deps.db, engagementId))) return ok(null);
  return ok(await readExit(deps.db, engagementId, engagement.value.side));
}
