import { type Kysely, sql, type SelectQueryBuilder } from "kysely";
import { UNREAD_COUNT_CAP } from "../../../contracts/notifications";
import { compiledPerShape } from "../../db/compiled-once";
import type { Database, OrgNotificationsTable } from "../../db/schema";
import type { Cursor } from "../../platform/cursor";

// A person's notifications are their organisations' rows in `org_notifications` that they may
// see: from when they joined (or older rows stored while the clock was behind their joining,
// `members_as_of`), not their own doing, once for someone in both organisations. Every read
// here walks each organisation's rows newest first in the index (org_id, created_at, event_id)
// from a bound and stops after a page or a window, so it costs the same with a hundred or a
// hundred thousand notifications. (The view `notifications` says the same for every person at
// once; it reads everything and is for tests and people, not requests.)

/** Where a person stands: their memberships and their read-up-to mark, if they ever set one. */
export interface ReaderState {
  userId: string;
  memberships: { orgId: string; joinedAt: string }[];
  mark: { createdAt: string; eventId: string } | undefined;
}

/** The rows newer than the mark, in each organisation, the unread count looks at. */
export const UNREAD_WINDOW = 500;

export async function readReaderState(db: Kysely<Database>, userId: string): Promise<ReaderState> {
  const rows = await membershipsAndMark(db, {}, { userId });
  const first = rows[0];
  return {
    userId,
    memberships: rows.map((row) => ({ orgId: row.org_id, joinedAt: row.created_at })),
    mark:
      first?.mark_created_at != null && first.mark_event_id != null
        ? { createdAt: first.mark_created_at, eventId: first.mark_event_id }
        : undefined,
  };
}

const membershipsAndMark = compiledPerShape((db, _shape: object, values: { userId: string }) => {
  const latestMark = (column: "up_to_created_at" | "up_to_event_id") =>
    db
      .selectFrom("notification_read_marks as k")
      .select(`k.${column}`)
      .where("k.user_id", "=", values.userId)
      .orderBy("k.up_to_created_at", "desc")
      .orderBy("k.up_to_event_id", "desc")
      .limit(1);
  return db
    .selectFrom("memberships as m")
    .select(["m.org_id", "m.created_at"])
    .select([
      latestMark("up_to_created_at").as("mark_created_at"),
      latestMark("up_to_event_id").as("mark_event_id"),
    ])
    .where("m.user_id", "=", values.userId)
    .orderBy("m.org_id");
});

/**
 * Values of the queries below: a person's memberships as parallel lists and, for the reads
 * after the mark, the mark and where each membership's rows after it start (the later of
 * joining and the mark). A compiled query must use every value it is given.
 */
type ReaderValues = {
  userId: string;
  orgIds: string[];
  joinedAts: string[];
  fromCreatedAts?: string[];
  markCreatedAt?: string | undefined;
  markEventId?: string | undefined;
};

function readerValues(state: ReaderState): ReaderValues {
  return {
    userId: state.userId,
    orgIds: state.memberships.map((m) => m.orgId),
    joinedAts: state.memberships.map((m) => m.joinedAt),
  };
}

function readerValuesAfterMark(state: ReaderState): ReaderValues {
  const mark = state.mark;
  return {
    ...readerValues(state),
    fromCreatedAts: state.memberships.map((m) =>
      mark && mark.createdAt > m.joinedAt ? mark.createdAt : m.joinedAt,
    ),
    markCreatedAt: mark?.createdAt,
    markEventId: mark?.eventId,
  };
}

type WithRows = Database & { n: OrgNotificationsTable };
type OrgRows = SelectQueryBuilder<WithRows, "n", object>;

/**
 * For each membership, the person's rows as two index walks: those from their joining on
 * (`org_notifications_org_idx`, from `from` down), and those older that a clock set back
 * stored while they were a member (`org_notifications_back_dated_idx`, a handful at most).
 * `narrow` adds conditions to both; each walk is ordered newest first and cut at `limit`.
 */
function partsOf(
  db: Kysely<Database>,
  values: ReaderValues,
  from: "joinedAts" | "fromCreatedAts",
  narrow: (q: OrgRows) => OrgRows,
  limit: unknown,
): OrgRows[] {
  return values.orgIds.flatMap((orgId, index) => {
    const joinedAt = values.joinedAts[index] ?? "";
    const rowsOf = (q: OrgRows) =>
      narrow(q.where("n.org_id", "=", orgId))
        .orderBy("n.created_at", "desc")
        .orderBy("n.event_id", "desc")
        .limit(limit as number);
    const since = (from === "joinedAts" ? values.joinedAts : values.fromCreatedAts)?.[index];
    const sinceJoining = rowsOf(
      db.selectFrom("org_notifications as n").where("n.created_at", ">=", since ?? ""),
    );
    const backDated = rowsOf(
      db
        .selectFrom("org_notifications as n")
        .where(sql<boolean>`n.members_as_of > n.created_at`)
        .where("n.members_as_of", ">=", joinedAt)
        .where("n.created_at", "<", joinedAt),
    );
    return [sinceJoining, backDated];
  });
}

