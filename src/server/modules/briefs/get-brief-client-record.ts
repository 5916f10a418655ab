import type { z } from "zod";
import type { BriefClientRecord } from "../../../contracts/health";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { findBrief } from "./briefs.repository";
import { mayReadBrief } from "./read-briefs";
import { findOrganisation } from "../orgs/orgs.repository";
import { readClientRecord } from "../relationship-health/read-client-record";

/**
 * Where a provider decides: anyone who may read a brief sees its client's payment record and
 * its client score (the score's value only after the minimum sample, as on the scorecard).
 */
export async function getBriefClientRecord(
  deps: AppDeps,
  actor: Actor,
  briefId: string,
): Promise<Result<z.infer<typeof BriefClientRecord>>> {
  const brief = await findBrief(deps.db, briefId);
  if (!brief || !(await mayReadBrief(deps, actor, brief))) return fail("not_found");
  const org = await findOrganisation(deps.db, brief.org_id);
  if (!org) return fail("not_found");
  return ok(await readClientRecord(deps, org, actor.memberships.has(org.id)));
}
