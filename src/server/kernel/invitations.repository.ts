import type { Kysely } from "kysely";
import type { Database, InvitationRow } from "../db/schema";

export async function insertInvitation(
  db: Kysely<Database>,
  invitation: InvitationRow,
): Promise<void> {
  await db.insertInto("invitations").values(invitation).execute();
}

/** An invitation with what its invitee is shown: organisation, inviter, engagement. */
function selectInvitationsWithContext(db: Kysely<Database>) {
  return db
    .selectFrom("invitations as i")
    .innerJoin("organisations as o", "o.id", "i.org_id")
    .innerJoin("users as u", "u.id", "i.invited_by")
    .leftJoin("engagements as e", "e.id", "i.engagement_id")
    .selectAll("i")
    .select([
      "o.name as org_name",
      "o.kind as org_kind",
      "u.name as inviter_name",
      "e.title as engagement_title",
      "e.description as engagement_description",
    ]);
}

export function findInvitationByTokenHash(db: Kysely<Database>, tokenHash: string) {
  return selectInvitationsWithContext(db).where("i.token_hash", "=", tokenHash).executeTakeFirst();
}

export function findPendingEngagementInvitation(db: Kysely<Database>, engagementId: string) {
  return selectInvitationsWithContext(db)
    .where("i.engagement_id", "=", engagementId)
    .where("i.status", "=", "pending")
    .executeTakeFirst();
}

/** The organisation's membership invitation to this address still open at `now`, if any. */
export function findOpenMemberInvitation(
  db: Kysely<Database>,
  orgId: string,
  email: string,
  now: string,
) {
  return db
    .selectFrom("invitations")
    .select(["id", "expires_at"])
    .where("org_id", "=", orgId)
    .where("kind", "=", "membership")
    .where("email", "=", email)
    .where("status", "=", "pending")
    .where("expires_at", ">", now)
    .orderBy("id")
    .executeTakeFirst();
}

/**
 * The organisation's engagement invitations to this address not yet answered, of engagements
 * still pending, with titles: a withdrawn engagement's invitation is revoked with it, and the
 * engagement's status is asked too so no other path that closes one can leave its title held.
 */
export function listPendingEngagementInvitationsTo(
  db: Kysely<Database>,
  orgId: string,
  email: string,
) {
  return db
    .selectFrom("invitations as i")
    .innerJoin("engagements as e", "e.id", "i.engagement_id")
    .select(["i.id", "i.status", "i.expires_at", "e.title"])
    .where("i.org_id", "=", orgId)
    .where("i.kind", "=", "engagement")
    .where("i.email", "=", email)
    .where("i.status", "=", "pending")
    .where("e.status", "=", "pending")
    .orderBy("i.created_at")
    .orderBy("i.id")
    .execute();
}

export function listMemberInvitations(db: Kysely<Database>, orgId: string) {
  return db
    .selectFrom("invitations")
    .selectAll()
    .where("org_id", "=", orgId)
    .where("kind", "=", "membership")
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(200)
    .execute();
}

/**
 * Answers a pending invitation. Conditional on it still being pending, so two answers
 * racing each other cannot both win; returns whether this one did.
 */
export async function answerInvitation(
  db: Kysely<Database>,
  id: string,
  answer: { status: "accepted" | "declined" | "revoked"; by: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable("invitations")
    .set({ status: answer.status, answered_by: answer.by, answered_at: answer.at })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function findMemberInvitation(db: Kysely<Database>, orgId: string, id: string) {
  return db
    .selectFrom("invitations")
    .select(["id"])
    .where("id", "=", id)
    .where("org_id", "=", orgId)
    .where("kind", "=", "membership")
    .executeTakeFirst();
}
