import type { Kysely } from "kysely";
import { instant } from "../../domain/findings";
import {
  sanctionEffects,
  type Restriction,
  type SanctionEffects,
} from "../../domain/moderation/sanctions";
import type { Database } from "../db/schema";
import { fail, ok, type FailureValues, type Result } from "../platform/result";

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

/** The values the refusal's message names: the sanction and, for a suspension, its end. */
function restrictionValues(restriction: Restriction): FailureValues {
  if (restriction.kind === "expulsion") return { sanction: "expulsion", until: "" };
  if (restriction.endsAt === null) return { sanction: "open_suspension", until: "" };
  return { sanction: "suspension", until: instant(restriction.endsAt) };
}

/**
 * Refuses a step a suspension or an expulsion takes away (starting an engagement by any road,
 * a review or a reply) while one is in force at `now`: 403 `organisation_suspended` when the
 * organisation acting (`own`) is sanctioned, else 409 `counterpart_suspended` when the one it
 * would start an engagement with (`counterpart`, if any) is. The message names the sanction
 * and when a suspension ends, in the reader's language; once it has ended, the step goes through.
 */
export async function refuseIfSanctioned(
  db: Kysely<Database>,
  now: Date,
  orgs: { own: string; counterpart?: string | null },
): Promise<Result<null>> {
  const own = await sanctionEffectsOf(db, orgs.own, now);
  if (own.restriction) return fail("organisation_suspended", restrictionValues(own.restriction));
  if (!orgs.counterpart) return ok(null);
  const counterpart = await sanctionEffectsOf(db, orgs.counterpart, now);
  if (counterpart.restriction)
    return fail("counterpart_suspended", restrictionValues(counterpart.restriction));
  return ok(null);
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
