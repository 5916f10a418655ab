import type { z } from "zod";
import type { Unworded } from "../../platform/wording";
import type { NextPhaseOfferList } from "../../../contracts/growth";
import { abilitiesOf } from "../../kernel/access";
import { hasEngagementEnded } from "../../kernel/engagement-rows.repository";
import { findEngagementFor } from "../../kernel/lock-participant";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { GROWTH_ACCESS } from "./growth.policy";
import { readGoals } from "./list-goals";
import { presentOffer } from "./offer.presenter";
import { listOffers } from "./offers.repository";

/** The engagement's next-phase offers, newest first, with what the reader may do. */
export async function listNextPhaseOffers(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<
  Result<Unworded<z.infer<typeof NextPhaseOfferList>, "sentence" | "message" | "reason">>
> {
  const found = await findEngagementFor(deps.db, actor, engagementId, GROWTH_ACCESS.view);
  if (!found.ok) return found;
  const today = deps.clock.now().toISOString().slice(0, 10);
  const goals = await readGoals(deps.db, engagementId, today);
  const offers = await listOffers(deps.db, engagementId);
  const { engagement } = found.value;
  const hasEnded = hasEngagementEnded(engagement, deps.clock.now());
  const abilities = abilitiesOf(actor, engagement, GROWTH_ACCESS, hasEnded);
  return ok({
    offers: offers.map((row) => presentOffer(row, goals)),
    abilities: { offer: abilities.offer, answerOffer: abilities.answerOffer },
  });
}
