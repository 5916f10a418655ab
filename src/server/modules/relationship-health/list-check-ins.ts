import type { z } from "zod";
import type { CheckInList } from "../../../contracts/health";
import { hasCompletedWork, type FactsState } from "../../../domain/health/facts-from-ledger";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { loadVisibleEngagement } from "../../kernel/lock-participant";
import {
  findCheckInSchedule,
  listAnswerSides,
  listCheckIns as listRows,
} from "./check-ins.repository";
import { presentCheckIn } from "./health.presenter";

/**
 * The engagement's check-ins, newest first, each with the reader's own side's answer only, and
 * whether they ended because the work is complete (`hasCompletedWork`).
 */
export async function listCheckIns(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<z.infer<typeof CheckInList>>> {
  const loaded = await loadVisibleEngagement(deps, actor, engagementId);
  if (!loaded.ok) return loaded;
  const rows = await listRows(deps.db, engagementId);
  const answers = await listAnswerSides(
    deps.db,
    rows.map((r) => r.id),
  );
  const health = await findCheckInSchedule(deps.db, engagementId);
  return ok({
    checkIns: rows.map((row) => presentCheckIn(row, answers, loaded.value.side)),
    isWorkComplete: health ? hasCompletedWork(JSON.parse(health.state) as FactsState) : false,
  });
}
