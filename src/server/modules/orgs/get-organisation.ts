import type { z } from "zod";
import type { Organisation } from "../../../contracts/orgs";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { decideOrgAction } from "../../kernel/org-access";
import { presentOrganisation } from "./org.presenter";
import { findOrganisation } from "./orgs.repository";

export async function getOrganisation(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
): Promise<Result<z.infer<typeof Organisation>>> {
  if (decideOrgAction(actor, orgId, "view") !== "allowed") return fail("not_found");
  const org = await findOrganisation(deps.db, orgId);
  const role = actor.memberships.get(orgId);
  if (!org || !role) return fail("not_found");
  return ok(presentOrganisation(org, role));
}
