import type { z } from "zod";
import type { MemberInvitation } from "../../../contracts/orgs";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { listMemberInvitations as listRows } from "../../kernel/invitations.repository";
import { decideOrgAction } from "../../kernel/org-access";

export async function listMemberInvitations(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
): Promise<Result<z.infer<typeof MemberInvitation>[]>> {
  // Invitees' addresses are personal data: only those who manage members see them.
  const decision = decideOrgAction(actor, orgId, "manageMembers");
  if (decision !== "allowed") return fail(decision);
  const rows = await listRows(deps.db, orgId);
  return ok(
    rows.map((row) => ({
      id: row.id,
      email: row.email,
      role: row.role ?? "member",
      status: row.status,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
    })),
  );
}
