import type { OrgKind, Role } from "../../contracts/common";
import type { TokenScope } from "../../contracts/tokens";
import type { Locale } from "../../i18n/locales";

/** Who is acting on a request: a signed-in person, or an integrator's API token. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  locale: Locale | null;
  platformRole: "user" | "moderator";
  /** Organisation id → role. For an API token, only the token's organisation. */
  memberships: ReadonlyMap<string, Role>;
  /** Organisation id → its kind, for the same organisations as `memberships`. */
  orgKinds: ReadonlyMap<string, OrgKind>;
  /**
   * Organisation id → its name, for the same organisations: read with the session anyway, so
   * a list of the actor's engagements need not join their own side's organisation again.
   */
  orgNames: ReadonlyMap<string, string>;
  /**
   * Organisation id → its list version (`organisations.list_version`, as text), for the same
   * organisations, read with the session: what a kept engagement list reply is keyed by. Absent
   * where the actor was not read from the database (tests of policies): nothing is kept then.
   */
  orgListVersions?: ReadonlyMap<string, string>;
  via:
    | { kind: "session"; sessionHash: string }
    | { kind: "token"; tokenId: string; scopes: readonly TokenScope[] };
}

export function roleIn(actor: Actor, orgId: string | null | undefined): Role | undefined {
  return orgId ? actor.memberships.get(orgId) : undefined;
}

/** Whether the actor belongs to at least one organisation of the kind. */
export function belongsToKind(actor: Actor, kind: OrgKind): boolean {
  return [...actor.orgKinds.values()].includes(kind);
}
