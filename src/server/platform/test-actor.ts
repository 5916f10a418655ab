import type { OrgKind, Role } from "../../contracts/common";
import type { Actor } from "./actor";

/** An organisation the actor belongs to: its id, the actor's role, its kind (a client's if not said). */
export type TestMembership = readonly [orgId: string, role: Role, kind?: OrgKind];

/**
 * A signed-in person with these memberships, for the policies' unit tests: the policies read
 * only the memberships, their kinds and the platform role.
 */
export function testActor(
  memberships: readonly TestMembership[],
  platformRole: Actor["platformRole"] = "user",
): Actor {
  return {
    userId: "u",
    name: "U",
    email: "u@example.test",
    locale: null,
    platformRole,
    memberships: new Map(memberships.map(([orgId, role]) => [orgId, role])),
    orgKinds: new Map(memberships.map(([orgId, , kind = "client"]) => [orgId, kind])),
    orgNames: new Map(),
    via: { kind: "session", sessionHash: "h" },
  };
}
