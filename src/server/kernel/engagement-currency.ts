import type { FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { roleIn } from "../platform/actor";
import { termsInForce } from "./terms-in-force";

const ENGAGEMENT_ROUTE = "/api/v1/engagements/:id/";

/**
 * The currency of the agreement in force of the engagement a request writes to, for a member
 * of either side; null on any other route, before an agreement is in force, and for anyone
 * else (an outsider learns nothing of the engagement from a refusal's wording). Amounts whose
 * body names no currency (a change's price, a credit note) are counted in it.
 */
export async function engagementMoneyCurrency(
  db: Kysely<Database>,
  request: FastifyRequest,
): Promise<string | null> {
  const engagementId = (request.params as { id?: unknown } | undefined)?.id;
  const actor = request.actor;
  if (!actor || typeof engagementId !== "string") return null;
  if (!request.routeOptions.url?.startsWith(ENGAGEMENT_ROUTE)) return null;
  const parties = await db
    .selectFrom("engagements")
    .select(["client_org_id", "provider_org_id"])
    .where("id", "=", engagementId)
    .executeTakeFirst();
  if (!parties) return null;
  if (!roleIn(actor, parties.client_org_id) && !roleIn(actor, parties.provider_org_id)) return null;
  return (await termsInForce(db, engagementId))?.terms.remuneration.currency ?? null;
}
