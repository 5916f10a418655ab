import type { z } from "zod";
import type {
  ChangeRequest,
  DeclineChangeBody,
  PriceChangeBody,
} from "../../../contracts/change-requests";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { todayOf } from "../../platform/clock";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { termsInForce } from "../../kernel/terms-in-force";
import { appendEvent } from "../ledger/append-event";
import { updateChangeRequest } from "./change-requests.repository";
import { lockChangeFor, refuseChangeMovedMeanwhile } from "./lock-change";
import { readChangeRequest } from "./read-change-requests";
import { refuseMoveBeyondHorizon } from "./refuse-move-beyond-horizon";

/** The provider prices a proposed change: effort, price and schedule impact. */
export function priceChange(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  changeRequestId: string,
  body: z.infer<typeof PriceChangeBody>,
): Promise<Result<ChangeRequest>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockChangeFor(trx, deps, actor, engagementId, changeRequestId, "price");
    if (!locked.ok) return locked;
    const { change, nextStatus, orgId } = locked.value;
    const agreed = await termsInForce(trx, engagementId);
    if (!agreed) return fail("no_agreement_in_force");
    const tooFar = refuseMoveBeyondHorizon(
      [agreed.terms],
      {
        deliverableIds: JSON.parse(change.deliverable_ids) as string[],
        scheduleImpactDays: body.scheduleImpactDays,
      },
      todayOf(deps.clock),
      "scheduleImpactDays",
    );
    if (tooFar) return tooFar;
    const now = deps.clock.now().toISOString();
    const isMoved = await updateChangeRequest(trx, change.id, change.status, {
      status: nextStatus,
      effort_quantity: body.effort.quantity,
      effort_unit: body.effort.unit,
      price_minor: body.priceMinor,
      schedule_impact_days: body.scheduleImpactDays,
      pricing_note: body.note,
      priced_by: actor.userId,
      priced_at: now,
      updated_at: now,
    });
    if (!isMoved) return refuseChangeMovedMeanwhile(trx, change, "price");
    await appendEvent(trx, deps, {
      engagementId,
      type: "change_request.priced",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: {
        changeRequestId: change.id,
        number: Number(change.number),
        title: change.title,
        priceMinor: body.priceMinor,
        currency: agreed.terms.remuneration.currency,
        effort: body.effort,
        scheduleImpactDays: body.scheduleImpactDays,
      },
    });
    return ok(
      await readChangeRequest(trx, { actor, engagement: locked.value.engagement }, change.id),
    );
  });
}

/**
 * Declines a change with a reason: the provider declines to do an unpriced one, the client
 * declines a priced one.
 */
export function declineChange(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  changeRequestId: string,
  body: z.infer<typeof DeclineChangeBody>,
): Promise<Result<ChangeRequest>> {
  return closeChange(deps, actor, engagementId, changeRequestId, "decline", body.reason);
}

/** Whoever proposed a change withdraws it before it is decided. */
export function withdrawChange(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  changeRequestId: string,
): Promise<Result<ChangeRequest>> {
  return closeChange(deps, actor, engagementId, changeRequestId, "withdraw", null);
}

function closeChange(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  changeRequestId: string,
  action: "decline" | "withdraw",
  reason: string | null,
): Promise<Result<ChangeRequest>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockChangeFor(trx, deps, actor, engagementId, changeRequestId, action);
    if (!locked.ok) return locked;
    const { change, nextStatus, orgId, side } = locked.value;
    const now = deps.clock.now().toISOString();
    const isMoved = await updateChangeRequest(trx, change.id, change.status, {
      status: nextStatus,
      decline_reason: reason,
      decided_by: actor.userId,
      decided_at: now,
      updated_at: now,
    });
    if (!isMoved) return refuseChangeMovedMeanwhile(trx, change, action);
    await appendEvent(trx, deps, {
      engagementId,
      type: action === "decline" ? "change_request.declined" : "change_request.withdrawn",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: {
        changeRequestId: change.id,
        number: Number(change.number),
        title: change.title,
        side,
        wasPriced: change.status === "priced",
        ...(reason !== null && { reason }),
      },
    });
    return ok(
      await readChangeRequest(trx, { actor, engagement: locked.value.engagement }, change.id),
    );
  });
}
