import { type Kysely, sql } from "kysely";
import { compiledPerShape } from "../../db/compiled-once";
import type { Database } from "../../db/schema";
import type { EngagementEvent } from "../../../domain/ledger/event-catalogue";
import type { ChainedEvent } from "../../../domain/ledger/ledger";
import { eventRow } from "../../kernel/stored-events";
import { excerptOf, type MailedMember } from "./notification-mail";

/**
 * Everyone in the organisations, with what an e-mail to them needs, when they joined, and which
 * of `types` they turned e-mail off for. One query for the whole event or burst; a person in
 * both organisations comes once, as the member who joined first, with both organisations (an
 * event told to either side reaches them).
 */
export async function listMembersToNotify(
  db: Kysely<Database>,
  orgIds: readonly string[],
  types: readonly string[],
): Promise<MailedMember[]> {
  const rows = await membersToNotify(db, {}, { orgIds: [...orgIds], types: [...types] });
  const members = new Map<
    string,
    MailedMember & {
      joinedAtByOrg: Map<string, string>;
      orgNames: Map<string, string>;
      mutedTypes: Set<string>;
    }
  >();
  // Rows come first joined first: the first row of a person names the organisation they joined
  // first, and `joinedAtByOrg` keeps that order.
  for (const { mutedType, joinedAt, ...row } of rows) {
    const member = members.get(row.userId) ?? {
      ...row,
      joinedAtByOrg: new Map<string, string>(),
      orgNames: new Map<string, string>(),
      mutedTypes: new Set<string>(),
    };
    members.set(row.userId, member);
    member.joinedAtByOrg.set(row.orgId, joinedAt);
    member.orgNames.set(row.orgId, row.orgName);
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
  await orgNotificationRows(db, {}, { ...notification, orgIds: [...notification.orgIds] });
}

/**
 * PostgreSQL: a notified event's row, its notifications (`insertOrgNotifications`) and, when
 * e-mail is gathered over a window, the window asked (`gatherMail`), in one statement of
 * data-modifying `with`s: one round trip instead of three. At least one organisation is told. All of them see the snapshot the
 * statement starts with, under the engagement's lock, as the three statements did; none reads
 * another's rows. Says what the window answered (null without one), and reads the active
 * webhook endpoints of `webhookOrgIds` (`listActiveEndpointsOfOrgs`) in the same statement, a
 * round trip fewer again: read in the same snapshot, under the same lock, as they were by the
 * statement that followed it.
 */
export async function insertEventNotified(
  db: Kysely<Database>,
  event: ChainedEvent<EngagementEvent>,
  notification: Parameters<typeof insertOrgNotifications>[1],
  window: { seq: number; windowEndsAt: string } | null,
  webhookOrgIds: readonly string[],
): Promise<{ gathered: "mail-now" | "gathered" | null; endpoints: ActiveEndpoint[] }> {
  const [row] = await eventNotifiedRows(
    db,
    { window: window !== null },
    {
      ...eventRow(event),
      ...notificationValues(notification),
      window_ends_at: window?.windowEndsAt,
      webhook_org_ids: [...webhookOrgIds],
    },
  );
  const endpoints = (row?.endpoints ?? []).map(([id, eventTypes]) => ({
    id,
    event_types: eventTypes,
  }));
  if (!window) return { gathered: null, endpoints };
  return { gathered: row?.is_mailed_now ? "mail-now" : "gathered", endpoints };
}

/** An active webhook endpoint as `listActiveEndpointsOfOrgs` reads it. */
export interface ActiveEndpoint {
  id: string;
  event_types: string;
}

const notificationValues = (notification: Parameters<typeof insertOrgNotifications>[1]) => ({
  notice_org_ids: [...notification.orgIds],
  notice_type: notification.type,
  notice_payload: notification.payload,
  notice_created_at: notification.createdAt,
});

// Every notified event writes it on PostgreSQL: built and compiled once per shape.
const eventNotifiedRows = compiledPerShape(
  (
    db,
    shape: { window: boolean },
    values: ReturnType<typeof eventRow> &
      ReturnType<typeof notificationValues> & {
        window_ends_at: string | undefined;
        webhook_org_ids: string[];
      },
  ) => {
    const {
      notice_org_ids: orgIds,
      notice_type: type,
      notice_payload: payload,
      notice_created_at: createdAt,
      window_ends_at: windowEndsAt,
      webhook_org_ids: webhookOrgIds,
      ...row
    } = values;
    // As `listActiveEndpointsOfOrgs` reads them, each endpoint as `[id, event_types]`.
    const endpoints = sql<
      [string, string][] | null
    >`(select json_agg(json_build_array("id", "event_types")) from "webhook_endpoints" where "org_id" in (${sql.join(webhookOrgIds)}) and "is_active" = 1)`;
    const query = db
      .with("event_row", (qc) => qc.insertInto("engagement_events").values(row))
      .with("notices", (qc) =>
        qc.insertInto("org_notifications").values(
          orgIds.map((orgId) => ({
            event_id: row.id,
            org_id: orgId,
            engagement_id: row.engagement_id,
            type,
            payload,
            actor_user_id: row.actor_user_id,
            created_at: createdAt,
            members_as_of: membersAsOf(orgId, createdAt),
          })),
        ),
      );
    if (!shape.window) {
      return query.selectNoFrom([
        sql<boolean>`false`.as("is_mailed_now"),
        endpoints.as("endpoints"),
      ]);
    }
    return query
      .with("mail_window", (qc) =>
        qc
          .insertInto("notification_mail_pending")
          .values({ engagement_id: row.engagement_id, from_seq: null, due_at: windowEndsAt! })
          .onConflict((oc) =>
            oc
              .column("engagement_id")
              .doUpdateSet({ from_seq: row.seq })
              .where("notification_mail_pending.from_seq", "is", null),
          )
          .returning("from_seq"),
      )
      .selectNoFrom([
        // Opened now (not marked, nor left as it was): mailed at once.
        sql<boolean>`exists (select 1 from "mail_window" where "from_seq" is null)`.as(
          "is_mailed_now",
        ),
        endpoints.as("endpoints"),
      ]);
  },
);

/** Whoever is a member now sees the notification, whoever joins afterwards does not. */
const membersAsOf = (orgId: string, createdAt: string) =>
  sql<string>`coalesce((select max(created_at) from memberships where org_id = ${orgId} and created_at > ${createdAt}), ${createdAt})`;

// Every notified event writes it: built and compiled once per number of organisations told.
const orgNotificationRows = compiledPerShape(
  (
    db,
    _shape: object,
    values: {
      eventId: string;
      orgIds: string[];
      engagementId: string;
      type: string;
      payload: string;
      actorUserId: string | null;
      createdAt: string;
    },
  ) =>
    db.insertInto("org_notifications").values(
      values.orgIds.map((orgId) => ({
        event_id: values.eventId,
        org_id: orgId,
        engagement_id: values.engagementId,
        type: values.type,
        payload: values.payload,
        actor_user_id: values.actorUserId,
        created_at: values.createdAt,
        members_as_of: membersAsOf(orgId, values.createdAt),
      })),
    ),
);

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

/** Turns off the e-mail of each of `types` for the person, in one statement; already off stays off. */
export async function muteEmailOfTypes(
  db: Kysely<Database>,
  userId: string,
  types: readonly string[],
): Promise<void> {
  await db
    .insertInto("notification_preferences")
    .values(types.map((type) => ({ user_id: userId, type, is_email_enabled: 0 })))
    .onConflict((oc) => oc.columns(["user_id", "type"]).doUpdateSet({ is_email_enabled: 0 }))
    .execute();
}
