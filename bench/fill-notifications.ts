import type { Kysely } from "kysely";
import type { Database } from "../src/server/db/schema";

/**
 * Gives the bench user `count` unread notifications of the bench organisation's engagements,
 * a message each, written straight into the tables (the posts behind them would take hours):
 * rows of `org_notifications` since notifications are stored once per event, or the bench
 * user's own rows of the `notifications` table before (so the same bench compares both). The
 * user's membership is dated before them, so they see every one.
 */
export async function fillNotifications(
  db: Kysely<Database>,
  fill: { orgId: string; userId: string; engagementIds: readonly string[]; count: number },
): Promise<void> {
  if (fill.count <= 0) return;
  const since = Date.UTC(2025, 0, 1);
  await db
    .updateTable("memberships")
    .set({ created_at: new Date(since - 1000).toISOString() })
    .where("org_id", "=", fill.orgId)
    .where("user_id", "=", fill.userId)
    .execute();
  const actor = await db
    .selectFrom("users")
    .select("id")
    .where("id", "<>", fill.userId)
    .executeTakeFirstOrThrow();
  const isOncePerEvent = await hasTable(db, "org_notifications");
  const CHUNK = 1_000;
  for (let start = 0; start < fill.count; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, fill.count - start) }, (_, i) => {
      const n = start + i;
      const engagementId = fill.engagementIds[n % fill.engagementIds.length] ?? "";
      const createdAt = new Date(since + n * 60_000).toISOString();
      const eventId = `00000000-0000-7000-8000-${String(n).padStart(12, "0")}`;
      const payload = JSON.stringify({
        messageId: eventId,
        threadKind: "engagement",
        threadId: engagementId,
      });
      return { n, engagementId, createdAt, eventId, payload };
    });
    if (isOncePerEvent) {
      await db
        .insertInto("org_notifications")
        .values(
          rows.map((row) => ({
            event_id: row.eventId,
            org_id: fill.orgId,
            engagement_id: row.engagementId,
            type: "message.posted",
            payload: row.payload,
            actor_user_id: actor.id,
            created_at: row.createdAt,
            members_as_of: row.createdAt,
          })),
        )
        .execute();
    } else {
      // The table as it was (one row per person); not in today's schema types.
      const perPerson = db as unknown as Kysely<{ notifications: Record<string, unknown> }>;
      await perPerson
        .insertInto("notifications")
        .values(
          rows.map((row) => ({
            id: `bench-notification-${row.n}`,
            user_id: fill.userId,
            engagement_id: row.engagementId,
            event_id: row.eventId,
            type: "message.posted",
            payload: row.payload,
            created_at: row.createdAt,
            read_at: null,
          })),
        )
        .execute();
    }
  }
}

async function hasTable(db: Kysely<Database>, name: string): Promise<boolean> {
  const tables = await db.introspection.getTables();
  return tables.some((table) => table.name === name && !table.isView);
}
