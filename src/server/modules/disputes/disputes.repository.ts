import { sql, type Kysely, type Selectable, type Updateable, type Insertable } from "kysely";
import type { Database, DisputeOffersTable, DisputesTable } from "../../db/schema";
import type { Cursor } from "../../platform/cursor";
import { pastCursor } from "../../db/keyset";

export type DisputeRow = Selectable<DisputesTable>;
export type DisputeOfferRow = Selectable<DisputeOffersTable>;

export async function insertDispute(db: Kysely<Database>, row: Insertable<DisputesTable>) {
  await db.insertInto("disputes").values(row).execute();
}

export async function nextDisputeNumber(db: Kysely<Database>, engagementId: string) {
  const row = await db
    .selectFrom("disputes")
    .select((eb) => eb.fn.max("number").as("last"))
    .where("engagement_id", "=", engagementId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export function findDispute(db: Kysely<Database>, engagementId: string, disputeId: string) {
  return db
    .selectFrom("disputes")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .where("id", "=", disputeId)
    .executeTakeFirst();
}

export function listDisputes(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("disputes")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .orderBy("number", "desc")
    .execute();
}

/** Moves the dispute only if it is still in `fromStatus`; false when another write got there first. */
export async function updateDispute(
  db: Kysely<Database>,
  disputeId: string,
  fromStatus: DisputesTable["status"],
  changes: Updateable<DisputesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("disputes")
    .set(changes)
    .where("id", "=", disputeId)
    .where("status", "=", fromStatus)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Disputes whose pending step may be overdue: the sweeper checks each against the rule. */
export function listWaitingDisputes(db: Kysely<Database>, limit: number) {
  return db
    .selectFrom("disputes")
    .selectAll()
    .where("status", "in", ["awaiting_response", "offer_pending", "in_mediation"])
    .orderBy("waiting_since")
    .orderBy("id")
    .limit(limit)
    .execute();
}

export async function insertOffer(db: Kysely<Database>, row: Insertable<DisputeOffersTable>) {
  await db.insertInto("dispute_offers").values(row).execute();
}

export function listOffers(db: Kysely<Database>, disputeIds: readonly string[]) {
  if (disputeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("dispute_offers")
    .selectAll()
    .where("dispute_id", "in", disputeIds)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export function findPendingOffer(db: Kysely<Database>, disputeId: string) {
  return db
    .selectFrom("dispute_offers")
    .selectAll()
    .where("dispute_id", "=", disputeId)
    .where("status", "=", "pending")
    .executeTakeFirst();
}

export async function closePendingOffers(
  db: Kysely<Database>,
  disputeId: string,
  status: "accepted" | "declined" | "countered" | "lapsed",
  answeredBy: string | null,
  at: string,
) {
  await db
    .updateTable("dispute_offers")
    .set({ status, answered_by: answeredBy, answered_at: at })
    .where("dispute_id", "=", disputeId)
    .where("status", "=", "pending")
    .execute();
}

/** A dispute by its id alone, for the moderators, who are on neither side of its engagement. */
export function findDisputeById(db: Kysely<Database>, disputeId: string) {
  return db.selectFrom("disputes").selectAll().where("id", "=", disputeId).executeTakeFirst();
}

/**
 * Where a dispute stands in the mediation queue: waiting for a recommendation ('0|') before
 * recommended ('1|'), then oldest waiting first. Text on both databases, so one key to page on.
 */
const mediationQueueKey = sql<string>`(case when d.status = 'in_mediation' then '0|' else '1|' end) || d.waiting_since`;

/**
 * Disputes a moderator has, or recommended in, with their engagement, in the queue's order
 * (`mediationQueueKey`, then id): `limit` of them after the cursor.
 */
export function listDisputesInMediation(
  db: Kysely<Database>,
  page: { after?: Cursor; limit: number },
) {
  let q = db
    .selectFrom("disputes as d")
    .innerJoin("engagements as e", "e.id", "d.engagement_id")
    .leftJoin("organisations as co", "co.id", "e.client_org_id")
    .leftJoin("organisations as po", "po.id", "e.provider_org_id")
    .selectAll("d")
    .select([
      "e.title as engagement_title",
      "e.client_org_id",
      "e.provider_org_id",
      "co.name as client_name",
      "po.name as provider_name",
      mediationQueueKey.as("queue_key"),
    ])
    .where("d.status", "in", ["in_mediation", "recommended"]);
  const after = page.after;
  if (after) {
    q = q.where(pastCursor(mediationQueueKey, "d.id", after, "asc"));
  }
  return q.orderBy(mediationQueueKey).orderBy("d.id").limit(page.limit).execute();
}
