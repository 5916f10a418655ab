import { parseEngagementEvent } from "../../contracts/events";
import type { EngagementEvent } from "../../domain/ledger/event-catalogue";
import { readStoredPayload, type ChainedEvent } from "../../domain/ledger/ledger";
import type { EngagementEventRow } from "../db/schema";

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
