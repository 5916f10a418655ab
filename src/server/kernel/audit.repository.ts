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

/** An audit entry as an operator reads it. */
export interface AuditEntry {
  occurredAt: string;
  action: string;
  actorUserId: string | null;
  orgId: string | null;
  subject: string | null;
  ip: string | null;
}

/** The newest `limit` entries (of one organisation, if named), oldest first. */
export async function listRecentAudit(
  db: Kysely<Database>,
  filter: { orgId?: string; limit: number },
): Promise<AuditEntry[]> {
  let query = db
    .selectFrom("audit_events")
    .select([
      "occurred_at as occurredAt",
      "action",
      "actor_user_id as actorUserId",
      "org_id as orgId",
      "subject",
      "ip",
    ])
    .orderBy("occurred_at", "desc")
    .orderBy("id", "desc")
    .limit(filter.limit);
  if (filter.orgId !== undefined) query = query.where("org_id", "=", filter.orgId);
  return (await query.execute()).reverse();
}

/**
 * Records that a side took a copy of an engagement's record (its ledger, or the whole archive):
 * who, for which organisation, and which engagement.
 */
export function recordRecordCopied(
  deps: Pick<AppDeps, "db" | "ids" | "clock">,
  actor: { userId: string },
  copied: { engagementId: string; orgId: string | null; action: RecordCopy },
): Promise<void> {
  return recordAudit(deps.db, deps, {
    actorUserId: actor.userId,
    orgId: copied.orgId,
    action: copied.action,
    subject: copied.engagementId,
  });
}

export type RecordCopy = "engagement.ledger_exported" | "engagement.archive_downloaded";
