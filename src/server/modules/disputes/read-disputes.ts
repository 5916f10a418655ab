import type { Kysely } from "kysely";
import type { Dispute } from "../../../contracts/disputes";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { findEngagementFor } from "../../kernel/lock-participant";
import { DISPUTE_ACCESS } from "./dispute.policy";
import { findDispute, listDisputes, listOffers } from "./disputes.repository";
import { presentDispute, type DisputeViewer } from "./dispute.presenter";
import { can } from "../../kernel/access";

/** One dispute with its offers, read inside or outside a transaction. */
export async function readDispute(
  db: Kysely<Database>,
  engagementId: string,
  disputeId: string,
  viewer: DisputeViewer | null,
): Promise<Dispute> {
  const row = await findDispute(db, engagementId, disputeId);
  if (!row) throw new Error("dispute vanished");
  return presentDispute(row, await listOffers(db, [row.id]), viewer);
}

/**
 * The reader of a dispute at `now`: the side they read for, and whether their role acts in
 * disputes.
 */
export function disputeViewerOf(
  actor: Actor,
  found: { engagement: Parameters<typeof can>[1]; side: DisputeViewer["side"] },
  now: Date,
): DisputeViewer {
  return {
    side: found.side,
    canAct: can(actor, found.engagement, DISPUTE_ACCESS.act).decision === "allowed",
    now,
  };
}

/** Both sides (viewers too) read every dispute of their engagement. */
export async function listEngagementDisputes(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<{ items: Dispute[] }>> {
  const engagement = await findEngagementFor(deps.db, actor, engagementId, DISPUTE_ACCESS.view);
  if (!engagement.ok) return engagement;
  const rows = await listDisputes(deps.db, engagementId);
  const offers = await listOffers(
    deps.db,
    rows.map((r) => r.id),
  );
  const viewer = disputeViewerOf(actor, engagement.value, deps.clock.now());
  return ok({ items: rows.map((row) => presentDispute(row, offers, viewer)) });
}

export async function getDispute(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  disputeId: string,
): Promise<Result<Dispute>> {
  const engagement = await findEngagementFor(deps.db, actor, engagementId, DISPUTE_ACCESS.view);
  if (!engagement.ok) return engagement;
  if (!(await findDispute(deps.db, engagementId, disputeId))) return fail("not_found");
  return ok(
    await readDispute(
      deps.db,
      engagementId,
      disputeId,
      disputeViewerOf(actor, engagement.value, deps.clock.now()),
    ),
  );
}
