import type { Insertable, Kysely, Updateable } from "kysely";
import type { Database, ModerationCasesTable, OrgSanctionsTable } from "../../db/schema";
import type { Cursor } from "../../platform/cursor";
import { pastCursor } from "../../db/keyset";

export async function insertCase(db: Kysely<Database>, row: Insertable<ModerationCasesTable>) {
  await db.insertInto("moderation_cases").values(row).execute();
}

/**
 * Cases with what a reader needs beside the row: the parties' names and the text the case is
 * about (a message, a review or a reply), read where it lives.
 */
function casesWithContext(db: Kysely<Database>) {
  return db
    .selectFrom("moderation_cases as c")
    .innerJoin("organisations as accused", "accused.id", "c.accused_org_id")
    .leftJoin("organisations as complainant", "complainant.id", "c.complainant_org_id")
    .selectAll("c")
    .select(["accused.name as accused_org_name", "complainant.name as complainant_org_name"])
    .select((eb) => [
      eb
        .selectFrom("messages as m")
        .select("m.body")
        .whereRef("m.id", "=", "c.subject_id")
        .where("c.subject_kind", "=", "message")
        .as("message_body"),
      eb
        .selectFrom("reviews as r")
        .select("r.body")
        .whereRef("r.id", "=", "c.subject_id")
        .where("c.subject_kind", "=", "review")
        .as("review_body"),
      eb
        .selectFrom("reviews as r")
        .select("r.hidden_at")
        .whereRef("r.id", "=", "c.subject_id")
        .where("c.subject_kind", "=", "review")
        .as("review_hidden_at"),
      eb
        .selectFrom("reviews as r")
        .innerJoin("review_rounds as d", "d.id", "r.round_id")
        .select("d.published_at")
        .whereRef("r.id", "=", "c.subject_id")
        .where("c.subject_kind", "=", "review")
        .as("review_published_at"),
      eb
        .selectFrom("review_replies as rr")
        .select("rr.body")
        .whereRef("rr.review_id", "=", "c.subject_id")
        .where("c.subject_kind", "=", "reply")
        .as("reply_body"),
    ]);
}

export function findCase(db: Kysely<Database>, caseId: string) {
  return casesWithContext(db).where("c.id", "=", caseId).executeTakeFirst();
}

export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

/** Whether any case, from a report or from screening, was opened on the message or review. */
export async function hasCaseOnSubject(
  db: Kysely<Database>,
  subjectKind: ModerationCasesTable["subject_kind"],
  subjectId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("moderation_cases")
    .select("id")
    .where("subject_kind", "=", subjectKind)
    .where("subject_id", "=", subjectId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Moves a case only from the status it was read in, so two moderators cannot both decide. */
export async function updateCase(
  db: Kysely<Database>,
  caseId: string,
  fromStatus: CaseRow["status"],
  values: Updateable<ModerationCasesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("moderation_cases")
    .set(values)
    .where("id", "=", caseId)
    .where("status", "=", fromStatus)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The queue of one moderator, oldest first: `limit` cases in the given statuses after the
 * cursor, leaving out those they may not judge: cases concerning one of their organisations (as
 * the accused or the complainant) and appeals of their own decisions.
 */
export function listQueue(
  db: Kysely<Database>,
  judge: { userId: string; orgIds: readonly string[] },
  statuses: readonly ModerationCasesTable["status"][],
  page: { after?: Cursor; limit: number },
) {
  let q = casesWithContext(db)
    .where("c.status", "in", statuses)
    .where((eb) =>
      eb.or([
        eb("c.status", "<>", "appealed"),
        eb("c.decided_by", "is", null),
        eb("c.decided_by", "<>", judge.userId),
      ]),
    );
  if (judge.orgIds.length > 0) {
    q = q
      .where("c.accused_org_id", "not in", judge.orgIds)
      .where((eb) =>
        eb.or([
          eb("c.complainant_org_id", "is", null),
          eb("c.complainant_org_id", "not in", judge.orgIds),
        ]),
      );
  }
  const after = page.after;
  if (after) {
    q = q.where(pastCursor("c.created_at", "c.id", after, "asc"));
  }
  return q.orderBy("c.created_at").orderBy("c.id").limit(page.limit).execute();
}

/**
 * Cases where one of the organisations is the accused or the complainant, newest first: `limit`
 * of them from before the cursor.
 */
export function listCasesOfOrgs(
  db: Kysely<Database>,
  orgIds: readonly string[],
  page: { before?: Cursor; limit: number },
) {
  if (orgIds.length === 0) return Promise.resolve([]);
  let q = casesWithContext(db).where((eb) =>
    eb.or([eb("c.accused_org_id", "in", orgIds), eb("c.complainant_org_id", "in", orgIds)]),
  );
  const before = page.before;
  if (before) {
    q = q.where(pastCursor("c.created_at", "c.id", before, "desc"));
  }
  return q.orderBy("c.created_at", "desc").orderBy("c.id", "desc").limit(page.limit).execute();
}

export async function insertSanction(db: Kysely<Database>, row: Insertable<OrgSanctionsTable>) {
  await db.insertInto("org_sanctions").values(row).execute();
}

export async function liftSanctionsOfCase(db: Kysely<Database>, caseId: string, at: string) {
  await db
    .updateTable("org_sanctions")
    .set({ lifted_at: at })
    .where("case_id", "=", caseId)
    .where("lifted_at", "is", null)
    .execute();
}

/** The engagements of an organisation still running, to flag for a protected exit. */
export function listOpenEngagementsOf(db: Kysely<Database>, orgId: string) {
  return db
    .selectFrom("engagements")
    .select(["id", "client_org_id", "provider_org_id"])
    .where((eb) => eb.or([eb("client_org_id", "=", orgId), eb("provider_org_id", "=", orgId)]))
    .where("status", "in", ["pending", "active"])
    .execute();
}

/** Whether the review is published: a review still blind is nobody's to report yet. */
export async function isPublishedReview(
  db: Kysely<Database>,
  engagementId: string,
  reviewId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("reviews as r")
    .innerJoin("review_rounds as d", "d.id", "r.round_id")
    .select("r.id")
    .where("r.engagement_id", "=", engagementId)
    .where("r.id", "=", reviewId)
    .where("d.published_at", "is not", null)
    .executeTakeFirst();
  return row !== undefined;
}
