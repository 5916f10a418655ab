import type { z } from "zod";
import type { Responsiveness } from "../../../contracts/messages";
import {
  measureResponsiveness,
  type SideResponsiveness,
} from "../../../domain/messages/responsiveness";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { findVersionInState } from "../agreements/agreements.repository";
import { parseTerms } from "../agreements/canonical-terms";
import { listMessageTimes } from "./messages.repository";
import { accessThread } from "./thread-access";

/**
 * How quickly each side answers the other across every thread, against the response times of
 * the agreement in force (none in force: times without a verdict). Both sides see the same.
 */
export async function getResponsiveness(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<z.infer<typeof Responsiveness>>> {
  const access = await accessThread(deps.db, actor, engagementId, "engagement", "read");
  if (!access.ok) return access;
  const [rows, inForce] = await Promise.all([
    listMessageTimes(deps.db, engagementId),
    findVersionInState(deps.db, engagementId, "in_force"),
  ]);
  const agreed = inForce ? parseTerms(inForce.terms).responseTimes : null;
  const now = deps.clock.now();
  const measured = measureResponsiveness(
    rows.map((row) => ({
      side: row.author_side,
      thread: `${row.thread_kind}:${row.thread_id}`,
      at: new Date(row.created_at),
    })),
    agreed,
    now,
  );
  return ok({
    engagementId,
    agreed: agreed && { clientHours: agreed.clientHours, providerHours: agreed.providerHours },
    client: rounded(measured.client),
    provider: rounded(measured.provider),
    measuredAt: now.toISOString(),
  });
}

/** Hours to the minute's precision and shares to the per mille: enough to read, stable to compare. */
function rounded(side: SideResponsiveness): SideResponsiveness {
  const round = (value: number | null, digits: number) =>
    value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;
  return {
    ...side,
    medianHours: round(side.medianHours, 2),
    worstHours: round(side.worstHours, 2),
    withinAgreedShare: round(side.withinAgreedShare, 3),
  };
}
