import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { z } from "zod";
import type { AnswerCheckInBody, CheckIn } from "../../../contracts/health";
import { otherSide } from "../../../domain/engagement/engagement";
import { hasCompletedWork, type FactsState } from "../../../domain/health/facts-from-ledger";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { lockParticipant } from "../../kernel/lock-participant";
import { appendEvent } from "../ledger/append-event";
import { HEALTH_ACCESS } from "./health.policy";
import {
  closeCheckIn,
  findCheckInSchedule,
  findLatestCheckIn,
  findOpenCheckIn,
  listAnswerSides,
} from "./check-ins.repository";
import { presentCheckIn } from "./health.presenter";

/**
 * One side answers the open check-in privately. The answer is stored apart; the ledger gets
 * only its SHA-256 (over the canonical answer and a random salt, so a rating cannot be guessed
 * from the hash), which proves later that the stored answer was not changed. When both sides
 * have answered, the window closes at once and both answers start to count.
 */
export function answerCheckIn(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  body: z.infer<typeof AnswerCheckInBody>,
): Promise<Result<CheckIn>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(
      trx,
      deps,
      actor,
      engagementId,
      HEALTH_ACCESS.answerCheckIn,
    );
    if (!locked.ok) return locked;
    const { side, orgId } = locked.value;
    const checkIn = await findOpenCheckIn(trx, engagementId);
    if (!checkIn) {
      // A side answering again after its answer closed the window has answered, not missed it.
      const latest = await findLatestCheckIn(trx, engagementId);
      const isAnswered =
        latest !== undefined &&
        (await listAnswerSides(trx, [latest.id])).some((a) => a.side === side);
      if (isAnswered) return fail("check_in_already_answered");
      // No next window will open while the work is complete: say so, not "on the cadence".
      const health = await findCheckInSchedule(trx, engagementId);
      const isEnded = health && hasCompletedWork(JSON.parse(health.state) as FactsState);
      return fail(isEnded ? "check_ins_ended" : "check_in_closed");
    }
    const answers = await listAnswerSides(trx, [checkIn.id]);
    if (answers.some((a) => a.side === side)) return fail("check_in_already_answered");
    const now = deps.clock.now().toISOString();
    const salt = deps.ids.newId();
    const answerHash = createHash("sha256")
      .update(canonicalize({ checkInId: checkIn.id, side, ...body, salt }) ?? "")
      .digest("hex");
    const row = {
      check_in_id: checkIn.id,
      side,
      org_id: orgId,
      user_id: actor.userId,
      relationship_rating: body.relationshipRating,
      counterpart_rating: body.counterpartRating,
      reasons: JSON.stringify(body.reasons),
      comment: body.comment,
      answer_hash: `${salt}:${answerHash}`,
      answered_at: now,
    };
    await trx.insertInto("check_in_answers").values(row).execute();
    await appendEvent(trx, deps, {
      engagementId,
      type: "check_in.answered",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: { checkInId: checkIn.id, period: Number(checkIn.period), side, answerHash },
    });
    const hasOther = answers.some((a) => a.side === otherSide(side));
    if (hasOther && (await closeCheckIn(trx, checkIn.id, now))) {
      await appendEvent(trx, deps, {
        engagementId,
        type: "check_in.closed",
        actorUserId: null,
        actorOrgId: null,
        payload: {
          checkInId: checkIn.id,
          period: Number(checkIn.period),
          reason: "both_answered",
          answeredSides: 2,
        },
      });
    }
    return ok(
      presentCheckIn({ ...checkIn, status: hasOther ? "closed" : "open" }, [...answers, row], side),
    );
  });
}
