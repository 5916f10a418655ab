import type { z } from "zod";
import type { EngagementHealth, HealthHistory } from "../../../contracts/health";
import type { HealthWarning } from "../../../domain/health/warnings";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import type { ReadFirst } from "../../platform/request-context";
import { fail, ok, type Result } from "../../platform/result";
import type { Unworded } from "../../platform/wording";
import { loadVisibleEngagement, visibleSide } from "../../kernel/lock-participant";
import { explainEngagementHealth } from "./explain-engagement-health";
import { dailyScores } from "../../../domain/health/score-history";
import {
  findEngagementHealthForReader,
  findHealthComputedAt,
  listHistory,
} from "./health.repository";
import { presentEngagementHealth } from "./health.presenter";

/** Both sides' scores on the engagement, explained, and its warnings: the same for both sides. */
export async function getEngagementHealth(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  first?: ReadFirst | null,
): Promise<
  Result<Unworded<z.infer<typeof EngagementHealth>, "reasonText" | "nextStepText" | "text">>
> {
  // The access check's row and the stored health in one statement.
  const found = await findEngagementHealthForReader(deps.db, engagementId, first);
  const side = visibleSide(actor, found?.participants);
  if (!side.ok) return side;
  const row = found?.health;
  if (!row) return fail("not_found");
  return ok(
    presentEngagementHealth({
      engagementId,
      startedAt: found.startedAt,
      now: deps.clock.now().toISOString(),
      explanation: await explainEngagementHealth(deps.db, row),
      warnings: JSON.parse(row.warnings) as HealthWarning[],
      computedAt: row.computed_at,
    }),
  );
}

/** Both sides' daily scores on the engagement, oldest first, up to its latest assessment. */
export async function getEngagementHealthHistory(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<z.infer<typeof HealthHistory>>> {
  const loaded = await loadVisibleEngagement(deps, actor, engagementId);
  if (!loaded.ok) return loaded;
  const rows = await listHistory(deps.db, "engagement", engagementId);
  const computedAt = await findHealthComputedAt(deps.db, engagementId);
  const changes = rows.map((r) => ({
    day: r.day,
    side: r.side === "client" ? ("client" as const) : ("provider" as const),
    score: r.score === null ? null : Number(r.score),
  }));
  return ok({ points: dailyScores(changes, computedAt?.slice(0, 10) ?? "") });
}
