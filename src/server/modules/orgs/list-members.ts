import type { z } from "zod";
import type { Member } from "../../../contracts/orgs";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { decideOrgAction } from "../../kernel/org-access";
import { presentMember } from "./org.presenter";
import { listMembers } from "./orgs.repository";

export async function listOrganisationMembers(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
): Promise<Result<z.infer<typeof Member>[]>> {
  if (decideOrgAction(actor, orgId, "view") !== "allowed") return fail("not_found");
  return ok((await listMembers(deps.db, orgId)).map(presentMember));
}
