import type { Insertable, Kysely } from "kysely";
import type {
  CriterionVerdictsTable,
  Database,
  FeedbackNotesTable,
  StoredFilesTable,
  SubmissionsTable,
} from "../../db/schema";

function selectSubmissionsWithNames(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("submissions as s")
    .innerJoin("users as submitter", "submitter.id", "s.submitted_by")
    .leftJoin("users as decider", "decider.id", "s.decided_by")
    .selectAll("s")
    .select(["submitter.name as submitted_by_name", "decider.name as decided_by_name"])
    .where("s.engagement_id", "=", engagementId);
}

export function listSubmissions(db: Kysely<Database>, engagementId: string) {
  return selectSubmissionsWithNames(db, engagementId)
    .orderBy("s.deliverable_id")
    .orderBy("s.round")
    .execute();
}
export type SubmissionRow = Awaited<ReturnType<typeof listSubmissions>>[number];

/** One submission as `listSubmissions` gives it, with its people's names. */
export function findSubmissionWithNames(
  db: Kysely<Database>,
  engagementId: string,
  submissionId: string,
): Promise<SubmissionRow | undefined> {
  return selectSubmissionsWithNames(db, engagementId)
    .where("s.id", "=", submissionId)
    .executeTakeFirst();
}

export function findSubmission(db: Kysely<Database>, engagementId: string, submissionId: string) {
  return db
    .selectFrom("submissions")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .where("id", "=", submissionId)
    .executeTakeFirst();
}

/** Every round of one deliverable, oldest first. */
export function listRounds(db: Kysely<Database>, engagementId: string, deliverableId: string) {
  return db
    .selectFrom("submissions")
    .select(["round", "status"])
    .where("engagement_id", "=", engagementId)
    .where("deliverable_id", "=", deliverableId)
    .orderBy("round")
    .execute();
}

/** Every round of the given deliverables, in one query. */
export function listRoundsOf(
  db: Kysely<Database>,
  engagementId: string,
  deliverableIds: readonly string[],
) {
  return db
    .selectFrom("submissions")
    .select(["deliverable_id as deliverableId", "round", "status"])
    .where("engagement_id", "=", engagementId)
    .where("deliverable_id", "in", [...deliverableIds])
    .execute();
}

export async function insertSubmission(db: Kysely<Database>, row: Insertable<SubmissionsTable>) {
  await db.insertInto("submissions").values(row).execute();
}

/**
 * Moves a submission out of review only if it is still in review, so an evaluation and the
 * deemed-acceptance sweep can never both decide it. True when this call decided it.
 */
