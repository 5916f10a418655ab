import type { Insertable, Kysely } from "kysely";
import type { Side } from "../../../domain/engagement/engagement";
import type { ThreadRef } from "../../../domain/messages/thread";
import { compiledOnce, compiledPerShape } from "../../db/compiled-once";
import type { DialectName } from "../../db/connect";
import type { Database, MessagesTable } from "../../db/schema";
import type { Cursor } from "../../platform/cursor";
import { selectEngagementsWithOrgs } from "../../kernel/engagement-rows.repository";
import { parseTerms } from "../agreements/canonical-terms";
import { pendingNudgesSettled, resolvePendingNudges } from "../screening/nudges.repository";
import { pastCursor } from "../../db/keyset";

/**
 * The engagement as its routes read it, and for the screening of a message, whether each side
 * was reviewed by the other in a published round (`wasReviewedBy`), in one statement: posting
 * needs both before it screens.
 */
export async function findEngagementToPost(db: Kysely<Database>, engagementId: string) {
  const [row] = await engagementToPost(db, engagementId);
  if (!row) return undefined;
  const { client_reviewed_by_provider, provider_reviewed_by_client, ...engagement } = row;
  return {
    ...engagement,
    // PostgreSQL answers a boolean, SQLite 1 or 0.
    isClientReviewedByProvider: Number(client_reviewed_by_provider) === 1,
    isProviderReviewedByClient: Number(provider_reviewed_by_client) === 1,
  };
}

// Every post reads it first: built and compiled once.
const engagementToPost = compiledOnce((db, engagementId: string) =>
  selectEngagementsWithOrgs(db)
    .select((eb) => {
      const publishedReview = (reviewed: "e.client_org_id" | "e.provider_org_id") =>
        eb.exists(
          eb
            .selectFrom("reviews as r")
            .innerJoin("review_rounds as d", "d.id", "r.round_id")
            .select("r.id")
            .whereRef("r.reviewed_org_id", "=", reviewed)
            .whereRef(
              "r.reviewer_org_id",
              "=",
              reviewed === "e.client_org_id" ? "e.provider_org_id" : "e.client_org_id",
            )
            .where("d.published_at", "is not", null),
        );
      return [
        publishedReview("e.client_org_id").as("client_reviewed_by_provider"),
        publishedReview("e.provider_org_id").as("provider_reviewed_by_client"),
      ];
    })
    .where("e.id", "=", engagementId),
);

/**
 * A posted message's row, and its sender's pending nudges on messages settled (`outcome`). On
 * PostgreSQL in one statement (the update as a data-modifying `with`): a round trip fewer on
 * every post; on SQLite, whose statements cost no round trip, as two.
 */
export async function insertMessageSettlingNudges(
  db: Kysely<Database>,
  dialect: DialectName,
  row: Insertable<MessagesTable> & { author_user_id: string; engagement_id: string },
  settle: { outcome: "revised" | "sent_anyway"; at: string },
): Promise<void> {
  const nudges = {
    ...settle,
    userId: row.author_user_id,
    engagementId: row.engagement_id,
    surface: "message" as const,
  };
  if (dialect === "postgres") {
    await insertMessageRowSettling(db, {}, { ...row, ...prefixed(nudges) });
    return;
  }
  await insertMessageRow(db, {}, row);
  await resolvePendingNudges(db, nudges, settle.outcome, settle.at);
}

const prefixed = (nudges: Parameters<typeof pendingNudgesSettled>[1]) => ({
  nudge_outcome: nudges.outcome,
  nudge_at: nudges.at,
  nudge_user_id: nudges.userId,
  nudge_engagement_id: nudges.engagementId,
  nudge_surface: nudges.surface,
});

// PostgreSQL's post: built and compiled once per set of columns.
const insertMessageRowSettling = compiledPerShape(
  (db, _shape: object, values: Insertable<MessagesTable> & ReturnType<typeof prefixed>) => {
    const {
      nudge_outcome: outcome,
      nudge_at: at,
      nudge_user_id: userId,
      nudge_engagement_id: engagementId,
      nudge_surface: surface,
      ...row
    } = values;
    return db
      .with("settled_nudges", (qc) =>
        pendingNudgesSettled(qc, { outcome, at, userId, engagementId, surface }),
      )
      .insertInto("messages")
      .values(row);
  },
);

// Every post writes one: built and compiled once per set of columns.
const insertMessageRow = compiledPerShape((db, _shape: object, row: Insertable<MessagesTable>) =>
  db.insertInto("messages").values(row),
);

function selectMessagesWithAuthors(db: Kysely<Database>) {
  return db
    .selectFrom("messages as m")
    .innerJoin("users as u", "u.id", "m.author_user_id")
    .selectAll("m")
    .select("u.name as author_name");
}

export type MessageRow = Awaited<ReturnType<typeof findMessageInThread>> & {};

export function findMessageInThread(
  db: Kysely<Database>,
  engagementId: string,
  thread: ThreadRef,
  messageId: string,
) {
  return selectMessagesWithAuthors(db)
    .where("m.id", "=", messageId)
    .where("m.engagement_id", "=", engagementId)
    .where("m.thread_kind", "=", thread.kind)
    .where("m.thread_id", "=", thread.id)
    .executeTakeFirst();
}

