import type { Insertable, Kysely } from "kysely";
import type { Database } from "../../db/schema";

export type OfferRow = Database["next_phase_offers"];

export function listOffers(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("next_phase_offers")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

export function findOffer(db: Kysely<Database>, engagementId: string, offerId: string) {
  return db
    .selectFrom("next_phase_offers")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .where("id", "=", offerId)
    .executeTakeFirst();
}

export async function insertOffer(db: Kysely<Database>, row: Insertable<OfferRow>): Promise<void> {
  await db.insertInto("next_phase_offers").values(row).execute();
}

/** Marks the offers a new one replaces (waiting, or sent back for a change) as superseded. */
export async function supersedeOpenOffers(
  db: Kysely<Database>,
  engagementId: string,
): Promise<void> {
  await db
    .updateTable("next_phase_offers")
    .set({ status: "superseded" })
    .where("engagement_id", "=", engagementId)
    .where("status", "in", ["sent", "change_requested"])
    .execute();
}

/** Answers a sent offer once: false when another answer came first. */
export async function answerOfferRow(
  db: Kysely<Database>,
  offerId: string,
  answer: Pick<OfferRow, "status" | "answer_note" | "answered_by" | "answered_at">,
): Promise<boolean> {
  const result = await db
    .updateTable("next_phase_offers")
    .set(answer)
    .where("id", "=", offerId)
    .where("status", "=", "sent")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setOfferAgreementVersion(
  db: Kysely<Database>,
  offerId: string,
  version: number,
): Promise<void> {
  await db
    .updateTable("next_phase_offers")
    .set({ agreement_version: version })
    .where("id", "=", offerId)
    .execute();
}
