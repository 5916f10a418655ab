import type { MeResponse } from "../../../contracts/auth";
import { isLocale } from "../../../i18n/locales";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { listMembershipsOfUser } from "../../kernel/memberships.repository";
import { findUserById } from "./users.repository";

/** The signed-in person and the organisations this request may act in. */
export async function getMe(deps: AppDeps, actor: Actor): Promise<MeResponse> {
  const user = await findUserById(deps.db, actor.userId);
  if (!user) throw new Error(`actor ${actor.userId} has no user row`);
  const memberships = await listMembershipsOfUser(deps.db, actor.userId);
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: isLocale(user.locale) ? user.locale : null,
      platformRole: user.platform_role,
      createdAt: user.created_at,
    },
    memberships: memberships
      .filter((m) => actor.memberships.has(m.org_id))
      .map((m) => ({ org: { id: m.org_id, name: m.org_name, kind: m.org_kind }, role: m.role })),
    authenticatedBy: actor.via.kind,
  };
}
