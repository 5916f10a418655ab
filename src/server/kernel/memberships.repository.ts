import type { Kysely } from "kysely";
import type { Database } from "../db/schema";

/**
 * The organisations a person belongs to, with their role in each: what every access decision
 * starts from, so it lives in the kernel rather than in one module.
 */
export function listMembershipsOfUser(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom("memberships as m")
    .innerJoin("organisations as o", "o.id", "m.org_id")
    .select([
      "m.org_id",
      "m.role",
      "m.created_at",
      "o.name as org_name",
      "o.kind as org_kind",
      "o.created_at as org_created_at",
      "o.list_version as org_list_version",
    ])
    .where("m.user_id", "=", userId)
    .orderBy("o.name")
    .orderBy("m.org_id")
    .execute();
}