/** Rows after the person's read-up-to mark, when they have one. */
function afterMark(values: ReaderValues) {
  return (q: OrgRows): OrgRows => {
    const { markCreatedAt, markEventId } = values;
    if (markCreatedAt === undefined || markEventId === undefined) return q;
    return q.where((eb) =>
      eb.or([
        eb("n.created_at", ">", markCreatedAt),
        eb.and([eb("n.created_at", "=", markCreatedAt), eb("n.event_id", ">", markEventId)]),
      ]),
    );
  };
}

function notMine(userId: string) {
  return (q: OrgRows): OrgRows =>
    q.where((eb) =>
      eb.or([eb("n.actor_user_id", "is", null), eb("n.actor_user_id", "<>", userId)]),
    );
}

/** The union of the parts, each kept whole (a derived table), as both dialects require. */
function unionOf<Row>(
  db: Kysely<Database>,
  parts: SelectQueryBuilder<WithRows, "n", Row>[],
  kind: "union" | "unionAll" = "union",
) {
  const [first, ...rest] = parts.map((part, index) =>
    db.selectFrom(part.as(`p${index}`)).selectAll(),
  );
  if (!first) return undefined;
  return rest.reduce(
    (all, part) => (kind === "union" ? all.union(part) : all.unionAll(part)),
    first,
  );
}

/**
 * A page of the person's notifications, newest first, before `before` in that order: each
 * part reads at most a page (and the person's own events among it), then the page is joined.
 */
export async function listNotifications(
  db: Kysely<Database>,
  query: { state: ReaderState; before?: Cursor; limit: number },
) {
  if (query.state.memberships.length === 0) return [];
  return notificationPage(
    db,
    {},
    {
      ...readerValues(query.state),
      beforeCreatedAt: query.before?.key,
      beforeEventId: query.before?.id,
      limit: query.limit,
    },
  );
}

const notificationPage = compiledPerShape(
  (
    db,
    _shape: object,
    values: ReaderValues & { beforeCreatedAt?: string; beforeEventId?: string; limit: number },
  ) => {
    const { beforeCreatedAt, beforeEventId, userId } = values;
    const before = (q: OrgRows): OrgRows =>
      beforeCreatedAt === undefined || beforeEventId === undefined
        ? q
        : q
            .where("n.created_at", "<=", beforeCreatedAt)
            .where((eb) =>
              eb.or([
                eb("n.created_at", "<", beforeCreatedAt),
                eb("n.event_id", "<", beforeEventId),
              ]),
            );
    const parts = partsOf(
      db,
      values,
      "joinedAts",
      (q) => before(notMine(userId)(q)),
      values.limit,
    ).map((q) =>
      q.select([
        "n.event_id",
        "n.created_at",
        "n.engagement_id",
        "n.type",
        "n.payload",
        "n.actor_user_id",
      ]),
    );
    // `union` keeps an event told to both of the person's organisations once: its two rows
    // are alike in every column read.
    const page = db
      .selectFrom(unionOf(db, parts)!.as("u"))
      .selectAll()
      .orderBy("u.created_at", "desc")
      .orderBy("u.event_id", "desc")
      .limit(values.limit);
    return db
      .selectFrom(page.as("page"))
      .leftJoin("engagements as e", "e.id", "page.engagement_id")
      .leftJoin("users as actor", "actor.id", "page.actor_user_id")
      .leftJoin("notification_reads as r", (join) =>
        join.onRef("r.event_id", "=", "page.event_id").on("r.user_id", "=", userId),
      )
      .select([
        "page.event_id",
        "page.engagement_id",
        "page.type",
        "page.payload",
        "page.created_at",
        "e.title as engagement_title",
        "actor.name as actor_name",
      ])
      .select((eb) =>
        eb.fn
          .coalesce(
            "r.read_at",
            // The first mark that covers it: marks only move forward, so the first is the oldest.
            eb
              .selectFrom("notification_read_marks as k")
              .select("k.read_at")
              .where("k.user_id", "=", userId)
              .where("k.up_to_created_at", ">=", eb.ref("page.created_at"))
              .where((inner) =>
                inner.or([
                  inner("k.up_to_created_at", ">", inner.ref("page.created_at")),
                  inner("k.up_to_event_id", ">=", inner.ref("page.event_id")),
                ]),
              )
              .orderBy("k.up_to_created_at")
              .orderBy("k.up_to_event_id")
              .limit(1),
          )
          .as("read_at"),
      )
      .orderBy("page.created_at", "desc")
      .orderBy("page.event_id", "desc");
  },
);

export type NotificationRow = Awaited<ReturnType<typeof listNotifications>>[number];

/**
 * How many of the person's notifications are unread, up to `UNREAD_COUNT_CAP` (which means
 * that many or more). Only rows after the read-up-to mark can be unread; of those it looks at
 * the newest `UNREAD_WINDOW` of each organisation, so a person who never marks all read
 * still costs a bounded read (an unread one older than that window is listed, not counted).
 */
