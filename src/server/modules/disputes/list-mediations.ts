import type { MediationList } from "../../../contracts/disputes";
import type { PageQuery } from "../../../contracts/pagination";
import { checkRecommendation } from "../../../domain/dispute/mediation";
import { isModerator } from "../../kernel/access";
import type { Actor } from "../../platform/actor";
import { cursorFromQuery, keysetPage } from "../../platform/cursor";
import type { AppDeps } from "../../platform/deps";
import { forbidden, ok, type Result } from "../../platform/result";
import { listDisputesInMediation, listOffers } from "./disputes.repository";
import { presentDispute } from "./dispute.presenter";
import { disputeStateOf } from "./lock-dispute";
import { mediatorStandingOf } from "./mediation.policy";
import { partialSettlementOf } from "./partial-settlement-of";

/**
 * The moderators' mediation queue, one page at a time: disputes waiting for a recommendation,
 * oldest first, then those recommended and waiting for the sides, each with the fair partial
 * settlement from the record as the starting point. Whether this moderator may recommend is the
 * domain's rule (a moderator who belongs to either side sees the dispute but may not mediate it).
 */
export async function listMediations(
  deps: AppDeps,
  actor: Actor,
  query: PageQuery,
): Promise<Result<MediationList>> {
  if (!isModerator(actor)) return forbidden("moderator_only");
  const after = cursorFromQuery(query.cursor);
  if (!after.ok) return after;
  const page = keysetPage(
    await listDisputesInMediation(deps.db, {
      ...(after.value && { after: after.value }),
      limit: query.limit + 1,
    }),
    query.limit,
    (row) => ({ key: row.queue_key, id: row.id }),
  );
  const rows = page.items;
  const offers = await listOffers(
    deps.db,
    rows.map((row) => row.id),
  );
  const now = deps.clock.now();
  const items = await Promise.all(
    rows.map(async (row) => ({
      engagement: {
        id: row.engagement_id,
        title: row.engagement_title,
        clientName: row.client_name,
        providerName: row.provider_name,
      },
      dispute: presentDispute(row, offers, null),
      settlement: await partialSettlementOf(deps.db, row),
      canRecommend: checkRecommendation(
        { ...disputeStateOf(row), waitingSince: new Date(row.waiting_since) },
        mediatorStandingOf(actor, row),
        now,
      ).ok,
    })),
  );
  return ok({ items, nextCursor: page.nextCursor });
}
