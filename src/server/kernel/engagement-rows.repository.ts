import type { Kysely } from "kysely";
import { compiledOnce } from "../db/compiled-once";
import type { Database } from "../db/schema";

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

export async function findEngagement(db: Kysely<Database>, id: string) {
  const [row] = await engagementById(db, id);
  return row;
}

// Every engagement route reads it first: built and compiled once.
const engagementById = compiledOnce((db, id: string) =>
  selectEngagementsWithOrgs(db).where("e.id", "=", id),
);
