import type { Kysely } from "kysely";
import type { Side } from "../../../domain/engagement/engagement";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import { appendEvent } from "../ledger/append-event";
import { insertGoal } from "./goals.repository";

export interface NewGoal {
  title: string;
  baseline: number;
  target: number;
  unit: string;
  cadenceDays: number;
  dueDate: string | null;
  source: { kind: "brief" | "agreement" | "offer"; ref: string | null };
}

/**
 * Writes a goal and its ledger event inside the caller's transaction (engagement locked): the
 * one way goals join an engagement, whether a side sets one or an accepted offer brings them.
 */
export async function addGoal(
  trx: Kysely<Database>,
  deps: AppDeps,
  by: { engagementId: string; userId: string; orgId: string; side: Side },
  goal: NewGoal,
): Promise<string> {
  const id = deps.ids.newId();
  await insertGoal(trx, {
    id,
    engagement_id: by.engagementId,
    title: goal.title,
    baseline: goal.baseline,
    target: goal.target,
    unit: goal.unit,
    cadence_days: goal.cadenceDays,
    due_date: goal.dueDate,
    source_kind: goal.source.kind,
    source_ref: goal.source.ref,
    set_by_side: by.side,
    set_by: by.userId,
    created_at: deps.clock.now().toISOString(),
  });
  await appendEvent(trx, deps, {
    engagementId: by.engagementId,
    type: "goal.set",
    actorUserId: by.userId,
    actorOrgId: by.orgId,
    payload: {
      goalId: id,
      title: goal.title,
      baseline: goal.baseline,
      target: goal.target,
      unit: goal.unit,
      cadenceDays: goal.cadenceDays,
      dueDate: goal.dueDate,
      source: goal.source.kind,
      side: by.side,
    },
  });
  return id;
}
