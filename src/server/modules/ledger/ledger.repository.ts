import { sql, SqliteAdapter, type Kysely } from "kysely";
import { parseEngagementEvent } from "../../../contracts/events";
import type {
  EngagementEvent,
  EngagementEventType,
  EventPayload,
} from "../../../domain/ledger/event-catalogue";
import { compiledOnce, compiledPerShape } from "../../db/compiled-once";
import type { Database, EngagementEventRow } from "../../db/schema";
import { engagementRead } from "../../kernel/first-read";
import type { ReadFirst } from "../../platform/request-context";
import { DEFAULT_PAGE_SIZE } from "../../../contracts/pagination";

export async function findLastEvent(db: Kysely<Database>, engagementId: string) {
  return (await lastEvent(db, engagementId))[0];
}

// Every append reads the chain's head and writes one row: both built and compiled once. The
// limit is written into the SQL: SQLite (3.53) compiles a statement with a bound `limit ?`
// again every time the value is bound (see `selectEventPage`), which every append paid.
const lastEvent = compiledOnce((db, engagementId: string) =>
  db
    .selectFrom("engagement_events")
    .select(["seq", "hash"])
    .where("engagement_id", "=", engagementId)
    .orderBy("seq", "desc")
    .limit(sql.lit(1)),
);

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
 * Which events a timeline page holds: the newest (`earlier`, from before `seq` when given) or
 * those after `seq` (`later`), `limit` of them plus one that tells whether more follow.
 */
export interface EventPage {
  direction: "earlier" | "later";
  seq?: number | undefined;
  limit: number;
}

/** The timeline's first page, which the overview reads on every visit: the newest events. */
export const FIRST_EVENT_PAGE: EventPage = { direction: "earlier", limit: DEFAULT_PAGE_SIZE };

/**
 * What a page of the engagement's timeline reads, in one statement: the engagement's
 * participants (for the access check) and the page's events with each actor's current name,
 * in the page's order (the newest first for `earlier`); undefined when there is no such
 * engagement. The first page is the request's first read, else its own statement.
 */
export async function listEventsForReader(
  db: Kysely<Database>,
  engagementId: string,
  page: EventPage = FIRST_EVENT_PAGE,
  readFirst?: ReadFirst | null,
) {
  const rows =
    page === FIRST_EVENT_PAGE
      ? await ENGAGEMENT_EVENTS_READ.rows(db, engagementId, readFirst)
      : await eventPage(
          db,
          { direction: page.direction, limit: page.limit + 1 },
          { engagementId, seq: page.seq },
        );
  const [first] = rows;
  if (!first) return undefined;
  const participants = {
    client_org_id: first.engagement_client_org_id,
    provider_org_id: first.engagement_provider_org_id,
  };
  const events: (EngagementEventRow & { actor_name: string | null })[] = [];
  // An engagement without events (on this page) comes back as one row of nulls beside its
  // participants.
  for (const { engagement_client_org_id, engagement_provider_org_id, ...event } of rows) {
    if (event.id !== null) events.push(event as EngagementEventRow & { actor_name: string | null });
  }
  return { participants, events };
}

/**
 * The engagement beside a page of its events, one row per event (one row of nulls when the page
 * is empty, so the engagement still answers its participants). `seq` is unique in an engagement
 * (its place in the hash chain), so it orders the page alone: no two events tie. Two forms, each
 * answered by the `(engagement_id, seq)` index without reading the rest of a long ledger:
 * SQLite walks the index in the page's order under a plain left join (a derived table with its
 * own limit would be materialised first, three times the statement's cost); PostgreSQL, which
 * would sort the whole ledger under the join, reads the page apart, as a derived table with its
 * own order and limit, joined on true. Each actor's name is a subquery by the user's key, a
 * lookup per event of the page whatever the planner knows: as a join, PostgreSQL without fresh
 * statistics (a database just filled, as the bench's is) hashed the whole users table for a
 * page of four events, 41 of the statement's 60 buffers and most of its time.
 *
 * The limit is written into the SQL, so it is part of the shape: SQLite (3.53) reads a bound
 * `limit ?` as a constant when it compiles the statement and so compiles it again each time
 * the value is bound, which doubled the first page's cost (about 20 µs of CPU a request for a
 * page of four events). A page size is an integer of 2 to 201 (the query's limit plus one), so
 * the texts stay few.
 */
function selectEventPage(
  db: Kysely<Database>,
  shape: { direction: EventPage["direction"]; limit: number },
  values: { engagementId: string; seq?: number | undefined },
) {
  const order = shape.direction === "earlier" ? "desc" : "asc";
  const isPast = shape.direction === "earlier" ? "<" : ">";
  const engagement = db.selectFrom("engagements as e");
  const joined =
    db.getExecutor().adapter instanceof SqliteAdapter
      ? engagement.leftJoin("engagement_events as ev", (join) => {
          const onEngagement = join.onRef("ev.engagement_id", "=", "e.id");
          return values.seq === undefined
            ? onEngagement
            : onEngagement.on("ev.seq", isPast, values.seq);
        })
      : engagement.leftJoin(
          (eb) => {
            let events = eb
              .selectFrom("engagement_events")
              .selectAll()
              .where("engagement_id", "=", values.engagementId);
            if (values.seq !== undefined) events = events.where("seq", isPast, values.seq);
            return events.orderBy("seq", order).limit(sql.lit(shape.limit)).as("ev");
          },
          (join) => join.onTrue(),
        );
  return joined
    .select((eb) => [
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
      eb
        .selectFrom("users as u")
        .select("u.name")
        .whereRef("u.id", "=", "ev.actor_user_id")
        .as("actor_name"),
    ])
    .where("e.id", "=", values.engagementId)
    .orderBy("ev.seq", order)
    .limit(sql.lit(shape.limit));
}

const eventPage = compiledPerShape(selectEventPage);

/**
 * Every timeline request reads its first page first (with the session's statement, on
 * PostgreSQL); a request for another page reads that page after it.
 */
export const ENGAGEMENT_EVENTS_READ = engagementRead((db, engagementId: string) =>
  selectEventPage(
    db,
    { direction: FIRST_EVENT_PAGE.direction, limit: FIRST_EVENT_PAGE.limit + 1 },
    { engagementId },
  ),
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
