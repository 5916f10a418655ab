import type { Insertable, Kysely } from "kysely";
import type { Database } from "../../db/schema";

export type GoalRow = Database["goals"];
export type MeasurementRow = Database["goal_measurements"];
export type CorrectionRow = Database["goal_corrections"];

export function listGoals(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("goals")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export function findGoal(db: Kysely<Database>, engagementId: string, goalId: string) {
  return db
    .selectFrom("goals")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .where("id", "=", goalId)
    .executeTakeFirst();
}

export async function insertGoal(db: Kysely<Database>, row: Insertable<GoalRow>): Promise<void> {
  await db.insertInto("goals").values(row).execute();
}

export function listMeasurements(db: Kysely<Database>, goalIds: readonly string[]) {
  if (goalIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("goal_measurements")
    .selectAll()
    .where("goal_id", "in", goalIds)
    .orderBy("measured_on")
    .orderBy("recorded_at")
    .orderBy("id")
    .execute();
}

export function findMeasurement(db: Kysely<Database>, goalId: string, measurementId: string) {
  return db
    .selectFrom("goal_measurements")
    .selectAll()
    .where("goal_id", "=", goalId)
    .where("id", "=", measurementId)
    .executeTakeFirst();
}

export async function insertMeasurement(
  db: Kysely<Database>,
  row: Insertable<MeasurementRow>,
): Promise<void> {
  await db.insertInto("goal_measurements").values(row).execute();
}

export async function setCorrectedValue(
  db: Kysely<Database>,
  measurementId: string,
  value: number,
): Promise<void> {
  await db
    .updateTable("goal_measurements")
    .set({ corrected_value: value })
    .where("id", "=", measurementId)
    .execute();
}

export function listCorrections(db: Kysely<Database>, measurementIds: readonly string[]) {
  if (measurementIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("goal_corrections")
    .selectAll()
    .where("measurement_id", "in", measurementIds)
    .orderBy("proposed_at")
    .orderBy("id")
    .execute();
}

/** A correction of one of the engagement's goals' values, with the goal it belongs to. */
export function findCorrection(db: Kysely<Database>, engagementId: string, correctionId: string) {
  return db
    .selectFrom("goal_corrections as c")
    .innerJoin("goal_measurements as m", "m.id", "c.measurement_id")
    .innerJoin("goals as g", "g.id", "m.goal_id")
    .selectAll("c")
    .select(["m.goal_id", "m.value as measured_value"])
    .where("g.engagement_id", "=", engagementId)
    .where("c.id", "=", correctionId)
    .executeTakeFirst();
}

export async function insertCorrection(
  db: Kysely<Database>,
  row: Insertable<CorrectionRow>,
): Promise<void> {
  await db.insertInto("goal_corrections").values(row).execute();
}

/** Answers a proposed correction once: false when it was already answered. */
export async function answerCorrectionRow(
  db: Kysely<Database>,
  correctionId: string,
  answer: Pick<CorrectionRow, "status" | "answer_note" | "answered_by" | "answered_at">,
): Promise<boolean> {
  const result = await db
    .updateTable("goal_corrections")
    .set(answer)
    .where("id", "=", correctionId)
    .where("status", "=", "proposed")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The success measures of the brief the engagement came from (none for an engagement started
 * without one), with the language its author writes in (null when unknown): the measures'
 * numbers are read in its format.
 */
export async function findBriefMeasures(
  db: Kysely<Database>,
  engagementId: string,
): Promise<{ measures: string[]; writtenIn: string | null }> {
  const row = await db
    .selectFrom("proposals as p")
    .innerJoin("briefs as b", "b.id", "p.brief_id")
    .leftJoin("users as u", "u.id", "b.created_by")
    .select(["b.content", "u.locale"])
    .where("p.engagement_id", "=", engagementId)
    .executeTakeFirst();
  if (!row) return { measures: [], writtenIn: null };
  const content = JSON.parse(row.content) as { successMeasures?: unknown };
  const measures = Array.isArray(content.successMeasures)
    ? content.successMeasures.filter((m): m is string => typeof m === "string")
    : [];
  return { measures, writtenIn: row.locale ?? null };
}
