import type { Insertable, Kysely, QueryCreator } from "kysely";
import { compiledOnce } from "../../db/compiled-once";
import type { Database, ScreeningNudgesTable } from "../../db/schema";

export async function insertNudge(db: Kysely<Database>, row: Insertable<ScreeningNudgesTable>) {
  await db.insertInto("screening_nudges").values(row).execute();
}

/** Settles the sender's pending nudges on this surface: they revised, or sent anyway. */
export async function resolvePendingNudges(
  db: Kysely<Database>,
  key: { userId: string; engagementId: string; surface: ScreeningNudgesTable["surface"] },
  outcome: "revised" | "sent_anyway",
  at: string,
) {
  await settlePending(db, outcome, at, key.userId, key.engagementId, key.surface);
}

// Every message, reply and review runs it: built and compiled once.
const settlePending = compiledOnce(
  (
    db,
    outcome: "revised" | "sent_anyway",
    at: string,
    userId: string,
    engagementId: string,
    surface: ScreeningNudgesTable["surface"],
  ) => pendingNudgesSettled(db, { outcome, at, userId, engagementId, surface }),
);

/**
 * The update behind `resolvePendingNudges`, for a caller that sends it inside a statement of
 * its own (a posted message's, on PostgreSQL).
 */
export function pendingNudgesSettled(
  db: QueryCreator<Database>,
  settle: {
    outcome: "revised" | "sent_anyway";
    at: string;
    userId: string;
    engagementId: string;
    surface: ScreeningNudgesTable["surface"];
  },
) {
  return db
    .updateTable("screening_nudges")
    .set({ outcome: settle.outcome, resolved_at: settle.at })
    .where("user_id", "=", settle.userId)
    .where("engagement_id", "=", settle.engagementId)
    .where("surface", "=", settle.surface)
    .where("outcome", "=", "pending");
}

/** Counts of nudges by outcome, over all engagements or the given ones. */
export async function countNudges(db: Kysely<Database>, engagementIds?: readonly string[]) {
  let query = db
    .selectFrom("screening_nudges")
    .select((eb) => ["outcome", eb.fn.countAll<number | string>().as("n")])
    .groupBy("outcome");
  if (engagementIds) {
    if (engagementIds.length === 0) return [];
    query = query.where("engagement_id", "in", engagementIds);
  }
  return query.execute();
}
