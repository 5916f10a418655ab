import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

/**
 * Marks the engagement as having events to tell by e-mail, from `fromSeq` on, once `dueAt`
 * passes. A marker already there (an earlier event of the same burst) is kept as it is, so the
 * window runs from the burst's first event and a busy engagement is still told in time.
 */
export async function markMailPending(
  db: Kysely<Database>,
  row: { engagementId: string; fromSeq: number; dueAt: string },
): Promise<void> {
  await db
    .insertInto("notification_mail_pending")
    .values({ engagement_id: row.engagementId, from_seq: row.fromSeq, due_at: row.dueAt })
    .onConflict((oc) => oc.column("engagement_id").doNothing())
    .execute();
}

/** Engagements whose window has passed, the longest waiting first. */
export function listDueMailPending(db: Kysely<Database>, now: string, limit: number) {
  return db
    .selectFrom("notification_mail_pending")
    .select("engagement_id")
    .where("due_at", "<=", now)
    .orderBy("due_at")
    .limit(limit)
    .execute();
}

/** Removes the engagement's marker and says where its events start; undefined when gone. */
export async function takeMailPending(
  db: Kysely<Database>,
  engagementId: string,
): Promise<number | undefined> {
  const row = await db
    .deleteFrom("notification_mail_pending")
    .where("engagement_id", "=", engagementId)
    .returning("from_seq")
    .executeTakeFirst();
  return row && Number(row.from_seq);
}
