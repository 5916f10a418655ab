import type { Kysely } from "kysely";
import { sanctionEffects, type SanctionEffects } from "../../../domain/moderation/sanctions";
import type { Database } from "../../db/schema";
import { listSanctionsOf } from "./moderation.repository";

/** What the organisation's sanctions take away at `now` (nothing without sanctions). */
export async function sanctionEffectsOf(
  db: Kysely<Database>,
  orgId: string,
  now: Date,
): Promise<SanctionEffects> {
  const rows = await listSanctionsOf(db, orgId);
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