/** The newest `limit` messages of a thread before the cursor, newest first (the index order). */
export function listThreadMessages(
  db: Kysely<Database>,
  query: { engagementId: string; thread: ThreadRef; before?: Cursor; limit: number },
) {
  let q = selectMessagesWithAuthors(db)
    .where("m.engagement_id", "=", query.engagementId)
    .where("m.thread_kind", "=", query.thread.kind)
    .where("m.thread_id", "=", query.thread.id);
  const before = query.before;
  if (before) {
    q = q.where(pastCursor("m.created_at", "m.id", before, "desc"));
  }
  return q.orderBy("m.created_at", "desc").orderBy("m.id", "desc").limit(query.limit).execute();
}

/** The read receipts of some messages, with each reader's name, first reader first. */
export function listReads(db: Kysely<Database>, messageIds: readonly string[]) {
  if (messageIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("message_reads as r")
    .innerJoin("users as u", "u.id", "r.user_id")
    .select(["r.message_id", "r.user_id", "r.reader_side", "r.read_at", "u.name"])
    .where("r.message_id", "in", messageIds)
    .orderBy("r.read_at")
    .orderBy("r.user_id")
    .execute();
}

export type ReadRow = Awaited<ReturnType<typeof listReads>>[number];

/**
 * Marks every message of the thread up to `upTo` (inclusive, in listing order) read by the
 * reader, except their own; receipts already written stay as they were. Returns how many
 * receipts were written.
 */
export async function insertReadsUpTo(
  db: Kysely<Database>,
  input: {
    engagementId: string;
    thread: ThreadRef;
    upTo: { createdAt: string; id: string };
    reader: { userId: string; side: Side };
    at: string;
  },
): Promise<number> {
  const { upTo, reader } = input;
  const result = await db
    .insertInto("message_reads")
    .columns(["message_id", "user_id", "reader_side", "read_at"])
    .expression((eb) =>
      eb
        .selectFrom("messages")
        .select([
          "id",
          eb.cast<string>(eb.val(reader.userId), "text").as("user_id"),
          eb.cast<Side>(eb.val(reader.side), "text").as("reader_side"),
          eb.cast<string>(eb.val(input.at), "text").as("read_at"),
        ])
        .where("engagement_id", "=", input.engagementId)
        .where("thread_kind", "=", input.thread.kind)
        .where("thread_id", "=", input.thread.id)
        .where("author_user_id", "!=", reader.userId)
        .where((w) =>
          w.or([
            w("created_at", "<", upTo.createdAt),
            w.and([w("created_at", "=", upTo.createdAt), w("id", "<=", upTo.id)]),
          ]),
        ),
    )
    .onConflict((oc) => oc.columns(["message_id", "user_id"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n);
}

/**
 * Each thread of the engagement that has messages (or only `onlyThread`): how many, the
 * latest, and how many of them (others') the reader has not read. One grouped query.
 */
export function summariseThreads(
  db: Kysely<Database>,
  engagementId: string,
  readerId: string,
  onlyThread?: ThreadRef,
) {
  let q = db
    .selectFrom("messages as m")
    .select((eb) => [
      "m.thread_kind",
      "m.thread_id",
      eb.fn.countAll<string | number>().as("message_count"),
      eb.fn.max("m.created_at").as("last_message_at"),
      eb.fn
        .sum<string | number | null>(
          eb
            .case()
            .when(
              eb.and([
                eb("m.author_user_id", "!=", readerId),
                eb.not(
                  eb.exists(
                    eb
                      .selectFrom("message_reads as r")
                      .select("r.message_id")
                      .whereRef("r.message_id", "=", "m.id")
                      .where("r.user_id", "=", readerId),
                  ),
                ),
              ]),
            )
            .then(1)
            .else(0)
            .end(),
        )
        .as("unread_count"),
    ])
    .where("m.engagement_id", "=", engagementId);
  if (onlyThread) {
    q = q.where("m.thread_kind", "=", onlyThread.kind).where("m.thread_id", "=", onlyThread.id);
  }
  return q
    .groupBy(["m.thread_kind", "m.thread_id"])
    .orderBy("last_message_at", "desc")
    .orderBy("m.thread_kind")
    .orderBy("m.thread_id")
    .execute();
}

/** Who spoke when, in every thread of the engagement: what responsiveness is measured on. */
export function listMessageTimes(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("messages")
    .select(["author_side", "thread_kind", "thread_id", "created_at"])
    .where("engagement_id", "=", engagementId)
    .execute();
}

/**
 * Whether the thread's subject belongs to the engagement: a deliverable of any version of
 * its agreement, or one of its change requests.
 */
/** The engagement's status alone, read again inside a write's transaction. */
export async function threadSubjectExists(
  db: Kysely<Database>,
  engagementId: string,
  thread: ThreadRef,
): Promise<boolean> {
  switch (thread.kind) {
    case "engagement":
      return true;
    case "change_request": {
      const row = await db
        .selectFrom("change_requests")
        .select("id")
        .where("id", "=", thread.id)
        .where("engagement_id", "=", engagementId)
        .executeTakeFirst();
      return row !== undefined;
    }
    case "deliverable": {
      const versions = await db
        .selectFrom("agreement_versions")
        .select("terms")
        .where("engagement_id", "=", engagementId)
        .execute();
      return versions.some((v) => parseTerms(v.terms).deliverables.some((d) => d.id === thread.id));
    }
  }
}
