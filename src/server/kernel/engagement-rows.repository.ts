import type { Kysely } from "kysely";
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

export type EngagementWithOrgs = Awaited<ReturnType<typeof findEngagement>> & {};

/** The engagement with its sides' names; `first`: what the request read with its session. */
export async function findEngagement(db: Kysely<Database>, id: string, first?: ReadFirst | null) {
  const [row] = await ENGAGEMENT_ROW_READ.rows(db, id, first);
  return row;
}

/** Every engagement route reads it first (the engagement's page with the session's statement). */
export const ENGAGEMENT_ROW_READ = engagementRead((db, id: string) =>
  selectEngagementsWithOrgs(db).where("e.id", "=", id),
);

/** The exit's end facts (its date, an amicable end), or undefined when nobody gave notice. */
export function findExitEnd(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("exits")
    .select(["exit_date as exitDate", "ended_amicably_at as endedAmicablyAt"])
    .where("engagement_id", "=", engagementId)
    .executeTakeFirst();
}
