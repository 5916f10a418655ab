import type { Kysely } from "kysely";
import type { EngagementStatus } from "../../../domain/engagement/engagement";
import type { Database, EngagementRow } from "../../db/schema";
import { selectEngagementsWithOrgs } from "../../kernel/engagement-rows.repository";

export async function insertEngagement(
  db: Kysely<Database>,
  engagement: EngagementRow,
): Promise<void> {
  await db.insertInto("engagements").values(engagement).execute();
}

// The engagement row every access check reads lives in the kernel; re-exported for the
// engagement part's own readers.
export { findEngagement, type EngagementWithOrgs } from "../../kernel/engagement-rows.repository";

/**
 * Newest first, keyset-paginated on (created_at, id) so deep pages stay fast. Each side is read
 * in the order of its own (org, created_at) index and only the page is joined: an `OR` across
 * the two columns would make the database sort every engagement of the organisations.
 */
export function listEngagementsOfOrgs(
  db: Kysely<Database>,
  query: {
    orgIds: string[];
    status?: EngagementStatus;
    after?: { createdAt: string; id: string };
    limit: number;
  },
) {
  const side = (column: "client_org_id" | "provider_org_id") => {
    let q = db
      .selectFrom("engagements")
      .select(["id", "created_at"])
      .where(column, "in", query.orgIds);
    if (query.status) q = q.where("status", "=", query.status);
    const after = query.after;
    if (after) {
      q = q.where((eb) =>
        eb.or([
          eb("created_at", "<", after.createdAt),
          eb.and([eb("created_at", "=", after.createdAt), eb("id", "<", after.id)]),
        ]),
      );
    }
    return q.orderBy("created_at", "desc").orderBy("id", "desc").limit(query.limit);
  };
  const pageIds = db
    .selectFrom(side("client_org_id").as("c"))
    .select("c.id")
    .unionAll(db.selectFrom(side("provider_org_id").as("p")).select("p.id"));
  return selectEngagementsWithOrgs(db)
    .where("e.id", "in", pageIds)
    .orderBy("e.created_at", "desc")
    .orderBy("e.id", "desc")
    .limit(query.limit)
    .execute();
}

/** Moves a pending engagement to its answer; false if someone else answered first. */
export async function answerEngagement(
  db: Kysely<Database>,
  id: string,
  answer: {
    status: "active" | "declined";
    counterpart?: { column: "client_org_id" | "provider_org_id"; orgId: string };
    at: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("engagements")
    .set({
      status: answer.status,
      updated_at: answer.at,
      ...(answer.counterpart && { [answer.counterpart.column]: answer.counterpart.orgId }),
    })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
