import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { recordAudit } from "../../kernel/audit.repository";
import { deleteSession, deleteSessionsOfUser } from "./sessions.repository";

/** Ends the session of this request only. */
export async function logOut(deps: AppDeps, actor: Actor): Promise<void> {
  if (actor.via.kind !== "session") return;
  await deleteSession(deps.db, actor.via.sessionHash);
}

/** Ends every session of the person, on every device. API tokens are revoked separately. */
export async function logOutEverywhere(deps: AppDeps, actor: Actor): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await deleteSessionsOfUser(trx, actor.userId);
    await recordAudit(trx, deps, {
      actorUserId: actor.userId,
      action: "user.logged_out_everywhere",
    });
  });
}
