import type { Insertable, Kysely } from "kysely";
import type { Database } from "../../db/schema";

export type RecognitionRow = Database["recognitions"];

function selectRecognitions(db: Kysely<Database>) {
  return db
    .selectFrom("recognitions as r")
    .innerJoin("organisations as f", "f.id", "r.from_org_id")
    .innerJoin("organisations as t", "t.id", "r.to_org_id")
    .selectAll("r")
    .select(["f.name as from_name", "t.name as to_name"]);
}

export type RecognitionWithOrgs = Awaited<
  ReturnType<ReturnType<typeof selectRecognitions>["execute"]>
>[number];

export function listRecognitions(db: Kysely<Database>, engagementId: string) {
  return selectRecognitions(db)
    .where("r.engagement_id", "=", engagementId)
    .orderBy("r.created_at", "desc")
    .orderBy("r.id", "desc")
    .execute();
}

export function findRecognition(db: Kysely<Database>, engagementId: string, id: string) {
  return selectRecognitions(db)
    .where("r.engagement_id", "=", engagementId)
    .where("r.id", "=", id)
    .executeTakeFirst();
}

/** What identifies each recognition an engagement holds, to tell a repeated one. */
export function listRecognitionIdentities(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("recognitions")
    .select(["from_side", "kind", "subject_kind", "subject_id", "text", "status"])
    .where("engagement_id", "=", engagementId)
    .execute();
}

/** What an organisation received and consented to show: published recognition only. */
export function listPublishedFor(db: Kysely<Database>, orgId: string, limit: number) {
  return selectRecognitions(db)
    .where("r.to_org_id", "=", orgId)
    .where("r.status", "=", "published")
    .orderBy("r.created_at", "desc")
    .orderBy("r.id", "desc")
    .limit(limit)
    .execute();
}

export async function insertRecognition(
  db: Kysely<Database>,
  row: Insertable<RecognitionRow>,
): Promise<void> {
  await db.insertInto("recognitions").values(row).execute();
}

/** Moves a recognition on from the status it was read in: false when another answer came first. */
export async function answerRecognitionRow(
  db: Kysely<Database>,
  id: string,
  from: RecognitionRow["status"],
  change: Partial<
    Pick<RecognitionRow, "status" | "text" | "text_approved_at" | "consent_answered_at">
  >,
): Promise<boolean> {
  const result = await db
    .updateTable("recognitions")
    .set(change)
    .where("id", "=", id)
    .where("status", "=", from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
