import type { Kysely } from "kysely";
import type { Dispute } from "../../../contracts/disputes";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { findEngagementFor } from "../../kernel/lock-participant";
import { DISPUTE_ACCESS } from "./dispute.policy";
import { findDispute, listDisputes, listOffers } from "./disputes.repository";
import { presentDispute } from "./dispute.presenter";

/** One dispute with its offers, read inside or outside a transaction. */
export async function readDispute(
  db: Kysely<Database>,
  engagementId: string,
  disputeId: string,
): Promise<Dispute> {
  const row = await findDispute(db, engagementId, disputeId);
  if (!row) throw new Error("dispute vanished");
  return presentDispute(row, await listOffers(db, [row.id]));
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
  return ok({ items: rows.map((row) => presentDispute(row, offers)) });
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
  return ok(await readDispute(deps.db, engagementId, disputeId));
}
