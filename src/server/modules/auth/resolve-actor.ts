import type { OrgKind, Role } from "../../../contracts/common";
import { TOKEN_SCOPES, type TokenScope } from "../../../contracts/tokens";
import { isLocale } from "../../../i18n/locales";
import type { Actor } from "../../platform/actor";
import type { UserRow } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import type { FirstRead } from "../../platform/request-context";
import { hashSecret } from "../../platform/ids";
import { listMembershipsOfUser } from "../../kernel/memberships.repository";
import { findLiveApiToken, touchApiToken } from "../tokens/tokens.repository";
import {
  findLiveSessionActorRows,
  liveSessionActorStatement,
  type LiveSessionActorRow,
} from "./sessions.repository";
import { findUserById } from "./users.repository";

/** Finds who holds a session cookie, if the session is live. */
export async function actorFromSession(
  deps: AppDeps,
  sessionSecret: string,
): Promise<Actor | null> {
  const sessionHash = hashSecret(sessionSecret);
  const rows = await findLiveSessionActorRows(
    deps.sharedReads,
    sessionHash,
    deps.clock.now().toISOString(),
  );
  return actorOfSessionRows(rows, sessionHash);
}

/**
 * Finds who holds a session cookie with the route's first read in the same statement
 * (PostgreSQL: one round trip), answering its rows too. When the read finds nothing there is
 * no row to carry the session's, which is then read alone.
 */
export async function actorFromSessionWith(
  deps: AppDeps,
  sessionSecret: string,
  read: FirstRead,
  engagementId: string,
): Promise<{ actor: Actor | null; rows: readonly unknown[] }> {
  const idHash = hashSecret(sessionSecret);
  const now = deps.clock.now().toISOString();
  const found = await read.readWithSession(
    deps.sharedReads,
    deps.dialect,
    liveSessionActorStatement,
    {
      idHash,
      now,
      engagementId,
    },
  );
  const sessionRows =
    found.sessionRows ?? (await findLiveSessionActorRows(deps.sharedReads, idHash, now));
  return { actor: actorOfSessionRows(sessionRows, idHash), rows: found.rows };
}

function actorOfSessionRows(
  rows: readonly LiveSessionActorRow[],
  sessionHash: string,
): Actor | null {
  const user = rows[0];
  if (!user) return null;
  const memberships = rows.flatMap((row) =>
    row.membership_org_id && row.membership_role && row.org_kind && row.org_name !== null
      ? [
          {
            org_id: row.membership_org_id,
            role: row.membership_role,
            org_kind: row.org_kind,
            org_name: row.org_name,
            org_list_version: row.org_list_version,
          },
        ]
      : [],
  );
  return toActor(user, memberships, { kind: "session", sessionHash });
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
  if (isStale(row.last_used_at, now)) await touchApiToken(deps.db, row.id, now);
  const kind = actor.orgKinds.get(row.org_id);
  const name = actor.orgNames.get(row.org_id);
  const listVersion = actor.orgListVersions?.get(row.org_id);
  return {
    ...actor,
    memberships: new Map<string, Role>([[row.org_id, role]]),
    orgKinds: new Map(kind ? [[row.org_id, kind]] : []),
    orgNames: new Map(name !== undefined ? [[row.org_id, name]] : []),
    orgListVersions: new Map(listVersion !== undefined ? [[row.org_id, listVersion]] : []),
  };
}

const LAST_USED_PRECISION_MS = 60_000;

/** "Last used" is shown to the minute, so a busy integration does not write on every request. */
function isStale(lastUsedAt: string | null, now: string): boolean {
  return lastUsedAt === null || Date.parse(now) - Date.parse(lastUsedAt) >= LAST_USED_PRECISION_MS;
}

async function loadActor(deps: AppDeps, userId: string, via: Actor["via"]): Promise<Actor | null> {
  const user = await findUserById(deps.db, userId);
  return user ? actorOf(deps, user, via) : null;
}

async function actorOf(deps: AppDeps, user: UserRow, via: Actor["via"]): Promise<Actor> {
  return toActor(user, await listMembershipsOfUser(deps.db, user.id), via);
}

function toActor(
  user: Pick<UserRow, "id" | "name" | "email" | "locale" | "platform_role">,
  memberships: readonly {
    org_id: string;
    role: Role;
    org_kind: OrgKind;
    org_name: string;
    org_list_version: number | string | null;
  }[],
  via: Actor["via"],
): Actor {
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    locale: isLocale(user.locale) ? user.locale : null,
    platformRole: user.platform_role,
    memberships: new Map(memberships.map((m) => [m.org_id, m.role])),
    orgKinds: new Map(memberships.map((m) => [m.org_id, m.org_kind])),
    orgNames: new Map(memberships.map((m) => [m.org_id, m.org_name])),
    orgListVersions: new Map(memberships.map((m) => [m.org_id, String(m.org_list_version)])),
    via,
  };
}
