import type { Engagement } from "../../../contracts/engagements";
import type { Side } from "../../../domain/engagement/engagement";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { decideEngagementAction, sideOf } from "./engagement.policy";
import { presentEngagement } from "./engagement.presenter";
import { findEngagement, type EngagementWithOrgs } from "./engagements.repository";

/** Loads an engagement the actor may see, with the side they are on. */
export async function loadVisibleEngagement(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<Result<{ row: EngagementWithOrgs; side: Side }>> {
  const row = await findEngagement(deps.db, id);
  if (!row || decideEngagementAction(actor, row, "view") !== "allowed") return fail("not_found");
  const participant = sideOf(actor, row);
  if (!participant) return fail("not_found");
  return ok({ row, side: participant.side });
}

export async function getEngagement(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<Result<Engagement>> {
  const loaded = await loadVisibleEngagement(deps, actor, id);
  if (!loaded.ok) return loaded;
  return ok(presentEngagement(loaded.value.row, loaded.value.side));
}
