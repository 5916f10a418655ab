import type { Kysely } from "kysely";
import { engagementEndedOn, type ExitEnd } from "../../domain/exit/after-exit";
import type { Database } from "../db/schema";
import type { ReadFirst } from "../platform/request-context";
import { engagementRead } from "./first-read";

/** An engagement with the names and kinds of the organisations on each side. */
export function selectEngagementsWithOrgs(db: Kysely<Database>) {
  return db
    .selectFrom("engagements as e")
    .innerJoin("organisations as io", "io.id", "e.initiator_org_id")
    .leftJoin("organisations as co", "co.id", "e.client_org_id")
    .leftJoin("organisations as po", "po.id", "e.provider_org_id")
    .selectAll("e")
    .select(SIDE_NAMES);
}

/** The columns `selectEngagementsWithOrgs` adds to the engagement's, from its three joins. */
export const SIDE_NAMES = [
  "io.name as initiator_name",
  "io.kind as initiator_kind",
  "co.name as client_name",
  "po.name as provider_name",
] as const;

/** An engagement row with its sides' names (`selectEngagementsWithOrgs`). */
export type EngagementWithOrgs = Omit<EngagementFirstRead, keyof ExitEndColumns>;

/** The columns of an exit's end facts an engagement's first read adds (`exitEndOf`). */
export interface ExitEndColumns {
  exit_date: string | null;
  exit_ended_amicably_at: string | null;
}

/** What an engagement's first read returns: the row with its sides' names and its exit's end. */
export type EngagementFirstRead = Awaited<ReturnType<typeof findEngagement>> & {};

/** The engagement with its sides' names; `first`: what the request read with its session. */
export async function findEngagement(db: Kysely<Database>, id: string, first?: ReadFirst | null) {
  const [row] = await ENGAGEMENT_ROW_READ.rows(db, id, first);
  return row;
}

/**
 * Every engagement route reads it first (the engagement's page with the session's statement),
 * with its exit's end facts beside it (null while nobody gave notice), so a reply that offers
 * actions knows whether the exit ended the engagement (`exitEndOf`) without another statement:
 * `exits.engagement_id` is unique, the join one index look-up.
 */
export const ENGAGEMENT_ROW_READ = engagementRead((db, id: string) =>
  selectEngagementsWithOrgs(db)
    .leftJoin("exits as x", "x.engagement_id", "e.id")
    .select(["x.exit_date as exit_date", "x.ended_amicably_at as exit_ended_amicably_at"])
    .where("e.id", "=", id),
);

/** The exit's end facts an engagement's first read carries, or null while nobody gave notice. */
export function exitEndOf(row: ExitEndColumns): ExitEnd | null {
  return row.exit_date === null
    ? null
    : { exitDate: row.exit_date, endedAmicablyAt: row.exit_ended_amicably_at };
}

/** Whether the exit has ended the engagement at `now`, from what its first read carries. */
export function hasEngagementEnded(row: ExitEndColumns, now: Date): boolean {
  return engagementEndedOn(exitEndOf(row), now) !== null;
}

/** `findExitEnd` of many engagements: those with an exit, each with its engagement's id. */
export function listExitEnds(db: Kysely<Database>, engagementIds: readonly string[]) {
  return db
    .selectFrom("exits")
    .select([
      "engagement_id as engagementId",
      "exit_date as exitDate",
      "ended_amicably_at as endedAmicablyAt",
      "created_at as noticeGivenAt",
    ])
    .where("engagement_id", "in", [...engagementIds])
    .execute();
}

/** The exit's end facts (its date, an amicable end), or undefined when nobody gave notice. */
export function findExitEnd(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("exits")
    .select(["exit_date as exitDate", "ended_amicably_at as endedAmicablyAt"])
    .where("engagement_id", "=", engagementId)
    .executeTakeFirst();
}
