import type { Kysely } from "kysely";
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

/** Rows per statement, well under both dialects' bind-parameter limits. */
const INSERT_CHUNK = 500;

/**
 * One event's in-app notifications, unread: one row per person in `userIds`, `ids` beside. (A
 * type, not an interface: compiled queries take values with an index signature.)
 */
export type EventNotifications = {
  ids: string[];
  userIds: string[];
  engagementId: string;
  eventId: string;
  type: string;
  /** The event's payload as JSON, the same on every row. */
  payload: string;
  createdAt: string;
};

export async function insertNotifications(
  db: Kysely<Database>,
  rows: EventNotifications,
): Promise<void> {
  for (let start = 0; start < rows.ids.length; start += INSERT_CHUNK) {
    const chunk = {
      ...rows,
      ids: rows.ids.slice(start, start + INSERT_CHUNK),
      userIds: rows.userIds.slice(start, start + INSERT_CHUNK),
    };
    // One compiled statement is kept per number of rows: up to a team's size, not every size.
    if (chunk.ids.length <= MAX_COMPILED_ROWS) await notificationRows(db, {}, chunk);
    else await buildNotificationRows(db, {}, chunk).execute();
  }
}

const MAX_COMPILED_ROWS = 64;

// Every notified event writes a row per person told, the event's values given once instead of
// once a row; built and compiled once per number of rows.
const buildNotificationRows = (db: Kysely<Database>, _shape: object, values: EventNotifications) =>
  db.insertInto("notifications").values(
    values.ids.map((id, index) => ({
      id,
      user_id: values.userIds[index] ?? "",
      engagement_id: values.engagementId,
      event_id: values.eventId,
      type: values.type,
      payload: values.payload,
      created_at: values.createdAt,
      read_at: null,
    })),
  );

const notificationRows = compiledPerShape(buildNotificationRows);

/**
 * A person's notifications about engagements they still take part in (someone who left an
 * organisation stops seeing its engagements here too), newest first.
 */
function visibleNotifications(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom("notifications as n")
    .leftJoin("engagements as e", "e.id", "n.engagement_id")
    .where("n.user_id", "=", userId)
    .where((eb) =>
      eb.or([
        eb("n.engagement_id", "is", null),
        eb.exists(
          eb
            .selectFrom("memberships as ms")
            .select("ms.org_id")
            .whereRef("ms.user_id", "=", "n.user_id")
            .where((inner) =>
              inner.or([
                inner("ms.org_id", "=", inner.ref("e.client_org_id")),
                inner("ms.org_id", "=", inner.ref("e.provider_org_id")),
              ]),
            ),
        ),
      ]),
    );
}

export function listNotifications(
  db: Kysely<Database>,
  query: { userId: string; before?: Cursor; limit: number },
) {
  let q = visibleNotifications(db, query.userId)
    .leftJoin("engagement_events as ev", "ev.id", "n.event_id")
    .leftJoin("users as actor", "actor.id", "ev.actor_user_id")
    .selectAll("n")
    .select(["e.title as engagement_title", "actor.name as actor_name"]);
  const before = query.before;
  if (before) {
    q = q.where((eb) =>
      eb.or([
        eb("n.created_at", "<", before.createdAt),
        eb.and([eb("n.created_at", "=", before.createdAt), eb("n.id", "<", before.id)]),
      ]),
    );
  }
  return q.orderBy("n.created_at", "desc").orderBy("n.id", "desc").limit(query.limit).execute();
}

export type NotificationRow = Awaited<ReturnType<typeof listNotifications>>[number];

export async function countUnreadNotifications(
  db: Kysely<Database>,
  userId: string,
): Promise<number> {
  const row = await visibleNotifications(db, userId)
    .select((eb) => eb.fn.countAll<string | number>().as("unread"))
    .where("n.read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.unread);
}

/** Marks the person's own unread notifications read: the listed ones, or all. */
export async function markNotificationsRead(
  db: Kysely<Database>,
  input: { userId: string; ids: readonly string[] | "all"; at: string },
): Promise<void> {
  let q = db
    .updateTable("notifications")
    .set({ read_at: input.at })
    .where("user_id", "=", input.userId)
    .where("read_at", "is", null);
  if (input.ids !== "all") q = q.where("id", "in", input.ids);
  await q.execute();
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
