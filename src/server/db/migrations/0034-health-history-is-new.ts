import type { Kysely } from "kysely";

// An organisation's score history says, point by point, whether the side was still "new" (below
// the minimum sample) when the point was written, so a counterparty reading the scorecard sees
// only the points from when the score was public: a "new" side's score can be one other
// engagement's. Points written before this column have it null: unknown, kept from
// counterparties (the organisation's own people still see them). Engagement points leave it null.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("health_history").addColumn("is_new", "integer").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("health_history").dropColumn("is_new").execute();
}
