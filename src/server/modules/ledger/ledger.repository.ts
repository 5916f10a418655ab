import type { Insertable, Kysely } from "kysely";
import { parseEngagementEvent } from "../../../contracts/events";
import type {
  EngagementEvent,
  EngagementEventType,
  EventPayload,
} from "../../../domain/ledger/event-catalogue";
import type { ChainedEvent } from "../../../domain/ledger/ledger";
import { compiledOnce, compiledPerShape } from "../../db/compiled-once";
import type { Database, EngagementEventRow, EngagementEventsTable } from "../../db/schema";
import { engagementRead } from "../../kernel/first-read";
import type { ReadFirst } from "../../platform/request-context";

export async function findLastEvent(db: Kysely<Database>, engagementId: string) {
  return (await lastEvent(db, engagementId))[0];
}

// Every append reads the chain's head and writes one row: both built and compiled once.
const lastEvent = compiledOnce((db, engagementId: string) =>
  db
    .selectFrom("engagement_events")
    .select(["seq", "hash"])
    .where("engagement_id", "=", engagementId)
    .orderBy("seq", "desc")
    .limit(1),
);

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

export function listEventsWithActors(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("engagement_events as ev")
    .leftJoin("users as u", "u.id", "ev.actor_user_id")
    .selectAll("ev")
    .select("u.name as actor_name")
    .where("ev.engagement_id", "=", engagementId)
    .orderBy("ev.seq")
    .execute();
}

/**
 * What the engagement's timeline reads, in one statement: the engagement's participants (for
 * the access check) and its events with each actor's current name, oldest first; undefined
 * when there is no such engagement.
 */
export async function listEventsForReader(
  db: Kysely<Database>,
  engagementId: string,
  readFirst?: ReadFirst | null,
) {
  const rows = await ENGAGEMENT_EVENTS_READ.rows(db, engagementId, readFirst);
  const [first] = rows;
  if (!first) return undefined;
  const participants = {
    client_org_id: first.engagement_client_org_id,
    provider_org_id: first.engagement_provider_org_id,
  };
  const events: (EngagementEventRow & { actor_name: string | null })[] = [];
  // An engagement without events comes back as one row of nulls beside its participants.
  for (const { engagement_client_org_id, engagement_provider_org_id, ...event } of rows) {
    if (event.id !== null) events.push(event as EngagementEventRow & { actor_name: string | null });
  }
  return { participants, events };
}

/** Every timeline request reads it first (with the session's statement, on PostgreSQL). */
export const ENGAGEMENT_EVENTS_READ = engagementRead((db, engagementId: string) =>
  db
    .selectFrom("engagements as e")
    .leftJoin("engagement_events as ev", "ev.engagement_id", "e.id")
    .leftJoin("users as u", "u.id", "ev.actor_user_id")
    .select([
      "e.client_org_id as engagement_client_org_id",
      "e.provider_org_id as engagement_provider_org_id",
      "ev.id",
      "ev.engagement_id",
      "ev.seq",
      "ev.type",
      "ev.actor_user_id",
      "ev.actor_org_id",
      "ev.occurred_at",
      "ev.payload",
      "ev.prev_hash",
      "ev.hash",
      "u.name as actor_name",
    ])
    .where("e.id", "=", engagementId)
    .orderBy("ev.seq"),
);

/** The events of some types of an engagement, oldest first, parsed by the catalogue. */
export async function listEventsOfTypes<T extends EngagementEventType>(
  db: Kysely<Database>,
  engagementId: string,
  types: readonly T[],
): Promise<(Extract<EngagementEvent, { type: T }> & { occurredAt: string })[]> {
  const rows = await db
    .selectFrom("engagement_events")
    .select(["type", "payload", "occurred_at"])
    .where("engagement_id", "=", engagementId)
    .where("type", "in", [...types])
    .orderBy("seq")
    .execute();
  return rows.map((row) => ({
    // The query asked for these types only, so the parsed event is one of them.
    ...(parseEngagementEvent(row.type, JSON.parse(row.payload)) as Extract<
      EngagementEvent,
      { type: T }
    >),
    occurredAt: row.occurred_at,
  }));
}

/** The payloads of one type of event of an engagement, oldest first, parsed by the catalogue. */
export async function listEventPayloads<T extends EngagementEventType>(
  db: Kysely<Database>,
  engagementId: string,
  type: T,
): Promise<EventPayload<T>[]> {
  const events = await listEventsOfTypes(db, engagementId, [type]);
  // The same type, seen through a generic the compiler does not unfold.
  return events.map((event) => event.payload as EventPayload<T>);
}
