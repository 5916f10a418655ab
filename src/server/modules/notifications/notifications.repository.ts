import { type Kysely, sql } from "kysely";
import { compiledPerShape } from "../../db/compiled-once";
import type { Database } from "../../db/schema";
import type { Cursor } from "../../platform/cursor";
import { excerptOf, type MailedMember } from "./notification-mail";

/**
 * Everyone in the organisations, with what an e-mail to them needs, when they joined, and which
 * of `types` they turned e-mail off for. One query for the whole event or burst; a person in
 * both organisations comes once, as the member who joined first.
 */
export async function listMembersToNotify(
  db: Kysely<Database>,
  orgIds: readonly string[],
  types: readonly string[],
): Promise<MailedMember[]> {
  const rows = await membersToNotify(db, {}, { orgIds: [...orgIds], types: [...types] });
  const members = new Map<string, MailedMember & { mutedTypes: Set<string> }>();
  for (const { mutedType, ...row } of rows) {
    const member = members.get(row.userId) ?? { ...row, mutedTypes: new Set<string>() };
    members.set(row.userId, member);
    if (mutedType !== null) member.mutedTypes.add(mutedType);
  }
  return [...members.values()];
}

// Every notified event reads it: built and compiled once per number of organisations and types.
const membersToNotify = compiledPerShape(
  (db, _shape: object, values: { orgIds: string[]; types: string[] }) =>
    db
      .selectFrom("memberships as m")
      .innerJoin("users as u", "u.id", "m.user_id")
      .innerJoin("organisations as o", "o.id", "m.org_id")
      .leftJoin("notification_preferences as p", (join) =>
        join
          .onRef("p.user_id", "=", "m.user_id")
          .on("p.type", "in", values.types)
          .on("p.is_email_enabled", "=", 0),
      )
      .select([
        "m.user_id as userId",
        "m.org_id as orgId",
        "m.created_at as joinedAt",
        "o.name as orgName",
        "u.name",
        "u.email",
        "u.locale",
        "p.type as mutedType",
      ])
      .where("m.org_id", "in", values.orgIds)
      .orderBy("m.created_at")
      .orderBy("m.user_id"),
);

