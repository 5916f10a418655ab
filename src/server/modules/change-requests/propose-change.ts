import type { z } from "zod";
import type { ChangeRequest, ProposeChangeBody } from "../../../contracts/change-requests";
import { openChangeTitled } from "../../../domain/change/change-request";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { termsInForce } from "../../kernel/terms-in-force";
import { CHANGE_REQUEST_ACCESS } from "./change-request.policy";
import { lockParticipant } from "../../kernel/lock-participant";
import { appendEvent } from "../ledger/append-event";
import {
  findRemark,
  insertChangeRequest,
  linkRemark,
  listOpenChangesBy,
  nextChangeNumber,
} from "./change-requests.repository";
import { readChangeRequest } from "./read-change-requests";

/**
 * Either side proposes a change to the agreement in force: what, why, and which deliverables it
 * touches. Made from a remark outside the criteria, it takes that remark in the same step, so
 * the remark stops counting as an unpriced demand and becomes something the provider prices.
 * A side's second open request of a title is refused (`openChangeTitled`): a double click or a
 * retry would otherwise be priced twice.
 */
export function proposeChange(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  body: z.infer<typeof ProposeChangeBody>,
): Promise<Result<ChangeRequest>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(
      trx,
      deps,
      actor,
      engagementId,
      CHANGE_REQUEST_ACCESS.propose,
    );
    if (!locked.ok) return locked;
    const agreed = await termsInForce(trx, engagementId);
    if (!agreed) return fail("no_agreement_in_force");
    const known = new Set(agreed.terms.deliverables.map((d) => d.id));
    const unknown = body.deliverableIds.findIndex((id) => !known.has(id));
    if (unknown >= 0) {
      return fail("validation_failed", undefined, [
        { path: `deliverableIds.${unknown}`, key: "error.unknown_deliverable" },
      ]);
    }
    if (body.fromRemarkId && !(await findRemark(trx, engagementId, body.fromRemarkId))) {
      return fail("not_found");
    }
    const { side } = locked.value;
    const open = await listOpenChangesBy(trx, engagementId, side);
    const sameTitle = openChangeTitled(open, { side, title: body.title });
    if (sameTitle) {
      const values = { number: sameTitle.number, title: sameTitle.title };
      return failAtField("change_request_open_with_title", "title", values);
    }
    const id = deps.ids.newId();
    const number = await nextChangeNumber(trx, engagementId);
    const now = deps.clock.now().toISOString();
    await insertChangeRequest(trx, {
      id,
      engagement_id: engagementId,
      number,
      status: "proposed",
      title: body.title,
      reason: body.reason,
      deliverable_ids: JSON.stringify([...new Set(body.deliverableIds)]),
      additional_revisions: body.additionalRevisions,
      proposed_by: actor.userId,
      proposed_side: locked.value.side,
      effort_quantity: null,
      effort_unit: null,
      price_minor: null,
      schedule_impact_days: null,
      pricing_note: null,
      priced_by: null,
      priced_at: null,
      decline_reason: null,
      decided_by: null,
      decided_at: null,
      application: null,
      agreement_version: null,
      applied_at: null,
      created_at: now,
      updated_at: now,
    });
    if (body.fromRemarkId && !(await linkRemark(trx, engagementId, body.fromRemarkId, id))) {
      return fail("note_already_converted");
    }
    await appendEvent(trx, deps, {
      engagementId,
      type: "change_request.proposed",
      actorUserId: actor.userId,
      actorOrgId: locked.value.orgId,
      payload: {
        changeRequestId: id,
        number,
        title: body.title,
        side: locked.value.side,
        deliverableIds: body.deliverableIds,
        fromRemarkId: body.fromRemarkId ?? null,
      },
    });
    return ok(await readChangeRequest(trx, { actor, engagement: locked.value.engagement }, id));
  });
}
