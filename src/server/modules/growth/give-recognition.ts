import type { z } from "zod";
import type {
  GiveRecognitionBody,
  Recognition,
  RequestRecognitionBody,
} from "../../../contracts/growth";
import { otherSide } from "../../../domain/engagement/engagement";
import { earlierRecognitionLike, initialStatus } from "../../../domain/growth/recognition";
import { lockParticipant } from "../../kernel/lock-participant";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { appendEvent } from "../ledger/append-event";
import { GROWTH_ACCESS } from "./growth.policy";
import { presentRecognition } from "./recognition.presenter";
import { subjectTitlesOf } from "./recognition-subjects";
import {
  findRecognition,
  insertRecognition,
  listRecognitionIdentities,
} from "./recognitions.repository";
import { orgIdOfSide } from "../../kernel/access";

type Given =
  | { isRequest: false; body: z.infer<typeof GiveRecognitionBody> }
  | { isRequest: true; body: z.infer<typeof RequestRecognitionBody> };

/**
 * Recognition beyond money, either way. Given (kudos, an introduction, a testimonial or case
 * study), it goes from the actor's side to the other and waits for the recognised side's
 * consent. Requested (a testimonial or case study the actor's side drafted about itself), it
 * waits for the other side, whose words it carries, to approve the text. A subject must be one
 * of this engagement's deliverables or goals. Nothing is public before the answer. A side's
 * second recognition of a kind for the same subject (or, without one, in the same words) is
 * refused (`earlierRecognitionLike`), so a double click cannot count twice towards health.
 */
export function giveRecognition(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  given: Given,
): Promise<Result<z.infer<typeof Recognition>>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, GROWTH_ACCESS.recognise);
    if (!locked.ok) return locked;
    const { engagement, side, orgId } = locked.value;
    const { body } = given;
    const titles = await subjectTitlesOf(trx, engagementId);
    if (body.subject && !titles.has(`${body.subject.kind}:${body.subject.id}`)) {
      return failAtField("recognition_subject_unknown", "subject.id");
    }
    // The reasons are a client's qualities (fast feedback, clear briefs, paying on time): only
    // the provider gives them.
    if (!given.isRequest && given.body.reason !== null && side !== "provider") {
      return fail("validation_failed", undefined, [
        { path: "reason", key: "validation.reason_provider_only" },
      ]);
    }
    const fromSide = given.isRequest ? otherSide(side) : side;
    const fromOrg = orgIdOfSide(engagement, fromSide);
    const toOrg = orgIdOfSide(engagement, otherSide(fromSide));
    if (!fromOrg || !toOrg) return fail("engagement_not_active");
    const subject = body.subject ?? null;
    const earlier = await listRecognitionIdentities(trx, engagementId);
    const repeated = earlierRecognitionLike(
      earlier.map((r) => ({
        fromSide: r.from_side,
        kind: r.kind,
        subject: r.subject_kind && r.subject_id ? { kind: r.subject_kind, id: r.subject_id } : null,
        text: r.text,
        status: r.status,
      })),
      { fromSide, kind: body.kind, subject, text: body.text },
    );
    if (repeated) {
      const title = subject ? titles.get(`${subject.kind}:${subject.id}`) : undefined;
      return fail("recognition_already_given", {
        hasSubject: title === undefined ? "no" : "yes",
        subject: title ?? "",
      });
    }
    const id = deps.ids.newId();
    await insertRecognition(trx, {
      id,
      engagement_id: engagementId,
      kind: body.kind,
      from_side: fromSide,
      from_org_id: fromOrg,
      to_org_id: toOrg,
      reason: given.isRequest ? null : given.body.reason,
      subject_kind: body.subject?.kind ?? null,
      subject_id: body.subject?.id ?? null,
      people: JSON.stringify(body.people),
      text: body.text,
      introduced_org: given.isRequest ? null : given.body.introducedOrg,
      status: initialStatus(given.isRequest),
      created_by: actor.userId,
      created_at: deps.clock.now().toISOString(),
      text_approved_at: null,
      consent_answered_at: null,
    });
    const ref = { recognitionId: id, kind: body.kind };
    await appendEvent(
      trx,
      deps,
      given.isRequest
        ? {
            engagementId,
            type: "recognition.requested",
            actorUserId: actor.userId,
            actorOrgId: orgId,
            payload: { ...ref, fromSide },
          }
        : {
            engagementId,
            type: "recognition.given",
            actorUserId: actor.userId,
            actorOrgId: orgId,
            payload: {
              ...ref,
              fromSide,
              subjectKind: body.subject?.kind ?? null,
              subjectId: body.subject?.id ?? null,
            },
          },
    );
    const row = await findRecognition(trx, engagementId, id);
    if (!row) throw new Error("recognition vanished inside its own transaction");
    return ok(presentRecognition(row, titles, { side, mayAnswer: true }));
  });
}
