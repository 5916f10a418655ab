import type { z } from "zod";
import type { AnswerOfferBody } from "../../../contracts/growth";
import {
  applyOfferToTerms,
  goalsToBring,
  isOfferAnswerable,
} from "../../../domain/growth/next-phase-offer";
import { GROWTH } from "../../../domain/health/growth-constants";
import { lockParticipant } from "../../kernel/lock-participant";
import { termsInForce } from "../../kernel/terms-in-force";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { writeChangeIntoAgreement } from "../agreements/write-change-into-agreement";
import { appendEvent } from "../ledger/append-event";
import { addGoal } from "./add-goal";
import { listGoals } from "./goals.repository";
import { GROWTH_ACCESS } from "./growth.policy";
import { readGoals } from "./list-goals";
import { parseOfferContent, presentOffer, type OfferView } from "./offer.presenter";
import { answerOfferRow, findOffer, setOfferAgreementVersion } from "./offers.repository";
import { refuseOfferAnswer, refuseOfferAnsweredMeanwhile } from "./refuse-answered-step";

/**
 * The client answers a next-phase offer. Accepting writes the phase into an amendment (a draft
 * both sides then sign, checked again at signature) and brings its goals into the engagement;
 * declining says why; asking for a change says what, and the provider sends a new offer. A goal
 * of a title the engagement has by then (set after the offer was sent) is not made again
 * (`goalsToBring`).
 */
export function answerNextPhaseOffer(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  offerId: string,
  body: z.infer<typeof AnswerOfferBody>,
): Promise<Result<OfferView>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, GROWTH_ACCESS.answerOffer);
    if (!locked.ok) return locked;
    const { engagement, side, orgId } = locked.value;
    const row = await findOffer(trx, engagementId, offerId);
    if (!row) return fail("not_found");
    if (!isOfferAnswerable(row.status)) return refuseOfferAnswer(row.status, body.outcome);
    if (body.outcome === "accepted" && engagement.status !== "active") {
      return fail("engagement_not_active");
    }
    const now = deps.clock.now().toISOString();
    const isAnswered = await answerOfferRow(trx, offerId, {
      status: body.outcome,
      answer_note: body.note || null,
      answered_by: actor.userId,
      answered_at: now,
    });
    if (!isAnswered) return refuseOfferAnsweredMeanwhile(trx, engagementId, offerId, body.outcome);
    const { offer } = parseOfferContent(row);
    const by = { engagementId, userId: actor.userId, orgId, side };
    let agreementVersion: number | undefined;
    if (body.outcome === "accepted") {
      // The one writer of amendments: the open draft takes the phase (its signatures fall), else
      // a new draft copied from the version in force; that stays in force until both sign.
      const written = await writeChangeIntoAgreement(trx, deps, {
        engagementId,
        actorUserId: actor.userId,
        actorOrgId: orgId,
        side,
        application: "amendment",
        amend: (terms) => applyOfferToTerms(terms, offer),
      });
      agreementVersion = written.version;
      await setOfferAgreementVersion(trx, offerId, agreementVersion);
      const cadenceDays =
        (await termsInForce(trx, engagementId))?.terms.cadence.checkInEveryDays ??
        GROWTH.goals.defaultCadenceDays;
      for (const goal of goalsToBring(await listGoals(trx, engagementId), offer.goals)) {
        await addGoal(trx, deps, by, {
          ...goal,
          cadenceDays,
          source: { kind: "offer", ref: offerId },
        });
      }
    }
    await appendEvent(trx, deps, {
      engagementId,
      type: "next_phase.answered",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: {
        offerId,
        title: offer.title,
        outcome: body.outcome,
        ...(agreementVersion !== undefined && { agreementVersion }),
      },
    });
    const answered = await findOffer(trx, engagementId, offerId);
    if (!answered) throw new Error("offer vanished inside its own transaction");
    const goals = await readGoals(trx, engagementId, now.slice(0, 10));
    return ok(presentOffer(answered, goals));
  });
}
