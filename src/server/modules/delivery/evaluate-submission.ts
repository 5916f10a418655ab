import type { z } from "zod";
import type { EvaluateBody, Submission } from "../../../contracts/delivery";
import { evaluateSubmission } from "../../../domain/delivery/evaluation";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { findingFields } from "../../platform/findings";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { termsOfVersionAndInForce } from "../../kernel/terms-in-force";
import { lockParticipant } from "../../kernel/lock-participant";
import { appendEvent } from "../ledger/append-event";
import { DELIVERY_ACCESS } from "./delivery.policy";
import {
  decideSubmission,
  findSubmission,
  insertNotes,
  insertVerdicts,
} from "./delivery.repository";
import { readSubmission } from "./read-delivery";
import { recordMilestoneIfComplete } from "./record-acceptance";

/** A round no longer in review says whether silence accepted it: it was then never evaluated. */
function notInReview(status: string): Result<never> {
  return fail("submission_not_in_review", { status });
}

/**
 * The client judges a submission on each criterion agreed for it, in the agreement version it
 * was handed in under. All met accepts it; an unmet criterion, with its reason, sends it back.
 * Remarks citing no criterion are kept beside the verdicts and never change the outcome.
 */
export function evaluate(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  submissionId: string,
  body: z.infer<typeof EvaluateBody>,
): Promise<Result<Submission>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, DELIVERY_ACCESS.evaluate);
    if (!locked.ok) return locked;
    const submission = await findSubmission(trx, engagementId, submissionId);
    if (!submission) return fail("not_found");
    if (submission.status !== "in_review") return notInReview(submission.status);
    const agreed = await termsOfVersionAndInForce(
      trx,
      engagementId,
      Number(submission.agreement_version),
    );
    const { terms } = agreed;
    const deliverable = terms?.deliverables.find((d) => d.id === submission.deliverable_id);
    if (!terms || !deliverable) throw new Error("a submission's agreement version is missing");

    const judged = evaluateSubmission(deliverable.criteria, body.verdicts);
    if (!judged.ok) {
      return fail(
        "evaluation_incomplete",
        { count: judged.findings.length },
        findingFields("evaluation", judged.findings),
      );
    }
    const now = deps.clock.now().toISOString();
    const isDecided = await decideSubmission(trx, submissionId, {
      status: judged.outcome,
      decidedBy: actor.userId,
      at: now,
    });
    if (!isDecided) {
      // Decided meanwhile: by another evaluation, or by the review window passing in silence.
      const decided = await findSubmission(trx, engagementId, submissionId);
      return notInReview(decided?.status ?? "accepted");
    }
    const statements = new Map(deliverable.criteria.map((c) => [c.id, c.statement]));
    await insertVerdicts(
      trx,
      body.verdicts.map((v) => ({
        submission_id: submissionId,
        criterion_id: v.criterionId,
        statement: statements.get(v.criterionId) ?? "",
        is_met: v.isMet ? 1 : 0,
        comment: v.comment,
      })),
    );
    await insertNotes(
      trx,
      body.remarks.map((text) => ({
        id: deps.ids.newId(),
        engagement_id: engagementId,
        submission_id: submissionId,
        deliverable_id: submission.deliverable_id,
        text,
        author_user_id: actor.userId,
        author_org_id: locked.value.orgId,
        change_request_id: null,
        created_at: now,
      })),
    );
    // The reply is read before the events are appended: they write none of what it shows, and
    // from the first event's health reaction to the commit both organisations' sums are locked
    // (on PostgreSQL), so every other post of either organisation waits four round trips fewer.
    const reply = await readSubmission(trx, engagementId, submissionId);
    await appendEvent(
      trx,
      deps,
      {
        engagementId,
        type: "deliverable.evaluated",
        actorUserId: actor.userId,
        actorOrgId: locked.value.orgId,
        payload: {
          submissionId,
          deliverableId: submission.deliverable_id,
          deliverableTitle: deliverable.title,
          round: Number(submission.round),
          outcome: judged.outcome,
          unmetCriterionIds: judged.unmetCriterionIds,
          remarkCount: body.remarks.length,
        },
      },
      locked.value.row,
    );
    if (judged.outcome === "accepted") {
      // Neither write above changes the agreement versions, nor the engagement's row.
      await recordMilestoneIfComplete(
        trx,
        deps,
        {
          engagementId,
          terms: agreed.inForce()?.terms ?? terms,
          deliverableId: submission.deliverable_id,
          actorUserId: actor.userId,
          actorOrgId: locked.value.orgId,
        },
        locked.value.row,
      );
    }
    return ok(reply);
  });
}