/** The start of each message, by id, as e-mails quote it. */
export async function messageExcerpts(
  db: Kysely<Database>,
  messageIds: readonly string[],
): Promise<Map<string, string>> {
  if (messageIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("messages")
    .select(["id", "body"])
    .where("id", "in", [...messageIds])
    .execute();
  return new Map(rows.map((row) => [row.id, excerptOf(row.body)]));
}

/**
 * Stores an event's notification once for each organisation told. Who of its members sees it
 * is read from the memberships later; `members_as_of` is now, or the organisation's newest
 * joining when a clock set back makes that later, so everyone who is a member now sees it
 * and whoever joins afterwards does not.
 */
export async function insertOrgNotifications(
  db: Kysely<Database>,
  notification: {
    eventId: string;
    orgIds: readonly string[];
    engagementId: string;
    type: string;
    payload: string;
    actorUserId: string | null;
    createdAt: string;
  },
): Promise<void> {
  if (notification.orgIds.length === 0) return;
  const now = notification.createdAt;
  await db
    .insertInto("org_notifications")
    .values(
      notification.orgIds.map((orgId) => ({
        event_id: notification.eventId,
        org_id: orgId,
        engagement_id: notification.engagementId,
        type: notification.type,
        payload: notification.payload,
        actor_user_id: notification.actorUserId,
        created_at: now,
        members_as_of: sql<string>`coalesce((select max(created_at) from memberships where org_id = ${orgId} and created_at > ${now}), ${now})`,
      })),
    )
    .execute();
}

/**
 * A person's notifications (the view `notifications`: of the organisations they are in, since
 * they joined, not their own doing), so someone who left an organisation stops seeing its
 * engagements here too.
 */
function myNotifications(db: Kysely<Database>, userId: string) {
  return db.selectFrom("notifications as n").where("n.user_id", "=", userId);
}

/** A page of a person's notifications, newest first; `before` is an event's place in that order. */
export function listNotifications(
  db: Kysely<Database>,
  query: { userId: string; before?: Cursor; limit: number },
) {
  let q = myNotifications(db, query.userId)
    .leftJoin("engagements as e", "e.id", "n.engagement_id")
    .leftJoin("users as actor", "actor.id", "n.actor_user_id")
    .select([
      "n.event_id",
      "n.engagement_id",
      "n.type",
      "n.payload",
      "n.created_at",
      "n.read_at",
      "e.title as engagement_title",
      "actor.name as actor_name",
    ]);
  const before = query.before;
  if (before) {
    q = q.where((eb) =>
      eb.or([
        eb("n.created_at", "<", before.createdAt),
        eb.and([eb("n.created_at", "=", before.createdAt), eb("n.event_id", "<", before.id)]),
      ]),
    );
  }
  return q
    .orderBy("n.created_at", "desc")
    .orderBy("n.event_id", "desc")
    .limit(query.limit)
    .execute();
}

export type NotificationRow = Awaited<ReturnType<typeof listNotifications>>[number];

export async function countUnreadNotifications(
  db: Kysely<Database>,
  userId: string,
): Promise<number> {
  const row = await myNotifications(db, userId)
    .select((eb) => eb.fn.countAll<string | number>().as("unread"))
    .where("n.read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.unread);
}

/**
 * Marks the person's unread notifications read: those of the listed events, each in a row of
 * its own, or all, with one mark at the newest (what is read already keeps its time).
 */
export async function markNotificationsRead(
  db: Kysely<Database>,
  input: { userId: string; eventIds: readonly string[] | "all"; at: string },
): Promise<void> {
  const unread = myNotifications(db, input.userId).where("n.read_at", "is", null);
  if (input.eventIds === "all") {
    const newest = await unread
      .select(["n.created_at", "n.event_id"])
      .orderBy("n.created_at", "desc")
      .orderBy("n.event_id", "desc")
      .limit(1)
      .executeTakeFirst();
    if (!newest) return;
    await db
      .insertInto("notification_read_marks")
      .values({
        user_id: input.userId,
        up_to_created_at: newest.created_at,
        up_to_event_id: newest.event_id,
        read_at: input.at,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    return;
  }
  if (input.eventIds.length === 0) return;
  await db
    .insertInto("notification_reads")
    .columns(["user_id", "event_id", "read_at"])
    .expression(
      unread
        .where("n.event_id", "in", input.eventIds)
        .select(["n.user_id", "n.event_id", sql<string>`${input.at}`.as("read_at")]),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function listPreferences(db: Kysely<Database>, userId: string) {
  const rows = await db
    .selectFrom("notification_preferences")
    .select(["type", "is_email_enabled"])
    .where("user_id", "=", userId)
    .execute();
  return rows.map((row) => ({
    type: row.type,
    isEmailEnabled: Number(row.is_email_enabled) === 1,
  }));
}

/**
 * Stores one e-mail switch. On is the default, so switching back on removes the row: a row
 * exists only where the person differs from the default.
 */
export async function setEmailPreference(
  db: Kysely<Database>,
  input: { userId: string; type: string; isEmailEnabled: boolean },
): Promise<void> {
  if (input.isEmailEnabled) {
    await db
      .deleteFrom("notification_preferences")
      .where("user_id", "=", input.userId)
      .where("type", "=", input.type)
      .execute();
    return;
  }
  await db
    .insertInto("notification_preferences")
    .values({ user_id: input.userId, type: input.type, is_email_enabled: 0 })
    .onConflict((oc) => oc.columns(["user_id", "type"]).doUpdateSet({ is_email_enabled: 0 }))
    .execute();
}