export async function countUnreadNotifications(
  db: Kysely<Database>,
  state: ReaderState,
): Promise<number> {
  if (state.memberships.length === 0) return 0;
  const [row] = await unreadCount(
    db,
    {},
    { ...readerValuesAfterMark(state), window: UNREAD_WINDOW, cap: UNREAD_COUNT_CAP },
  );
  return Number(row?.unread ?? 0);
}

const unreadCount = compiledPerShape(
  (db, _shape: object, values: ReaderValues & { window: number; cap: number }) => {
    const parts = partsOf(db, values, "fromCreatedAts", afterMark(values), values.window).map((q) =>
      q.select(["n.event_id", "n.actor_user_id"]),
    );
    // `union all` and `distinct`: the walks stream into the count, which stops at the cap
    // (`union` would sort every walk's window first); `distinct` keeps an event told to both of
    // the person's organisations once.
    const unread = db
      .selectFrom(unionOf(db, parts, "unionAll")!.as("u"))
      .select("u.event_id")
      .distinct()
      .where((eb) =>
        eb.and([
          eb.or([eb("u.actor_user_id", "is", null), eb("u.actor_user_id", "<>", values.userId)]),
          eb.not(
            eb.exists(
              eb
                .selectFrom("notification_reads as r")
                .select("r.event_id")
                .where("r.user_id", "=", values.userId)
                .whereRef("r.event_id", "=", "u.event_id"),
            ),
          ),
        ]),
      )
      .limit(values.cap);
    return db
      .selectFrom(unread.as("unread"))
      .select((eb) => eb.fn.countAll<string | number>().as("unread"));
  },
);

/**
 * "Mark all read": one statement moving the person's read-up-to mark to their newest
 * notification (kept as a new mark, so what an earlier mark covered keeps its reading time).
 * Nothing is stored when there is nothing newer than the mark. Returns where the mark is now.
 */
export async function markAllNotificationsRead(
  db: Kysely<Database>,
  state: ReaderState,
  at: string,
): Promise<ReaderState["mark"]> {
  if (state.memberships.length === 0) return state.mark;
  const [moved] = await moveMark(db, {}, { ...readerValuesAfterMark(state), at, one: 1 });
  return moved ? { createdAt: moved.up_to_created_at, eventId: moved.up_to_event_id } : state.mark;
}

const moveMark = compiledPerShape(
  (db, _shape: object, values: ReaderValues & { at: string; one: number }) => {
    const parts = partsOf(db, values, "fromCreatedAts", afterMark(values), values.one).map((q) =>
      q.select(["n.created_at", "n.event_id"]),
    );
    return db
      .insertInto("notification_read_marks")
      .columns(["user_id", "up_to_created_at", "up_to_event_id", "read_at"])
      .expression(
        db
          .selectFrom(unionOf(db, parts)!.as("u"))
          .select((eb) => [
            eb.val(values.userId).as("user_id"),
            "u.created_at",
            "u.event_id",
            eb.val(values.at).as("read_at"),
          ])
          .orderBy("u.created_at", "desc")
          .orderBy("u.event_id", "desc")
          .limit(values.one),
      )
      .onConflict((oc) => oc.doNothing())
      .returning(["up_to_created_at", "up_to_event_id"]);
  },
);

/**
 * Marks the notifications of these events read for the person, each in a row of its own, if
 * they are theirs and unread: one statement reading only those events' rows.
 */
export async function markNotificationsRead(
  db: Kysely<Database>,
  state: ReaderState,
  eventIds: readonly string[],
  at: string,
): Promise<void> {
  if (state.memberships.length === 0 || eventIds.length === 0) return;
  await readEvents(
    db,
    {},
    {
      ...readerValues(state),
      markCreatedAt: state.mark?.createdAt,
      markEventId: state.mark?.eventId,
      eventIds: [...eventIds],
      at,
    },
  );
}

const readEvents = compiledPerShape(
  (db, _shape: object, values: ReaderValues & { eventIds: string[]; at: string }) => {
    const mine = afterMark(values)(
      notMine(values.userId)(
        db
          .selectFrom("org_notifications as n")
          .where("n.event_id", "in", values.eventIds)
          .where((eb) =>
            eb.or(
              values.orgIds.map((orgId, index) =>
                eb.and([
                  eb("n.org_id", "=", orgId),
                  eb("n.members_as_of", ">=", values.joinedAts[index] ?? ""),
                ]),
              ),
            ),
          ),
      ),
    );
    return db
      .insertInto("notification_reads")
      .columns(["user_id", "event_id", "read_at"])
      .expression(
        mine
          .select((eb) => [
            eb.val(values.userId).as("user_id"),
            "n.event_id",
            eb.val(values.at).as("read_at"),
          ])
          .distinct(),
      )
      .onConflict((oc) => oc.doNothing());
  },
);
