import type { Role } from "../../../contracts/common";
import { TOKEN_SCOPES, type TokenScope } from "../../../contracts/tokens";
import { isLocale } from "../../../i18n/locales";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { hashSecret } from "../../platform/ids";
import { listMembershipsOfUser } from "../orgs/orgs.repository";
import { findLiveApiToken, touchApiToken } from "../tokens/tokens.repository";
import { findLiveSession } from "./sessions.repository";
import { findUserById } from "./users.repository";

/** Finds who holds a session cookie, if the session is live. */
export async function actorFromSession(
  deps: AppDeps,
  sessionSecret: string,
): Promise<Actor | null> {
  const sessionHash = hashSecret(sessionSecret);
  const session = await findLiveSession(deps.db, sessionHash, deps.clock.now().toISOString());
  if (!session) return null;
  return loadActor(deps, session.user_id, { kind: "session", sessionHash });
}

/**
 * Finds who holds an API token. A token acts for its creator, inside its one organisation,
 * within its scopes, and never above the creator's current role there.
 */
export async function actorFromApiToken(deps: AppDeps, token: string): Promise<Actor | null> {
  const now = deps.clock.now().toISOString();
  const row = await findLiveApiToken(deps.db, hashSecret(token), now);
  if (!row) return null;
  const scopes = (JSON.parse(row.scopes) as string[]).filter((s): s is TokenScope =>
    (TOKEN_SCOPES as readonly string[]).includes(s),
  );
  const actor = await loadActor(deps, row.user_id, { kind: "token", tokenId: row.id, scopes });
  if (!actor) return null;
  const role = actor.memberships.get(row.org_id);
  if (!role) return null;
  await touchApiToken(deps.db, row.id, now);
  return { ...actor, memberships: new Map<string, Role>([[row.org_id, role]]) };
}

async function loadActor(deps: AppDeps, userId: string, via: Actor["via"]): Promise<Actor | null> {
  const user = await findUserById(deps.db, userId);
  if (!user) return null;
  const memberships = await listMembershipsOfUser(deps.db, userId);
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    locale: isLocale(user.locale) ? user.locale : null,
    platformRole: user.platform_role,
    memberships: new Map(memberships.map((m) => [m.org_id, m.role])),
    via,
  };
}
