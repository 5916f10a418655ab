import type { z } from "zod";
import type { NudgeStats } from "../../../contracts/reviews";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { isModerator } from "../../kernel/access";
import { countNudges } from "./nudges.repository";

/** How often the nudge before sending led to a revision rather than a send-anyway. */
export function nudgeStatsOf(rows: readonly { outcome: string; n: number | string }[]) {
  const count = (outcome: string) => Number(rows.find((r) => r.outcome === outcome)?.n ?? 0);
  const revised = count("revised");
  const sentAnyway = count("sent_anyway");
  const pending = count("pending");
  const resolved = revised + sentAnyway;
  return {
    shown: resolved + pending,
    revised,
    sentAnyway,
    pending,
    revisionRate: resolved === 0 ? null : Math.round((revised / resolved) * 1000) / 1000,
  };
}

/** The instance-wide figure, for platform moderators. */
export async function getNudgeStats(
  deps: AppDeps,
  actor: Actor,
): Promise<Result<z.infer<typeof NudgeStats>>> {
  if (!isModerator(actor)) return fail("forbidden");
  return ok(nudgeStatsOf(await countNudges(deps.db)));
}