export async function decideSubmission(
  db: Kysely<Database>,
  submissionId: string,
  decision: {
    status: "accepted" | "deemed_accepted" | "changes_requested";
    decidedBy: string | null;
    at: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("submissions")
    .set({ status: decision.status, decided_by: decision.decidedBy, decided_at: decision.at })
    .where("id", "=", submissionId)
    .where("status", "=", "in_review")
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function insertVerdicts(
  db: Kysely<Database>,
  rows: readonly Insertable<CriterionVerdictsTable>[],
) {
  if (rows.length > 0)
    await db
      .insertInto("criterion_verdicts")
      .values([...rows])
      .execute();
}

export function listVerdicts(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("criterion_verdicts as v")
    .innerJoin("submissions as s", "s.id", "v.submission_id")
    .selectAll("v")
    .where("s.engagement_id", "=", engagementId)
    .orderBy("v.submission_id")
    .orderBy("v.criterion_id")
    .execute();
}

/** One submission's verdicts (its primary key's prefix), pinned to the engagement as `listVerdicts`. */
export function listVerdictsOf(db: Kysely<Database>, engagementId: string, submissionId: string) {
  return db
    .selectFrom("criterion_verdicts as v")
    .innerJoin("submissions as s", "s.id", "v.submission_id")
    .selectAll("v")
    .where("s.engagement_id", "=", engagementId)
    .where("v.submission_id", "=", submissionId)
    .orderBy("v.criterion_id")
    .execute();
}

export async function insertNotes(
  db: Kysely<Database>,
  rows: readonly Insertable<FeedbackNotesTable>[],
) {
  if (rows.length > 0)
    await db
      .insertInto("feedback_notes")
      .values([...rows])
      .execute();
}

function selectNotes(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("feedback_notes as n")
    .innerJoin("users as u", "u.id", "n.author_user_id")
    .leftJoin("change_requests as c", "c.id", "n.change_request_id")
    .selectAll("n")
    .select(["u.name as author_name", "c.number as change_request_number"])
    .where("n.engagement_id", "=", engagementId);
}

export function listNotes(db: Kysely<Database>, engagementId: string) {
  return selectNotes(db, engagementId).orderBy("n.created_at").orderBy("n.id").execute();
}
export type NoteRow = Awaited<ReturnType<typeof listNotes>>[number];

/** One submission's remarks, in `listNotes`'s order. */
export function listNotesOf(
  db: Kysely<Database>,
  engagementId: string,
  submissionId: string,
): Promise<NoteRow[]> {
  return selectNotes(db, engagementId)
    .where("n.submission_id", "=", submissionId)
    .orderBy("n.created_at")
    .orderBy("n.id")
    .execute();
}

export async function insertFiles(
  db: Kysely<Database>,
  rows: readonly Insertable<StoredFilesTable>[],
) {
  if (rows.length > 0)
    await db
      .insertInto("stored_files")
      .values([...rows])
      .execute();
}

/** The organisation's uploads to the engagement that no submission took yet. */
export function listWaitingFiles(db: Kysely<Database>, engagementId: string, orgId: string) {
  return db
    .selectFrom("stored_files")
    .select(["id", "name", "sha256", "created_at"])
    .where("engagement_id", "=", engagementId)
    .where("org_id", "=", orgId)
    .where("submission_id", "is", null)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export function listFilesOfEngagement(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("stored_files")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .where("submission_id", "is not", null)
    .execute();
}
export type StoredFileRow = Awaited<ReturnType<typeof listFilesOfEngagement>>[number];

/** One submission's files (`stored_files_submission_idx`). */
export function listFilesOfSubmission(
  db: Kysely<Database>,
  engagementId: string,
  submissionId: string,
): Promise<StoredFileRow[]> {
  return db
    .selectFrom("stored_files")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .where("submission_id", "=", submissionId)
    .execute();
}

export function findFile(db: Kysely<Database>, engagementId: string, fileId: string) {
  return db
    .selectFrom("stored_files")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .where("id", "=", fileId)
    .executeTakeFirst();
}

/**
 * Attaches the organisation's unattached uploads to a submission; returns how many it took, so
 * the caller can refuse ids that were someone else's, already used, or unknown.
 */
export async function attachFiles(
  db: Kysely<Database>,
  input: { engagementId: string; orgId: string; fileIds: readonly string[]; submissionId: string },
): Promise<number> {
  if (input.fileIds.length === 0) return 0;
  const result = await db
    .updateTable("stored_files")
    .set({ submission_id: input.submissionId })
    .where("engagement_id", "=", input.engagementId)
    .where("org_id", "=", input.orgId)
    .where("submission_id", "is", null)
    .where("id", "in", [...input.fileIds])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Submissions whose review window has passed with deemed acceptance agreed, oldest first. */
export function listOverdueSubmissions(db: Kysely<Database>, now: string, limit: number) {
  return db
    .selectFrom("submissions")
    .select(["id", "engagement_id"])
    .where("status", "=", "in_review")
    .where("is_deemed_acceptance_agreed", "=", 1)
    .where("review_due_at", "<=", now)
    .orderBy("review_due_at")
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** Rounds whose review window ends within `lead` of now, not yet reminded, oldest first. */
export function listReviewsEndingSoon(
  db: Kysely<Database>,
  window: { now: string; until: string },
  limit: number,
) {
  return db
    .selectFrom("submissions")
    .select(["id", "engagement_id"])
    .where("status", "=", "in_review")
    .where("is_deemed_acceptance_agreed", "=", 1)
    .where("review_reminded_at", "is", null)
    .where("review_due_at", ">", window.now)
    .where("review_due_at", "<=", window.until)
    .orderBy("review_due_at")
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** Marks the round reminded unless another sweeper did first; true when this call did. */
export async function markReviewReminded(
  db: Kysely<Database>,
  submissionId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable("submissions")
    .set({ review_reminded_at: at })
    .where("id", "=", submissionId)
    .where("status", "=", "in_review")
    .where("review_reminded_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
