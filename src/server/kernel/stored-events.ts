import { parseEngagementEvent } from "../../contracts/events";
import type { EngagementEvent } from "../../domain/ledger/event-catalogue";
import { readStoredPayload, type ChainedEvent } from "../../domain/ledger/ledger";
import type { Insertable, Kysely } from "kysely";
import { compiledPerShape } from "../db/compiled-once";
import type { Database, EngagementEventRow, EngagementEventsTable } from "../db/schema";

/** A stored event as written, for verification and exports: its payload is not parsed. */
export function toChainedEvent(row: EngagementEventRow): ChainedEvent {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    seq: Number(row.seq),
    type: row.type,
    actorUserId: row.actor_user_id,
    actorOrgId: row.actor_org_id,
    occurredAt: row.occurred_at,
    payload: readStoredPayload(row.payload),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** A stored event as a member of the catalogue, for readers that act on its payload. */
export function toEngagementEvent(row: EngagementEventRow): ChainedEvent<EngagementEvent> {
  const { type, payload, ...meta } = toChainedEvent(row);
  return { ...meta, ...parseEngagementEvent(type, payload) };
}

export async function insertEvent(
  db: Kysely<Database>,
  event: ChainedEvent<EngagementEvent>,
): Promise<void> {
  await insertEventRow(db, {}, eventRow(event));
}

const insertEventRow = compiledPerShape((db, _shape: object, row: ReturnType<typeof eventRow>) =>
  db.insertInto("engagement_events").values(row),
);

/** A chained event as its `engagement_events` row. */
export function eventRow(event: ChainedEvent) {
  return {
    id: event.id,
    engagement_id: event.engagementId,
    seq: event.seq,
    type: event.type,
    actor_user_id: event.actorUserId,
    actor_org_id: event.actorOrgId,
    occurred_at: event.occurredAt,
    payload: JSON.stringify(event.payload),
    prev_hash: event.prevHash,
    hash: event.hash,
  } satisfies Insertable<EngagementEventsTable>;
}
