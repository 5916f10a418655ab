import type { ChangeRequest } from "../../../contracts/change-requests";
import { applyChangeToTerms, changeApplication } from "../../../domain/change/change-request";
import { formatMoney } from "../../../i18n/format";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { todayOf } from "../../platform/clock";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { termsInForce } from "../../kernel/terms-in-force";
import { findVersionInState } from "../agreements/agreements.repository";
import { parseTerms } from "../agreements/canonical-terms";
import { writeChangeIntoAgreement } from "../agreements/write-change-into-agreement";
import { appendEvent } from "../ledger/append-event";
import { updateChangeRequest } from "./change-requests.repository";
import { lockChangeFor, refuseChangeMovedMeanwhile } from "./lock-change";
import { readChangeRequest } from "./read-change-requests";
import { refuseMoveBeyondHorizon } from "./refuse-move-beyond-horizon";

/**
 * The client approves a priced change. It enters the agreement as the change-control clause
 * says: acknowledged (in force at once, the change is applied) or by amendment (a draft both
 * sides sign; the change is applied when it comes into force).
 */
export function approveChange(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  changeRequestId: string,
): Promise<Result<ChangeRequest>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockChangeFor(trx, deps, actor, engagementId, changeRequestId, "approve");
    if (!locked.ok) return locked;
    const { change, orgId, side } = locked.value;
    const agreed = await termsInForce(trx, engagementId);
    if (!agreed) return fail("no_agreement_in_force");
    const priceMinor = Number(change.price_minor ?? 0);
    const application = changeApplication(agreed.terms.changeControl, priceMinor);
    const number = Number(change.number);
    const currency = agreed.terms.remuneration.currency;
    const deliverableIds = JSON.parse(change.deliverable_ids) as string[];
    const scheduleImpactDays = Number(change.schedule_impact_days ?? 0);
    // Priced within the horizon, a milestone may since have moved (an amendment, an open draft).
    // The versions the change is written into: an open draft, and the terms in force unless the
    // change waits in that draft for signatures (`writeChangeIntoAgreement`).
    const draft = await findVersionInState(trx, engagementId, "draft");
    const draftTerms = draft ? [parseTerms(draft.terms)] : [];
    const tooFar = refuseMoveBeyondHorizon(
      draft && application === "amendment" ? draftTerms : [agreed.terms, ...draftTerms],
      { deliverableIds, scheduleImpactDays },
      todayOf(deps.clock),
    );
    if (tooFar) return tooFar;
    const written = await writeChangeIntoAgreement(trx, deps, {
      engagementId,
      actorUserId: actor.userId,
      actorOrgId: orgId,
      side,
      changeNumber: number,
      application,
      amend: (terms) =>
        applyChangeToTerms(
          terms,
          {
            number,
            title: change.title,
            reason: change.reason,
            deliverableIds,
            additionalRevisions: Number(change.additional_revisions),
            pricing: {
              effort: {
                unit: change.effort_unit ?? "hour",
                quantity: Number(change.effort_quantity),
              },
              priceMinor,
              scheduleImpactDays,
            },
          },
          (amount) => formatMoney("en", amount, currency),
        ),
    });
    const now = deps.clock.now().toISOString();
    const isMoved = await updateChangeRequest(trx, change.id, change.status, {
      status: written.isInForce ? "applied" : "approved",
      decided_by: actor.userId,
      decided_at: now,
      application,
      agreement_version: written.version,
      applied_at: written.isInForce ? now : null,
      updated_at: now,
    });
    if (!isMoved) return refuseChangeMovedMeanwhile(trx, change, "approve");
    const payload = {
      changeRequestId: change.id,
      number,
      title: change.title,
      priceMinor,
      currency,
      application,
      agreementVersion: written.version,
    };
    await appendEvent(trx, deps, {
      engagementId,
      type: "change_request.approved",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload,
    });
    if (written.isInForce) {
      await appendEvent(trx, deps, {
        engagementId,
        type: "change_request.applied",
        actorUserId: actor.userId,
        actorOrgId: orgId,
        payload,
      });
    }
    return ok(
      await readChangeRequest(trx, { actor, engagement: locked.value.engagement }, change.id),
    );
  });
}
