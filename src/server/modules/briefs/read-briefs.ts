import { todayOf } from "../../platform/clock";
import type { z } from "zod";
import type { BriefListQuery } from "../../../contracts/briefs";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { decideBriefAction } from "./brief.policy";
import { presentBrief, type BriefView } from "./brief.presenter";
import {
  findBrief,
  findShortlistEntry,
  listBriefsOfClient,
  listPublishedBriefs,
} from "./briefs.repository";

/** One brief, if the actor may see it: its client, or any provider once it is published. */
export async function getBrief(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<Result<BriefView>> {
  const row = await findBrief(deps.db, id);
  if (!row || decideBriefAction(actor, row, "view") !== "allowed") return fail("not_found");
  const providerOrgIds = [...actor.orgKinds]
    .filter(([, kind]) => kind === "provider")
    .map(([orgId]) => orgId);
  const entries = await Promise.all(
    providerOrgIds.map((orgId) => findShortlistEntry(deps.db, id, orgId)),
  );
  const isInvited = actor.memberships.has(row.org_id) || entries.some((e) => e?.is_invited === 1);
  return ok(presentBrief(row, todayOf(deps.clock), isInvited));
}

/**
 * For a client organisation, its own briefs; for a provider organisation, the published briefs
 * it can answer, those it was invited to first.
 */
export async function listBriefs(
  deps: AppDeps,
  actor: Actor,
  query: z.infer<typeof BriefListQuery>,
): Promise<Result<BriefView[]>> {
  const kind = actor.orgKinds.get(query.orgId);
  if (!kind) return fail("not_found");
  const today = todayOf(deps.clock);
  if (kind === "client") {
    const rows = await listBriefsOfClient(deps.db, query.orgId, query.status);
    return ok(rows.map((row) => presentBrief(row, today, true)));
  }
  const rows = await listPublishedBriefs(deps.db, query.orgId);
  return ok(rows.map((row) => presentBrief(row, today, row.is_invited === 1)));
}
