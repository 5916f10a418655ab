import type { Role } from "../../../contracts/common";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { recordAudit } from "../../kernel/audit.repository";
import { decideOrgAction } from "./org.policy";
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
  const decision = decideOrgAction(actor, orgId, isLeaving ? "view" : "manageMembers");
  if (decision !== "allowed") return Promise.resolve(fail(decision));
  return runInTransaction(deps.db, async (trx) => {
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
    return ok(null);
  });
}
