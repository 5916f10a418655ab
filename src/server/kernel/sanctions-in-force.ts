import type { Kysely } from "kysely";
import { sanctionEffects, type SanctionEffects } from "../../domain/moderation/sanctions";
import type { Database } from "../db/schema";

/**
 * What the organisation's sanctions take away at `now` (nothing without sanctions): starting
 * engagements, reviewing and matching all ask, so it lives with the other shared rules.
 */
export async function sanctionEffectsOf(
  db: Kysely<Database>,
  orgId: string,
  now: Date,
): Promise<SanctionEffects> {
  const rows = await db
    .selectFrom("org_sanctions")
    .selectAll()
    .where("org_id", "=", orgId)
    .execute();
  return sanctionEffects(
    rows.map((r) => ({
      kind: r.kind,
      startsAt: new Date(r.starts_at),
      endsAt: r.ends_at ? new Date(r.ends_at) : null,
      liftedAt: r.lifted_at ? new Date(r.lifted_at) : null,
    })),
    now,
  );
}

/** Organisations expelled for good (an expulsion not lifted on appeal): matching leaves them out. */
export async function listExpelledOrgIds(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom("org_sanctions")
    .select("org_id")
    .where("kind", "=", "expulsion")
    .where("lifted_at", "is", null)
    .execute();
  return rows.map((r) => r.org_id);
}
