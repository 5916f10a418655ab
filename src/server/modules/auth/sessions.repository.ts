import type { Kysely } from "kysely";
import { compiledOnce } from "../../db/compiled-once";
import type { Database } from "../../db/schema";

export async function insertSession(
  db: Kysely<Database>,
  session: { idHash: string; userId: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto("sessions")
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/**
 * The person holding a live session with their organisations (role, kind, name), in one round
 * trip: one row per membership (organisation columns null for a person in none). What every signed-in request
 * starts from.
 */
export function findLiveSessionActorRows(db: Kysely<Database>, idHash: string, now: string) {
  return liveSessionActorRows(db, idHash, now);
}

/** The statement of `findLiveSessionActorRows`, which a route's first read may carry (PostgreSQL). */
export function liveSessionActorStatement(db: Kysely<Database>, idHash: string, now: string) {
  return db
    .selectFrom("sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .leftJoin("memberships as m", "m.user_id", "u.id")
    .leftJoin("organisations as o", "o.id", "m.org_id")
    .select([
      // What an actor is made of: not the password's hash nor the sign-up time.
      "u.id",
      "u.name",
      "u.email",
      "u.locale",
      "u.platform_role",
      "m.org_id as membership_org_id",
      "m.role as membership_role",
      "o.kind as org_kind",
      "o.name as org_name",
      "o.list_version as org_list_version",
    ])
    .where("s.id_hash", "=", idHash)
    .where("s.expires_at", ">", now)
    .orderBy("o.name")
    .orderBy("m.org_id");
}

export type LiveSessionActorRow = Awaited<ReturnType<typeof findLiveSessionActorRows>>[number];

// Every signed-in request reads it: built and compiled once.
const liveSessionActorRows = compiledOnce(liveSessionActorStatement);

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
}

export async function deleteSessionsOfUser(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}
