import type { z } from "zod";
import type { Organisation } from "../../../contracts/orgs";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { listMembershipsOfUser } from "../../kernel/memberships.repository";
import { presentOrganisation } from "./org.presenter";

/** The organisations the actor belongs to (only the token's one for an API token). */
export async function listOrganisations(
  deps: AppDeps,
  actor: Actor,
): Promise<z.infer<typeof Organisation>[]> {
  const rows = await listMembershipsOfUser(deps.db, actor.userId);
  return rows
    .filter((row) => actor.memberships.has(row.org_id))
    .map((row) =>
      presentOrganisation(
        { id: row.org_id, name: row.org_name, kind: row.org_kind, created_at: row.org_created_at },
        row.role,
      ),
    );
}
