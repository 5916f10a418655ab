import type { z } from "zod";
import type { NextPhaseOfferList } from "../../../contracts/growth";
import type { Locale } from "../../../i18n/locales";
import { abilitiesOf } from "../../kernel/access";
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
  locale: Locale,
): Promise<Result<z.infer<typeof NextPhaseOfferList>>> {
  const found = await findEngagementFor(deps.db, actor, engagementId, GROWTH_ACCESS.view);
  if (!found.ok) return found;
  const today = deps.clock.now().toISOString().slice(0, 10);
  const goals = await readGoals(deps.db, engagementId, today, locale);
  const offers = await listOffers(deps.db, engagementId);
  const abilities = abilitiesOf(actor, found.value.engagement, GROWTH_ACCESS);
  return ok({
    offers: offers.map((row) => presentOffer(row, goals, locale)),
    abilities: { offer: abilities.offer, answerOffer: abilities.answerOffer },
  });
}
