import type { Role } from "../../../contracts/common";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { recordAudit } from "../../kernel/audit.repository";
import { decideOrgAction, decideOrgActionByRole } from "../../kernel/org-access";
import { lockOrganisation } from "../../db/locking";
import { revokeApiTokensOfMember } from "../tokens/tokens.repository";
import { countOwners, deleteMembership, findMembership, setMemberRole } from "./orgs.repository";

/** An owner changes a member's role; the last owner cannot step down. */
export function changeMemberRole(
  deps: AppDeps,
  actor: Actor,
  input: { orgId: string; userId: string; role: Role },
): Promise<Result<null>> {
  return changeMembership(deps, actor, input.orgId, input.userId, input.role);
}

/** An owner removes a member, or anyone leaves; the last owner cannot leave. */
export function removeMember(
  deps: AppDeps,
  actor: Actor,
  input: { orgId: string; userId: string },
): Promise<Result<null>> {
  return changeMembership(deps, actor, input.orgId, input.userId, null);
}

function changeMembership(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
  userId: string,
  newRole: Role | null,
): Promise<Result<null>> {
  const isLeaving = newRole === null && userId === actor.userId;
  const action = isLeaving ? "view" : "manageMembers";
  const decision = decideOrgAction(actor, orgId, action);
  if (decision !== "allowed") return Promise.resolve(fail(decision));
  return runInTransaction(deps.db, async (trx) => {
    // Membership changes of one organisation one at a time, each seeing the last one's result:
    // two owners removing (or demoting) each other at once both counted two owners on
    // PostgreSQL and left the organisation with none. The actor's own role is read again under
    // the lock, since the change before this one may have removed or demoted them.
    await lockOrganisation(trx, deps.dialect, orgId);
    const own = await findMembership(trx, orgId, actor.userId);
    const current = decideOrgActionByRole(own?.role, action);
    if (current !== "allowed") return fail(current);
    const membership = await findMembership(trx, orgId, userId);
    if (!membership) return fail("not_found");
    const losesOwner = membership.role === "owner" && newRole !== "owner";
    if (losesOwner && (await countOwners(trx, orgId)) <= 1) return fail("last_owner");
    if (newRole) await setMemberRole(trx, orgId, userId, newRole);
    else await deleteMembership(trx, orgId, userId);
    await recordAudit(trx, deps, {
      actorUserId: actor.userId,
      orgId,
      action: newRole ? `member.role_changed.${newRole}` : "member.removed",
      subject: userId,
    });
    // A token acts for its maker while they belong: leaving ends their tokens for good, or
    // they would still be listed as working and come back to life if the person rejoined.
    if (!newRole) {
      const at = deps.clock.now().toISOString();
      for (const tokenId of await revokeApiTokensOfMember(trx, orgId, userId, at)) {
        await recordAudit(trx, deps, {
          actorUserId: actor.userId,
          orgId,
          action: "token.revoked",
          subject: tokenId,
        });
      }
    }
    return ok(null);
  });
}
