import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import type { AppDeps } from "../platform/deps";

/** Security-relevant actions outside any engagement (sign-ins, tokens, memberships). */
export async function recordAudit(
  db: Kysely<Database>,
  deps: Pick<AppDeps, "ids" | "clock">,
  entry: {
    actorUserId: string | null;
    orgId?: string | null;
    action: string;
    subject?: string;
    ip?: string;
  },
): Promise<void> {
  await db
    .insertInto("audit_events")
    .values({
      id: deps.ids.newId(),
      occurred_at: deps.clock.now().toISOString(),
      actor_user_id: entry.actorUserId,
      org_id: entry.orgId ?? null,
      action: entry.action,
      subject: entry.subject ?? null,
      ip: entry.ip ?? null,
    })
    .execute();
}
