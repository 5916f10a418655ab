import { type Kysely, sql } from "kysely";

// In-app notifications were one row per recipient: a message to an engagement of twenty people
// wrote twenty rows, each on another person's page of an index. They are now stored once per
// event and organisation told (`org_notifications`); who sees one is worked out when reading,
// from the organisation's memberships: everyone who had joined by `members_as_of` (the event's
// time, or the newest member's joining time when a clock set back makes that later), but the
// event's actor. A person's read state is kept only once they act: a row per notification read
// (`notification_reads`), and a mark per "mark all read" (`notification_read_marks`): every
// notification up to it counts as read from the mark's time. The view `notifications` is the
// old table's rows as they now follow: one per event and person told, with `read_at`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("org_notifications")
    .addColumn("event_id", "text", (c) => c.notNull())
    .addColumn("org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("members_as_of", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("org_notifications_pk", ["event_id", "org_id"])
    .execute();
  // A person's page, unread count and "mark all read" walk each of their organisations' rows
  // newest first from where they joined (or from their read-up-to mark), and stop after a page.
  await db.schema
    .createIndex("org_notifications_org_idx")
    .on("org_notifications")
    .columns(["org_id", "created_at", "event_id", "actor_user_id"])
    .execute();
  // Rows stored while the clock was behind a member's joining (the demo's seeding): members who
  // had joined by `members_as_of` see them though they are older than their joining. Only such
  // rows are in this index, so walking it costs nothing where the clock runs forward; its
  // columns are the other's, so both databases walk it in the same order.
  await db.schema
    .createIndex("org_notifications_back_dated_idx")
    .on("org_notifications")
    .columns(["org_id", "created_at", "event_id", "actor_user_id"])
    .where(sql.ref("members_as_of"), ">", sql.ref("created_at"))
    .execute();
  await db.schema
    .createTable("notification_reads")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("event_id", "text", (c) => c.notNull())
    .addColumn("read_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("notification_reads_pk", ["user_id", "event_id"])
    .execute();
  await db.schema
    .createTable("notification_read_marks")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("up_to_created_at", "text", (c) => c.notNull())
    .addColumn("up_to_event_id", "text", (c) => c.notNull())
    .addColumn("read_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("notification_read_marks_pk", [
      "user_id",
      "up_to_created_at",
      "up_to_event_id",
    ])
    .execute();

  await carryOver(db);

  await db.schema.dropIndex("notifications_user_idx").execute();
  await db.schema.dropTable("notifications").execute();
  await sql`
    create view notifications as
    select
      n.event_id, m.user_id, n.org_id, n.engagement_id, n.type, n.payload, n.actor_user_id,
      n.created_at,
      coalesce(r.read_at, (
        select min(k.read_at) from notification_read_marks k
        where k.user_id = m.user_id
          and (k.up_to_created_at, k.up_to_event_id) >= (n.created_at, n.event_id)
      )) as read_at
    from org_notifications n
    join memberships m on m.org_id = n.org_id and m.created_at <= n.members_as_of
    left join notification_reads r on r.user_id = m.user_id and r.event_id = n.event_id
    where (n.actor_user_id is null or n.actor_user_id <> m.user_id)
      and not exists (
        select 1 from org_notifications o
        join memberships om
          on om.org_id = o.org_id and om.user_id = m.user_id and om.created_at <= o.members_as_of
        where o.event_id = n.event_id and o.org_id < n.org_id
      )
  `.execute(db);
}

/**
 * The per-person rows become one per event and organisation whose current members received
 * it, as of the newest of those members' joining (so each of them still sees it); a case's
 * notice stays with the accused organisation alone. Read times stay as read rows.
 */
async function carryOver(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into org_notifications
      (event_id, org_id, engagement_id, type, payload, actor_user_id, created_at, members_as_of)
    select
      n.event_id, m.org_id, min(n.engagement_id), min(n.type), min(n.payload),
      min(ev.actor_user_id), min(n.created_at), max(m.created_at)
    from notifications n
    join engagements g on g.id = n.engagement_id
    join memberships m
      on m.user_id = n.user_id and (m.org_id = g.client_org_id or m.org_id = g.provider_org_id)
    left join engagement_events ev on ev.id = n.event_id
    group by n.event_id, m.org_id
  `.execute(db);
  await sql`
    update org_notifications set members_as_of = created_at where members_as_of < created_at
  `.execute(db);
  const notices = await sql<{ event_id: string; org_id: string; payload: string }>`
    select event_id, org_id, payload from org_notifications where type = 'moderation.case_opened'
  `.execute(db);
  for (const notice of notices.rows) {
    const { accusedOrgId } = JSON.parse(notice.payload) as { accusedOrgId?: string };
    if (notice.org_id !== accusedOrgId) {
      await sql`
        delete from org_notifications where event_id = ${notice.event_id} and org_id = ${notice.org_id}
      `.execute(db);
    }
  }
  await sql`
    insert into notification_reads (user_id, event_id, read_at)
    select user_id, event_id, min(read_at) from notifications
    where read_at is not null
    group by user_id, event_id
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Back to a row per person, with the view's rows; a person's id for one is the event's and theirs.
  await db.schema
    .createTable("notifications_per_person")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("engagement_id", "text", (c) => c.references("engagements.id"))
    .addColumn("event_id", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("read_at", "text")
    .execute();
  await sql`
    insert into notifications_per_person
      (id, user_id, engagement_id, event_id, type, payload, created_at, read_at)
    select event_id || '.' || user_id, user_id, engagement_id, event_id, type, payload, created_at,
      read_at
    from notifications
  `.execute(db);
  await sql`drop view notifications`.execute(db);
  await db.schema.alterTable("notifications_per_person").renameTo("notifications").execute();
  await db.schema
    .createIndex("notifications_user_idx")
    .on("notifications")
    .columns(["user_id", "created_at"])
    .execute();
  await db.schema.dropTable("notification_read_marks").execute();
  await db.schema.dropTable("notification_reads").execute();
  await db.schema.dropTable("org_notifications").execute();
}
