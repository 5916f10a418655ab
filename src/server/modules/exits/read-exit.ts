import type { Kysely } from "kysely";
import { exitOutcome } from "../../../domain/exit/hand-over";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { findEngagementFor } from "../../kernel/lock-participant";
import { EXIT_ACCESS } from "./exit.policy";
import { findExit, listHandOverItems } from "./exits.repository";

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
    isStandard: boolean;
    responsibleSide: "client" | "provider";
    dueDate: string;
    doneAt: string | null;
  }[];
  isHandOverComplete: boolean;
}

/** The exit of an engagement with its hand-over, presented for either side. */
export async function readExit(db: Kysely<Database>, engagementId: string): Promise<ExitView> {
  const row = await findExit(db, engagementId);
  if (!row) throw new Error("exit vanished");
  const items = await listHandOverItems(db, row.id);
  const handOver = items.map((item) => ({
    id: item.id,
    key: item.item_key,
    duty: item.duty,
    isStandard: Boolean(Number(item.is_standard)),
    responsibleSide: item.responsible_side,
    dueDate: item.due_date,
    doneAt: item.done_at,
  }));
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
    isHandOverComplete: exitOutcome({
      handOver: handOver.map((item) => ({ isDone: item.doneAt !== null })),
      settlement: "not_issued",
      feedback: [],
    }).isHandOverComplete,
  };
}

export async function getExit(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<ExitView>> {
  const engagement = await findEngagementFor(deps.db, actor, engagementId, EXIT_ACCESS.view);
  if (!engagement.ok) return engagement;
  if (!(await findExit(deps.db, engagementId))) return fail("not_found");
  return ok(await readExit(deps.db, engagementId));
}
