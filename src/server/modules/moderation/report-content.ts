import type { z } from "zod";
import type { ModerationCase, ReportBody } from "../../../contracts/moderation";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, forbidden, ok, type Result } from "../../platform/result";
import { lockEngagement } from "../../db/locking";
import { runInTransaction } from "../../platform/transaction";
import { can } from "../../kernel/access";
import { ENGAGEMENT_ACCESS } from "../../kernel/engagement-access";
import { findEngagement } from "../../kernel/engagement-rows.repository";
import { presentCase } from "./moderation.presenter";
import { speaksFor } from "./moderation.policy";
import { findCase, hasCaseOnSubject, isPublishedReview } from "./moderation.repository";
import { openCase } from "./open-case";

/** The engagement and author organisation of a message, a review or a review's reply. */
async function subjectOf(deps: AppDeps, kind: "message" | "review" | "reply", id: string) {
  switch (kind) {
    case "message":
      return deps.db
        .selectFrom("messages")
        .select(["engagement_id", "author_org_id as author_org_id"])
        .where("id", "=", id)
        .executeTakeFirst();
    case "review":
      return deps.db
        .selectFrom("reviews")
        .select(["engagement_id", "reviewer_org_id as author_org_id"])
        .where("id", "=", id)
        .executeTakeFirst();
    case "reply":
      // A reply is named by its review's id: a review has at most one.
      return deps.db
        .selectFrom("review_replies as rr")
        .innerJoin("reviews as r", "r.id", "rr.review_id")
        .select(["r.engagement_id as engagement_id", "rr.author_org_id as author_org_id"])
        .where("rr.review_id", "=", id)
        .executeTakeFirst();
  }
}

/**
 * Any owner or member of an engagement's organisations reports a message, review or reply of
 * the other side with a reason. The case opens with a notice to the author's organisation; the
 * reporter's name stays with the moderators. A text has at most one case (a report refused
 * with `subject_already_reported` when one exists, from a report or from screening).
 */
export async function reportContent(
  deps: AppDeps,
  actor: Actor,
  input: z.infer<typeof ReportBody>,
): Promise<Result<z.infer<typeof ModerationCase>>> {
  const subject = await subjectOf(deps, input.subjectKind, input.subjectId);
  const engagement = subject && (await findEngagement(deps.db, subject.engagement_id));
  if (!subject || !engagement) return fail("not_found");
  if (can(actor, engagement, ENGAGEMENT_ACCESS.view).decision !== "allowed")
    return fail("not_found");
  const reporterOrgId = [engagement.client_org_id, engagement.provider_org_id].find(
    (orgId) => orgId !== subject.author_org_id && speaksFor(actor, orgId),
  );
  if (!reporterOrgId) {
    // An owner or member of the author's side is told why; anyone else, that the role falls short.
    const isAuthorSide = speaksFor(actor, subject.author_org_id);
    return isAuthorSide ? forbidden("other_side_only") : fail("forbidden");
  }
  if (input.subjectKind === "review") {
    if (!(await isPublishedReview(deps.db, subject.engagement_id, input.subjectId)))
      return fail("not_found");
  }
  return runInTransaction(deps.db, async (trx) => {
    // One case per text: a repeated report (a second click, a second member) would send the
    // accused a second notice about the same words. The lock makes two reports at once queue.
    await lockEngagement(trx, deps.dialect, subject.engagement_id);
    if (await hasCaseOnSubject(trx, input.subjectKind, input.subjectId))
      return fail("subject_already_reported");
    const caseId = await openCase(trx, deps, {
      engagementId: subject.engagement_id,
      source: "report",
      subjectKind: input.subjectKind,
      subjectId: input.subjectId,
      accusedOrgId: subject.author_org_id,
      complainantOrgId: reporterOrgId,
      reportedBy: actor.userId,
      reason: input.reason,
      evidence: { report: input.reason },
      actorUserId: actor.userId,
    });
    const row = await findCase(trx, caseId);
    return row ? ok(presentCase(row, "complainant", deps.clock.now())) : fail("internal");
  });
}
