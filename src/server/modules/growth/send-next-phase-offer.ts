import { currencyChange } from "../../../domain/agreement/kept-currency";
import type { z } from "zod";
import type { SendOfferBody } from "../../../contracts/growth";
import {
  checkNextPhaseOffer,
  offerGoalTitleTaken,
  waitingOfferLike,
} from "../../../domain/growth/next-phase-offer";
import { lockParticipant } from "../../kernel/lock-participant";
import { termsInForce } from "../../kernel/terms-in-force";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { findingFields } from "../../platform/findings";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { providerFloorRate } from "../agreements/agreement-reader";
import { appendEvent } from "../ledger/append-event";
import { listGoals } from "./goals.repository";
import { refuseTermsBeyondHorizon } from "../../kernel/planned-days";
import { refuseGoalDueDates } from "./goal-due-date";
import { GROWTH_ACCESS } from "./growth.policy";
import { readGoals } from "./list-goals";
import {
  parseOfferContent,
  presentOffer,
  type OfferContent,
  type OfferView,
} from "./offer.presenter";
import { findOffer, insertOffer, listOffers, supersedeOpenOffers } from "./offers.repository";
import { findReview } from "./reviews.repository";

/**
 * The provider offers the next phase of an active engagement, from a review of the
 * relationship or at any time. It goes through the proposal's feasibility check and the
 * amendment's fair-terms check: a blocking finding refuses it, each named in the error's fields.
 * It may only point to this engagement's goals and reviews, and its goals take titles the
 * engagement has no goal of yet (`offerGoalTitleTaken`). A new offer replaces the one still
 * waiting or sent back for a change; the one still waiting sent again word for word is refused
 * (`waitingOfferLike`), so a double click leaves one offer.
 */
export function sendNextPhaseOffer(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  body: z.infer<typeof SendOfferBody>,
): Promise<Result<OfferView>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, GROWTH_ACCESS.offer);
    if (!locked.ok) return locked;
    const { engagement, orgId } = locked.value;
    if (engagement.status !== "active") return fail("engagement_not_active");
    const agreed = await termsInForce(trx, engagementId);
    if (!agreed) return fail("engagement_not_active");
    const setGoals = await listGoals(trx, engagementId);
    const goalIds = new Set(setGoals.map((g) => g.id));
    const isReviewKnown =
      body.reviewId === null || (await findReview(trx, engagementId, body.reviewId)) !== undefined;
    const unknownGoal = body.justifiedByGoalIds.findIndex((id) => !goalIds.has(id));
    if (!isReviewKnown || unknownGoal >= 0) {
      const path = isReviewKnown ? `justifiedByGoalIds.${unknownGoal}` : "reviewId";
      return failAtField("offer_justification_unknown", path);
    }
    const changed = currencyChange(agreed.terms, body.terms);
    if (changed) {
      const values = { offer: changed.proposed, agreement: changed.agreed };
      return failAtField("offer_currency_differs", "terms.remuneration.currency", values);
    }
    const now = deps.clock.now().toISOString();
    const today = now.slice(0, 10);
    const refusedDate =
      refuseGoalDueDates(body.goals, today, (i) => `goals.${i}.dueDate`) ??
      refuseTermsBeyondHorizon(body.terms, today);
    if (refusedDate) return refusedDate;
    const titleTaken = offerGoalTitleTaken(setGoals, body.goals);
    if (titleTaken) {
      const path = `goals.${titleTaken.index}.title`;
      const values = { title: titleTaken.title };
      return titleTaken.by === "engagement"
        ? failAtField("goal_title_taken", path, values)
        : fail("validation_failed", undefined, [
            { path, key: "validation.offer_goal_title_repeated", values },
          ]);
    }
    const offer = {
      title: body.title,
      summary: body.summary,
      goals: body.goals,
      terms: body.terms,
      justifiedByGoalIds: [...new Set(body.justifiedByGoalIds)],
    };
    const earlier = (await listOffers(trx, engagementId)).map((row) => ({
      status: row.status,
      offer: parseOfferContent(row).offer,
    }));
    if (waitingOfferLike(earlier, offer)) return fail("offer_repeated", { title: offer.title });
    const findings = checkNextPhaseOffer(
      offer,
      agreed.terms,
      await providerFloorRate(trx, engagement),
      now.slice(0, 10),
    );
    const blocking = {
      feasibility: findings.feasibility.filter((f) => f.severity === "blocking"),
      fairTerms: findings.fairTerms.filter((f) => f.severity === "blocking"),
    };
    const blockingCount = blocking.feasibility.length + blocking.fairTerms.length;
    if (blockingCount > 0) {
      return fail("offer_not_sendable", { count: blockingCount }, [
        ...findingFields("feasibility", blocking.feasibility),
        ...findingFields("fairTerms", blocking.fairTerms),
      ]);
    }
    await supersedeOpenOffers(trx, engagementId);
    const id = deps.ids.newId();
    const content: OfferContent = { offer, findings };
    await insertOffer(trx, {
      id,
      engagement_id: engagementId,
      review_id: body.reviewId,
      content: JSON.stringify(content),
      status: "sent",
      answer_note: null,
      agreement_version: null,
      created_by: actor.userId,
      created_at: now,
      answered_by: null,
      answered_at: null,
    });
    await appendEvent(trx, deps, {
      engagementId,
      type: "next_phase.offered",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: {
        offerId: id,
        title: offer.title,
        currency: body.terms.remuneration.currency,
        priceMinor: body.terms.remuneration.amountMinor,
        goalCount: offer.goals.length,
        deliverableCount: offer.terms.deliverables.length,
        justifiedByGoalIds: offer.justifiedByGoalIds,
        reviewId: body.reviewId,
      },
    });
    const row = await findOffer(trx, engagementId, id);
    if (!row) throw new Error("offer vanished inside its own transaction");
    const goals = await readGoals(trx, engagementId, now.slice(0, 10));
    return ok(presentOffer(row, goals));
  });
}
