import type { Engagement } from "../../../contracts/engagements";
import { loadVisibleEngagement } from "../../kernel/lock-participant";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import type { ReadFirst } from "../../platform/request-context";
import { ok, type Result } from "../../platform/result";
import { presentEngagement } from "./engagement.presenter";

export async function getEngagement(
  deps: AppDeps,
  actor: Actor,
  id: string,
  first?: ReadFirst | null,
): Promise<Result<Engagement>> {
  const loaded = await loadVisibleEngagement(deps, actor, id, first);
  if (!loaded.ok) return loaded;
  return ok(presentEngagement(loaded.value.row, actor, deps.clock.now()));
}
