import type { z } from "zod";
import type { CreateOrgBody, Organisation } from "../../../contracts/orgs";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { recordAudit } from "../../kernel/audit.repository";
import { presentOrganisation } from "./org.presenter";
import { insertMembership, insertOrganisation } from "./orgs.repository";

/** Creates an organisation with its creator as first owner. */
export function createOrganisation(
  deps: AppDeps,
  actor: Actor,
  input: z.infer<typeof CreateOrgBody>,
): Promise<Result<z.infer<typeof Organisation>>> {
  return runInTransaction(deps.db, async (trx) => {
    const createdAt = deps.clock.now().toISOString();
    const org = {
      id: deps.ids.newId(),
      name: input.name,
      kind: input.kind,
      created_by: actor.userId,
      created_at: createdAt,
    };
    await insertOrganisation(trx, org);
    await insertMembership(trx, { orgId: org.id, userId: actor.userId, role: "owner", createdAt });
    await recordAudit(trx, deps, {
      actorUserId: actor.userId,
      orgId: org.id,
      action: "org.created",
    });
    return ok(presentOrganisation(org, "owner"));
  });
}
