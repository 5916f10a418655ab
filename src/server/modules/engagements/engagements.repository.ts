import type { Kysely } from "kysely";
import type { EngagementStatus } from "../../../domain/engagement/engagement";
import type { Database, EngagementRow } from "../../db/schema";

export async function insertEngagement(
  db: Kysely<Database>,
  engagement: EngagementRow,
): Promise<void> {
  await db.insertInto("engagements").values(engagement).execute();
}

/** An engagement with the names and kinds of the organisations on each side. */
function selectEngagementsWithOrgs(db: Kysely<Database>) {
  return db
    .selectFrom("engagements as e")
    .innerJoin("organisations as io", "io.id", "e.initiator_org_id")
    .leftJoin("organisations as co", "co.id", "e.client_org_id")
    .leftJoin("organisations as po", "po.id", "e.provider_org_id")
    .selectAll("e")
    .select([
      "io.name as initiator_name",
      "io.kind as initiator_kind",
      "co.name as client_name",
      "po.name as provider_name",
    ]);
}

export type EngagementWithOrgs = Awaited<ReturnType<typeof findEngagement>> & {};

export function findEngagement(db: Kysely<Database>, id: string) {
  return selectEngagementsWithOrgs(db).where("e.id", "=", id).executeTakeFirst();
}

/** Newest first, keyset-paginated on (created_at, id) so deep pages stay fast. */
export function listEngagementsOfOrgs(
  db: Kysely<Database>,
  query: {
    orgIds: string[];
    status?: EngagementStatus;
    after?: { createdAt: string; id: string };
    limit: number;
  },
) {
  let q = selectEngagementsWithOrgs(db).where((eb) =>
    eb.or([eb("e.client_org_id", "in", query.orgIds), eb("e.provider_org_id", "in", query.orgIds)]),
  );
  if (query.status) q = q.where("e.status", "=", query.status);
  const after = query.after;
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb("e.created_at", "<", after.createdAt),
        eb.and([eb("e.created_at", "=", after.createdAt), eb("e.id", "<", after.id)]),
      ]),
    );
  }
  return q.orderBy("e.created_at", "desc").orderBy("e.id", "desc").limit(query.limit).execute();
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
