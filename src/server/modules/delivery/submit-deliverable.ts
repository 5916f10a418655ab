import type { z } from "zod";
import type { SubmitBody, Submission } from "../../../contracts/delivery";
import { canSubmit, reviewDueAt } from "../../../domain/delivery/deliverable-progress";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { termsInForce } from "../agreements/terms-in-force";
import { lockParticipant } from "../../kernel/lock-participant";
import { appendEvent } from "../ledger/append-event";
import { DELIVERY_ACCESS } from "./delivery.policy";
import { attachFiles, insertSubmission, listRounds } from "./delivery.repository";
import { readSubmission } from "./read-delivery";

/**
 * The provider hands in a round of a deliverable of the agreement in force, with the files it
 * uploaded. The review window and whether silence accepts are fixed now, from the agreement the
 * work was handed in under, so a later amendment cannot change the rules of a round in review.
 */
export function submitDeliverable(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  deliverableId: string,
  body: z.infer<typeof SubmitBody>,
): Promise<Result<Submission>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, DELIVERY_ACCESS.submit);
    if (!locked.ok) return locked;
    const agreed = await termsInForce(trx, engagementId);
    if (!agreed) return fail("no_agreement_in_force");
    const deliverable = agreed.terms.deliverables.find((d) => d.id === deliverableId);
    if (!deliverable) return fail("unknown_deliverable");
    const rounds = await listRounds(trx, engagementId, deliverableId);
    const allowed = canSubmit(deliverable, rounds);
    if (!allowed.ok) {
      return allowed.reason === "revision_limit_reached"
        ? fail(allowed.reason, { limit: deliverable.revisionLimit ?? 0 })
        : fail(allowed.reason);
    }

    const now = deps.clock.now();
    const dueAt = reviewDueAt(now, agreed.terms.reviewWindowDays);
    const submissionId = deps.ids.newId();
    await insertSubmission(trx, {
      id: submissionId,
      engagement_id: engagementId,
      deliverable_id: deliverableId,
      round: allowed.round,
      agreement_version: agreed.version,
      status: "in_review",
      description: body.description,
      links: JSON.stringify(body.links),
      submitted_by: actor.userId,
      submitted_at: now.toISOString(),
      review_due_at: dueAt?.toISOString() ?? null,
      is_deemed_acceptance_agreed: dueAt && agreed.terms.hasDeemedAcceptance ? 1 : 0,
      review_reminded_at: null,
      decided_by: null,
      decided_at: null,
    });
    const fileIds = [...new Set(body.fileIds)];
    const attached = await attachFiles(trx, {
      engagementId,
      orgId: locked.value.orgId,
      fileIds,
      submissionId,
    });
    if (attached !== fileIds.length) {
      return fail("validation_failed", undefined, [
        { path: "fileIds", key: "validation.file_unavailable" },
      ]);
    }
    await appendEvent(trx, deps, {
      engagementId,
      type: "deliverable.submitted",
      actorUserId: actor.userId,
      actorOrgId: locked.value.orgId,
      payload: {
        submissionId,
        deliverableId,
        deliverableTitle: deliverable.title,
        round: allowed.round,
        agreementVersion: agreed.version,
        reviewDueAt: dueAt?.toISOString() ?? null,
        fileCount: fileIds.length,
      },
    });
    return ok(await readSubmission(trx, engagementId, submissionId));
  });
}
