import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema";

export type MailStatus = Database["mail_outbox"]["status"];

/** Deletes up to `limit` mails of one status written before `before`, oldest first. */
export async function deleteOldMail(
  db: Kysely<Database>,
  status: MailStatus,
  before: string,
  limit: number,
): Promise<number> {
  const result = await db
    .deleteFrom("mail_outbox")
    .where("id", "in", (eb) =>
      eb
        .selectFrom("mail_outbox")
        .select("id")
        .where("status", "=", status)
        .where("created_at", "<", before)
        .orderBy("created_at")
        .limit(limit),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The day of a notification (`YYYY-MM-DD`), as `org_notifications_day_idx` holds it. */
const dayOf = sql<string>`substr(created_at, 1, 10)`;

/**
 * Deletes up to `limit` notifications (each organisation's) of days before `beforeDay`
 * (`YYYY-MM-DD`), oldest first.
 */
export async function deleteOldNotifications(
  db: Kysely<Database>,
  beforeDay: string,
  limit: number,
): Promise<number> {
  const result = await db
    .deleteFrom("org_notifications")
    .where((eb) =>
      eb(
        eb.refTuple("event_id", "org_id"),
        "in",
        eb
          .selectFrom("org_notifications")
          .select(["event_id", "org_id"])
          .where(dayOf, "<", beforeDay)
          .orderBy(dayOf)
          .limit(limit)
          .$asTuple("event_id", "org_id"),
      ),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes up to `limit` read receipts made before `before` (of notifications older still). */
export async function deleteOldReads(
  db: Kysely<Database>,
  before: string,
  limit: number,
): Promise<number> {
  const result = await db
    .deleteFrom("notification_reads")
    .where((eb) =>
      eb(
        eb.refTuple("user_id", "event_id"),
        "in",
        eb
          .selectFrom("notification_reads")
          .select(["user_id", "event_id"])
          .where("read_at", "<", before)
          .orderBy("read_at")
          .limit(limit)
          .$asTuple("user_id", "event_id"),
      ),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
