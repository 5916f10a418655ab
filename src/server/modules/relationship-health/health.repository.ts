import { sql, type Insertable, type Kysely, type Selectable } from "kysely";
import { engagementRead } from "../../kernel/first-read";
import type { ReadFirst } from "../../platform/request-context";
import type { CheckInFact } from "../../../domain/health/facts";
import type { DialectName } from "../../db/connect";
import {
  healthStatement,
  runStatement,
  valuesList,
  type HealthStatement,
} from "./health-statements";
import type {
  CheckInAnswersTable,
  Database,
  EngagementHealthTable,
  OrganisationHealthTable,
} from "../../db/schema";
import { orgIdOfSide } from "../../kernel/access";

/**
 * What the engagement's health page reads, in one statement: the engagement's participants
 * (for the access check) and start, and its stored health (`health` undefined while it has
 * none); undefined when there is no such engagement.
 */
export async function findEngagementHealthForReader(
  db: Kysely<Database>,
  engagementId: string,
  first?: ReadFirst | null,
) {
  const [row] = await ENGAGEMENT_HEALTH_READ.rows(db, engagementId, first);
  if (!row) return undefined;
  const { client_org_id, provider_org_id, created_at, ...health } = row;
  return {
    participants: { client_org_id, provider_org_id },
    startedAt: created_at,
    health: health.engagement_id === null ? undefined : (health as StoredHealth),
  };
}

/**
 * The stored health columns a reader needs; the facts (`state`) only while the explanation is
 * still to be built from them.
 */
export type StoredHealth = Pick<
  Selectable<EngagementHealthTable>,
  "engagement_id" | "event_seq" | "explanation" | "warnings" | "computed_at"
> & { state: string | null };

/**
 * Every health request reads it first (with the session's statement, on PostgreSQL). The facts
 * (`state`) come only while the explanation is still to be built from them (the first read
 * after an event); after that they are null, as no reader needs them.
 */
export const ENGAGEMENT_HEALTH_READ = engagementRead((db, engagementId: string) =>
  db
    .selectFrom("engagements as e")
    .leftJoin("engagement_health as h", "h.engagement_id", "e.id")
    .select((eb) => [
      "e.client_org_id",
      "e.provider_org_id",
      "e.created_at",
      "h.engagement_id",
      eb
        .case()
        .when("h.explanation", "=", "")
        .then(eb.ref("h.state"))
        .else(sql<string | null>`null`)
        .end()
        .as("state"),
      "h.event_seq",
      "h.explanation",
      "h.warnings",
      "h.computed_at",
    ])
    .where("e.id", "=", engagementId),
);

export function findEngagementParties(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("engagements")
    .select(["id", "client_org_id", "provider_org_id", "created_at", "status"])
    .where("id", "=", engagementId)
    .executeTakeFirst();
}

const EVENTS_AFTER = healthStatement(
  'select "seq", "type", "occurred_at", "actor_org_id", "payload" from "engagement_events" ' +
    'where "engagement_id" = ? and "seq" > ? order by "seq"',
);

/**
 * An engagement's events after the stored state's, in order: what the daily refresh folds (none,
 * mostly) and the reaction when its event is not the next one. A fixed text prepared once.
 */
export function listEventsAfter(db: Kysely<Database>, engagementId: string, seq: number) {
  return runStatement<
    Pick<
      Selectable<Database["engagement_events"]>,
      "seq" | "type" | "occurred_at" | "actor_org_id" | "payload"
    >
  >(db, EVENTS_AFTER, [engagementId, seq]);
}

type CheckInAnswerRow = Pick<
  Selectable<CheckInAnswersTable>,
  "check_in_id" | "side" | "org_id" | "relationship_rating" | "counterpart_rating" | "answered_at"
>;

function checkInFactOf(row: CheckInAnswerRow): CheckInFact {
  return {
    checkInId: row.check_in_id,
    side: row.side,
    raterOrgId: row.org_id,
    relationshipRating: Number(row.relationship_rating),
    counterpartRating: Number(row.counterpart_rating),
    answeredAt: row.answered_at,
  };
}

/** The answers of closed check-ins, as the model reads them. */
export async function answersOfCheckIns(
  db: Kysely<Database>,
  checkInIds: readonly string[],
): Promise<CheckInFact[]> {
  if (checkInIds.length === 0) return [];
  const rows = await db
    .selectFrom("check_in_answers")
    .selectAll()
    .where("check_in_id", "in", [...checkInIds])
    .orderBy("answered_at")
    .orderBy("side")
    .execute();
  return rows.map(checkInFactOf);
}

export async function saveOrganisationHealth(
  db: Kysely<Database>,
  row: Insertable<OrganisationHealthTable>,
): Promise<void> {
  await db
    .insertInto("organisation_health")
    .values(row)
    .onConflict((oc) => oc.columns(["org_id", "side"]).doUpdateSet({ ...row }))
    .execute();
}

export function readCohortRow(db: Kysely<Database>) {
  return db.selectFrom("health_cohort").selectAll().where("id", "=", "current").executeTakeFirst();
}

export async function saveCohort(db: Kysely<Database>, data: string, at: string): Promise<void> {
  await db
    .insertInto("health_cohort")
    .values({ id: "current", data, computed_at: at })
    .onConflict((oc) => oc.column("id").doUpdateSet({ data, computed_at: at }))
    .execute();
}

export function listOrganisationHealth(db: Kysely<Database>, orgId: string) {
  return db
    .selectFrom("organisation_health")
    .selectAll()
    .where("org_id", "=", orgId)
    .orderBy("side")
    .execute();
}

/** The days a subject's scores changed (read them with `dailyScores`). */
export function listHistory(
  db: Kysely<Database>,
  kind: "engagement" | "organisation",
  subjectId: string,
) {
  return db
    .selectFrom("health_history")
    .select(["side", "day", "score", "is_new"])
    .where("subject_kind", "=", kind)
    .where("subject_id", "=", subjectId)
    .orderBy("day")
    .orderBy("side")
    .execute();
}

/** Every organisation side's stored score (each its history's last point), for `accord rescore`. */
export function listOrganisationScores(db: Kysely<Database>) {
  return db.selectFrom("organisation_health").select(["org_id", "side", "score"]).execute();
}

/** When an engagement's health was last assessed: where its score history is read up to. */
export async function findHealthComputedAt(
  db: Kysely<Database>,
  engagementId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("engagement_health")
    .select("computed_at")
    .where("engagement_id", "=", engagementId)
    .executeTakeFirst();
  return row?.computed_at ?? null;
}

/** An organisation side's row, created blank (no score) if it has none yet, so it can be locked. */
export async function ensureOrganisationHealth(
  db: Kysely<Database>,
  orgId: string,
  side: "client" | "provider",
  now: string,
): Promise<void> {
  await db
    .insertInto("organisation_health")
    .values({
      org_id: orgId,
      side,
      score: null,
      is_new: 1,
      engagement_count: 0,
      counterparty_count: 0,
      explanation: "{}",
      computed_at: now,
      sums: "{}",
    })
    .onConflict((oc) => oc.columns(["org_id", "side"]).doNothing())
    .execute();
}

/** Adds `change` to the pair's number of engagements inside the window; the new number. */
export async function bumpCounterpartyPair(
  db: Kysely<Database>,
  key: { orgId: string; side: "client" | "provider"; counterpartyOrgId: string },
  change: number,
): Promise<number> {
  const row = await db
    .insertInto("organisation_health_counterparties")
    .values({
      org_id: key.orgId,
      side: key.side,
      counterparty_org_id: key.counterpartyOrgId,
      engagement_count: change,
    })
    .onConflict((oc) =>
      oc.columns(["org_id", "side", "counterparty_org_id"]).doUpdateSet({
        engagement_count: sql<number>`organisation_health_counterparties.engagement_count + ${change}`,
      }),
    )
    .returning("engagement_count")
    .executeTakeFirstOrThrow();
  const count = Number(row.engagement_count);
  if (count <= 0) {
    await db
      .deleteFrom("organisation_health_counterparties")
      .where("org_id", "=", key.orgId)
      .where("side", "=", key.side)
      .where("counterparty_org_id", "=", key.counterpartyOrgId)
      .execute();
  }
  return count;
}

/**
 * Rescore's end: every organisation side's row and counterparty pairs replaced at once, written
 * by the fixed multi-row statements (as the engagements' rows are), not a builder's
 * thousand-row insert built and compiled per call.
 */
export async function replaceOrganisationHealth(
  db: Kysely<Database>,
  dialect: DialectName,
  rows: readonly Insertable<OrganisationHealthTable>[],
  pairs: readonly Database["organisation_health_counterparties"][],
): Promise<void> {
  await db.deleteFrom("organisation_health_counterparties").execute();
  await db.deleteFrom("organisation_health").execute();
  await upsertRows(db, dialect, ORGANISATION_HEALTH, rows);
  await upsertRows(db, dialect, COUNTERPARTY_PAIRS, pairs);
}

/** Every engagement with both parties, for `accord rescore`. */
export function listAllParties(db: Kysely<Database>) {
  return db
    .selectFrom("engagements")
    .select(["id", "client_org_id", "provider_org_id", "created_at"])
    .orderBy("id")
    .execute();
}

/** Engagements whose id lies in `[first, last]`: a batch of `accord rescore`, by key range. */
export interface IdRange {
  first: string;
  last: string;
}

/**
 * The ledgers of a range of engagements, each in order (the unique index on engagement and seq
 * serves it), in one answer: the caller reads ranges small enough to hold (a few hundred
 * engagements) and folds the rows in a plain loop, with no step of an async iterator per row.
 * Payloads come only for `payloadTypes`: of the others the reader needs the time.
 */
export function listLedgersInRange(
  db: Kysely<Database>,
  range: IdRange,
  payloadTypes: readonly string[],
) {
  return ledgersInRange(db, range, payloadTypes).execute();
}

function ledgersInRange(db: Kysely<Database>, range: IdRange, payloadTypes: readonly string[]) {
  return db
    .selectFrom("engagement_events")
    .select((eb) => [
      "engagement_id",
      "seq",
      "type",
      "occurred_at",
      "actor_org_id",
      eb
        .case()
        .when("type", "in", [...payloadTypes])
        .then(eb.ref("payload"))
        .else(null)
        .end()
        .as("payload"),
    ])
    .where("engagement_id", ">=", range.first)
    .where("engagement_id", "<=", range.last)
    .orderBy("engagement_id")
    .orderBy("seq");
}

export function listAgreementVersionsInRange(db: Kysely<Database>, range: IdRange) {
  return db
    .selectFrom("agreement_versions")
    .select(["engagement_id", "version", "terms"])
    .where("engagement_id", ">=", range.first)
    .where("engagement_id", "<=", range.last)
    .execute();
}

/** The check-in answers of a range of engagements, as `answersOfCheckIns` orders them. */
export async function listAnswersInRange(
  db: Kysely<Database>,
  range: IdRange,
): Promise<CheckInFact[]> {
  const rows = await db
    .selectFrom("check_in_answers as a")
    .innerJoin("check_ins as c", "c.id", "a.check_in_id")
    .select([
      "a.check_in_id",
      "a.side",
      "a.org_id",
      "a.relationship_rating",
      "a.counterpart_rating",
      "a.answered_at",
    ])
    .where("c.engagement_id", ">=", range.first)
    .where("c.engagement_id", "<=", range.last)
    .orderBy("a.answered_at")
    .orderBy("a.side")
    .execute();
  return rows.map(checkInFactOf);
}

export function listWarningsInRange(db: Kysely<Database>, range: IdRange) {
  return db
    .selectFrom("engagement_health")
    .select([
      "engagement_id",
      "client_org_id",
      "provider_org_id",
      "warnings",
      "client_score",
      "provider_score",
      "computed_at",
    ])
    .where("engagement_id", ">=", range.first)
    .where("engagement_id", "<=", range.last)
    .execute();
}

/**
 * Stores an explanation built on reading, unless the row moved on meanwhile (another event or
 * the sweep assessed it again): then the next reader builds the newer one.
 */
export async function saveExplanation(
  db: Kysely<Database>,
  row: { engagement_id: string; event_seq: number; computed_at: string },
  explanation: string,
): Promise<void> {
  await db
    .updateTable("engagement_health")
    .set({ explanation })
    .where("engagement_id", "=", row.engagement_id)
    .where("event_seq", "=", row.event_seq)
    .where("computed_at", "=", row.computed_at)
    .where("explanation", "=", "")
    .execute();
}

/** An upsert of one table's rows: its columns and its key; a conflict replaces every other column. */
interface UpsertSpec {
  table: string;
  columns: readonly string[];
  key: readonly string[];
}

const upsertTexts = new Map<string, HealthStatement>();

const quoted = (name: string) => `"${name}"`;

function upsertSql(spec: UpsertSpec, rows: number): string {
  return (
    `insert into "${spec.table}" (${spec.columns.map(quoted).join(", ")}) values ` +
    `${valuesList(rows, spec.columns.length)} on conflict (${spec.key.map(quoted).join(", ")}) ` +
    `do update set ${spec.columns
      .filter((column) => !spec.key.includes(column))
      .map((column) => `${quoted(column)} = excluded.${quoted(column)}`)
      .join(", ")}`
  );
}

function upsertText(spec: UpsertSpec, rows: number): HealthStatement {
  const id = `${spec.table}:${rows}`;
  let statement = upsertTexts.get(id);
  if (!statement) {
    statement = healthStatement(upsertSql(spec, rows));
    upsertTexts.set(id, statement);
  }
  return statement;
}

/** PostgreSQL's rows per multi-row statement: a few round trips, under its 65,535 parameters. */
const POSTGRES_ROWS = 500;
/**
 * SQLite's rows per multi-row statement. Each statement pays Kysely's execution path and a
 * call into SQLite once (~6 µs warm, several times that cold); 32 rows a statement instead of
 * one cut `accord rescore`'s row writes by more than half in a microbenchmark. A text per
 * number of rows, at most 32 a table, each prepared once by the statement cache; the reaction
 * writes both organisation sides in one.
 */
const SQLITE_ROWS = 32;

/**
 * Many rows upserted at once: SQLite 32 rows a statement, PostgreSQL 500 (fewer round trips).
 */
async function upsertRows<Row extends object>(
  db: Kysely<Database>,
  dialect: DialectName,
  spec: UpsertSpec,
  rows: readonly Row[],
): Promise<void> {
  const per = dialect === "postgres" ? POSTGRES_ROWS : SQLITE_ROWS;
  let at = 0;
  while (at < rows.length) {
    const count = Math.min(per, rows.length - at);
    const parameters: unknown[] = [];
    for (let index = at; index < at + count; index++) {
      const row = rows[index] as Record<string, unknown>;
      for (const column of spec.columns) parameters.push(row[column]);
    }
    await runStatement(db, upsertText(spec, count), parameters);
    at += count;
  }
}

const ENGAGEMENT_HEALTH: UpsertSpec = {
  table: "engagement_health",
  columns: [
    "engagement_id",
    "client_org_id",
    "provider_org_id",
    "state",
    "event_seq",
    "provider_score",
    "client_score",
    "explanation",
    "warnings",
    "next_check_in_at",
    "computed_at",
    "org_shares",
  ],
  key: ["engagement_id"],
};

const HEALTH_HISTORY: UpsertSpec = {
  table: "health_history",
  columns: ["subject_kind", "subject_id", "side", "day", "score", "recorded_at", "is_new"],
  key: ["subject_kind", "subject_id", "side", "day"],
};

/** The columns of an engagement's stored health, in the order `saveEngagementHealthValues` takes. */
export const ENGAGEMENT_HEALTH_COLUMNS: readonly string[] = ENGAGEMENT_HEALTH.columns;

/**
 * Many engagements' stored health at once, as one flat list of values, a row after another in
 * `ENGAGEMENT_HEALTH_COLUMNS`' order: what `accord rescore`'s workers send the writer (a list of
 * plain values crosses between threads far cheaper than as many row objects).
 */
export async function saveEngagementHealthValues(
  db: Kysely<Database>,
  dialect: DialectName,
  values: readonly unknown[],
): Promise<void> {
  const width = ENGAGEMENT_HEALTH.columns.length;
  const per = dialect === "postgres" ? POSTGRES_ROWS : SQLITE_ROWS;
  for (let at = 0; at < values.length; at += per * width) {
    const parameters = values.slice(at, Math.min(values.length, at + per * width));
    await runStatement(db, upsertText(ENGAGEMENT_HEALTH, parameters.length / width), parameters);
  }
}

const storedUpdateTexts = new Map<number, HealthStatement>();

/** SQLite's update of `rows` stored rows from a list of values: key first, then the changed columns. */
function storedUpdateText(rows: number): HealthStatement {
  let statement = storedUpdateTexts.get(rows);
  if (!statement) {
    // SQLite names a `values` list's columns column1, column2, …: column1 is the key.
    const set = CHANGED_ON_EVENT.map(
      (column, index) => `${quoted(column)} = "v"."column${index + 2}"`,
    );
    statement = healthStatement(
      `update "engagement_health" set ${set.join(", ")} from (values ` +
        `${valuesList(rows, CHANGED_ON_EVENT.length + 1)}) as "v" ` +
        `where "engagement_health"."engagement_id" = "v"."column1"`,
    );
    storedUpdateTexts.set(rows, statement);
  }
  return statement;
}

/**
 * `saveEngagementHealthValues` for rows already stored with the same parties: on SQLite an
 * update of the columns an assessment changes, 32 rows a statement, which leaves the parties'
 * indexes alone and tries no insert first (as `updateEngagementHealthRow` on every event);
 * PostgreSQL upserts them.
 */
export async function updateStoredEngagementHealthValues(
  db: Kysely<Database>,
  dialect: DialectName,
  values: readonly unknown[],
): Promise<void> {
  if (dialect === "postgres") return saveEngagementHealthValues(db, dialect, values);
  const width = ENGAGEMENT_HEALTH.columns.length;
  const changed = CHANGED_ON_EVENT.map((column) => ENGAGEMENT_HEALTH.columns.indexOf(column));
  const key = ENGAGEMENT_HEALTH.columns.indexOf("engagement_id");
  for (let at = 0; at < values.length; at += SQLITE_ROWS * width) {
    const end = Math.min(values.length, at + SQLITE_ROWS * width);
    const parameters: unknown[] = [];
    for (let row = at; row < end; row += width) {
      parameters.push(values[row + key]);
      for (const index of changed) parameters.push(values[row + index]);
    }
    await runStatement(db, storedUpdateText((end - at) / width), parameters);
  }
}

/** Many engagements' stored health at once (a batch of `accord rescore`). */
export async function saveEngagementHealthRows(
  db: Kysely<Database>,
  dialect: DialectName,
  rows: readonly Insertable<EngagementHealthTable>[],
): Promise<void> {
  await upsertRows(db, dialect, ENGAGEMENT_HEALTH, rows);
}

/** The columns an event changes in an engagement's stored health: all but its key and parties. */
const CHANGED_ON_EVENT = ENGAGEMENT_HEALTH.columns.filter(
  (column) => !["engagement_id", "client_org_id", "provider_org_id"].includes(column),
);
/**
 * The update of an event's changed columns, `next_check_in_at` left out when it stays as stored
 * (most events): it is indexed, and setting an indexed column rewrites its index entry even to
 * the same value (SQLite: ~4 µs of the update's ~35, commit included).
 */
function engagementHealthUpdateSql(isCheckInMoved: boolean): string {
  const columns = isCheckInMoved ? CHANGED_ON_EVENT : CHANGED_BUT_CHECK_IN;
  return (
    `update "engagement_health" set ${columns.map((column) => `${quoted(column)} = ?`).join(", ")} ` +
    'where "engagement_id" = ?'
  );
}
const CHANGED_BUT_CHECK_IN = CHANGED_ON_EVENT.filter((column) => column !== "next_check_in_at");
const ENGAGEMENT_HEALTH_UPDATE = {
  moved: healthStatement(engagementHealthUpdateSql(true)),
  kept: healthStatement(engagementHealthUpdateSql(false)),
};

/** The update's values, in `engagementHealthUpdateSql`'s order, its key last. */
function engagementHealthUpdateValues(
  row: Insertable<EngagementHealthTable>,
  isCheckInMoved: boolean,
): unknown[] {
  const values = row as unknown as Record<string, unknown>;
  const parameters = (isCheckInMoved ? CHANGED_ON_EVENT : CHANGED_BUT_CHECK_IN).map(
    (column) => values[column],
  );
  parameters.push(row.engagement_id);
  return parameters;
}

/**
 * An engagement's stored health after an event, the row already there. An update of the
 * columns that change: the upsert also wrote the parties, whose indexes were then rewritten,
 * and tried an insert first (SQLite: 60 µs against 38 µs a row, commit included).
 */
async function updateEngagementHealthRow(
  db: Kysely<Database>,
  row: Insertable<EngagementHealthTable>,
  storedCheckInAt: string | null | undefined,
): Promise<void> {
  const isCheckInMoved = storedCheckInAt !== row.next_check_in_at;
  await runStatement(
    db,
    ENGAGEMENT_HEALTH_UPDATE[isCheckInMoved ? "moved" : "kept"],
    engagementHealthUpdateValues(row, isCheckInMoved),
  );
}

/** PostgreSQL's one statement of an event's writes, by its number of history points. */
const reactionWrites = new Map<string, HealthStatement>();

function reactionWritesText(points: number, isCheckInMoved: boolean): HealthStatement {
  const key = `${points}:${isCheckInMoved}`;
  let statement = reactionWrites.get(key);
  if (!statement) {
    const history =
      points > 0 ? `, "history_points" as (${upsertSql(HEALTH_HISTORY, points)})` : "";
    // Its answer is not read: a post's `commit` follows it without waiting a round trip while
    // both organisations' sums are locked (`sentUnanswered`).
    statement = healthStatement(
      `with "engagement_row" as (${engagementHealthUpdateSql(isCheckInMoved)}), ` +
        `"organisation_rows" as (${upsertSql(ORGANISATION_HEALTH, 2)})${history} select 1 as "one"`,
      { isAnswerUnread: true },
    );
    reactionWrites.set(key, statement);
  }
  return statement;
}

/**
 * What an event changes in health's tables, the engagement's row already stored (its
 * `next_check_in_at` given, to be left alone when it stays): the row, both organisation
 * sides' rows, and the history points that moved. PostgreSQL writes them in one statement
 * (data-modifying `with` clauses: one round trip instead of two or three); SQLite, which runs
 * in the process, in one statement each.
 */
export async function writeReactionRows(
  db: Kysely<Database>,
  dialect: DialectName,
  writes: {
    row: Insertable<EngagementHealthTable>;
    storedCheckInAt: string | null;
    organisations: readonly Insertable<OrganisationHealthTable>[];
    history: readonly Database["health_history"][];
  },
): Promise<void> {
  const { row, organisations, history } = writes;
  if (dialect === "sqlite" || organisations.length !== 2 || history.length > POSTGRES_ROWS) {
    await updateEngagementHealthRow(db, row, writes.storedCheckInAt);
    await saveOrganisationHealthRows(db, dialect, organisations);
    if (history.length > 0) await recordHistoryRows(db, dialect, history);
    return;
  }
  const isCheckInMoved = writes.storedCheckInAt !== row.next_check_in_at;
  const parameters = engagementHealthUpdateValues(row, isCheckInMoved);
  for (const rows of [organisations, history] as const) {
    const spec = rows === organisations ? ORGANISATION_HEALTH : HEALTH_HISTORY;
    for (const each of rows) {
      const record = each as unknown as Record<string, unknown>;
      for (const column of spec.columns) parameters.push(record[column]);
    }
  }
  await runStatement(db, reactionWritesText(history.length, isCheckInMoved), parameters);
}

/** Many history points at once; the latest computation of a day wins, as in `recordHistory`. */
export async function recordHistoryRows(
  db: Kysely<Database>,
  dialect: DialectName,
  rows: readonly Database["health_history"][],
): Promise<void> {
  await upsertRows(db, dialect, HEALTH_HISTORY, rows);
}

const ORGANISATION_HEALTH: UpsertSpec = {
  table: "organisation_health",
  columns: [
    "org_id",
    "side",
    "score",
    "is_new",
    "engagement_count",
    "counterparty_count",
    "explanation",
    "computed_at",
    "sums",
  ],
  key: ["org_id", "side"],
};

const COUNTERPARTY_PAIRS: UpsertSpec = {
  table: "organisation_health_counterparties",
  columns: ["org_id", "side", "counterparty_org_id", "engagement_count"],
  key: ["org_id", "side", "counterparty_org_id"],
};

/** An engagement's two organisation sides' rows saved at once (the incremental path). */
export async function saveOrganisationHealthRows(
  db: Kysely<Database>,
  dialect: DialectName,
  rows: readonly Insertable<OrganisationHealthTable>[],
): Promise<void> {
  await upsertRows(db, dialect, ORGANISATION_HEALTH, rows);
}

const ORGANISATION_SUMS_TEXT =
  'select "org_id", "side", "sums", "counterparty_count", "score", "computed_at" ' +
  'from "organisation_health" where "org_id" = ? and "side" = \'client\' ' +
  'or "org_id" = ? and "side" = \'provider\' order by "org_id", "side"';
const ORGANISATION_SUMS = {
  sqlite: healthStatement(ORGANISATION_SUMS_TEXT),
  postgres: healthStatement(`${ORGANISATION_SUMS_TEXT} for update`),
};

export interface OrganisationSumsRow {
  org_id: string;
  side: "client" | "provider";
  sums: string;
  counterparty_count: number | string;
  score: number | string | null;
  computed_at: string;
}

/**
 * An engagement's two organisation sides' sums in one statement, locked for the rest of the
 * transaction on PostgreSQL (SQLite has one writer already) so two engagements' events never
 * lose each other's change. Rows are locked in key order, whichever engagement asks, so two
 * transactions never wait for each other in a circle.
 */
export function lockOrganisationSumsOf(
  db: Kysely<Database>,
  dialect: DialectName,
  orgs: { clientOrgId: string; providerOrgId: string },
): Promise<OrganisationSumsRow[]> {
  return runStatement<OrganisationSumsRow>(db, ORGANISATION_SUMS[dialect], [
    orgs.clientOrgId,
    orgs.providerOrgId,
  ]);
}

const STORED_ROW_COLUMNS =
  'select (select "data" from "health_cohort" where "id" = \'current\') as "cohort", ' +
  '"h"."engagement_id", "h"."client_org_id", "h"."provider_org_id", "h"."state", ' +
  '"h"."event_seq", "h"."client_score", "h"."provider_score", "h"."warnings", ' +
  '"h"."next_check_in_at", "h"."computed_at", "h"."org_shares", ';
const STORED_ROW_FROM =
  'from (select 1 as "one") as "one_row" ' +
  'left join "engagement_health" as "h" on "h"."engagement_id" = ? ';
const STORED_HEALTH_COLUMNS =
  STORED_ROW_COLUMNS +
  '"o"."org_id" as "sums_org_id", "o"."side" as "sums_side", ' +
  '"o"."sums", "o"."counterparty_count", "o"."score" as "sums_score", ' +
  '"o"."computed_at" as "sums_computed_at" ' +
  STORED_ROW_FROM;
/** One organisation side's columns in SQLite's one-row read, `c` the client's, `p` the provider's. */
const sideColumns = (alias: "c" | "p") =>
  `"${alias}"."org_id" as "${alias}_org_id", "${alias}"."sums" as "${alias}_sums", ` +
  `"${alias}"."counterparty_count" as "${alias}_counterparty_count", ` +
  `"${alias}"."score" as "${alias}_score", "${alias}"."computed_at" as "${alias}_computed_at"`;
/** Both organisation sides of the stored row's parties, as `lockOrganisationSumsOf` reads them. */
const SUMS_OF_PARTIES =
  '"o"."org_id" = "h"."client_org_id" and "o"."side" = \'client\' ' +
  'or "o"."org_id" = "h"."provider_org_id" and "o"."side" = \'provider\'';
/**
 * The stored row, the cohort and both organisations' sums. On PostgreSQL one row per
 * organisation side found (the stored row's columns repeated), or one row of nulls but the
 * cohort; it locks the sums as `lockOrganisationSumsOf` does, in key order, from a lateral
 * sub-select (a lock cannot reach the nullable side of an outer join). SQLite, which has one
 * writer already, reads one row with both sides' columns: the stored state once, not twice.
 */
const STORED_HEALTH = {
  sqlite: healthStatement(
    `${STORED_ROW_COLUMNS}${sideColumns("c")}, ${sideColumns("p")} ${STORED_ROW_FROM}` +
      'left join "organisation_health" as "c" ' +
      'on "c"."org_id" = "h"."client_org_id" and "c"."side" = \'client\' ' +
      'left join "organisation_health" as "p" ' +
      'on "p"."org_id" = "h"."provider_org_id" and "p"."side" = \'provider\'',
  ),
  postgres: healthStatement(
    `${STORED_HEALTH_COLUMNS}left join lateral (select "org_id", "side", "sums", ` +
      `"counterparty_count", "score", "computed_at" from "organisation_health" as "o" ` +
      `where ${SUMS_OF_PARTIES} order by "org_id", "side" for update) as "o" on true ` +
      'order by "o"."org_id", "o"."side"',
  ),
};

export interface StoredHealthRow {
  /** The current cohort's JSON, null before the first one was computed. */
  cohort: string | null;
  /** The rest is null when the engagement has no stored health yet. */
  engagement_id: string | null;
  client_org_id: string;
  provider_org_id: string;
  state: string;
  event_seq: number | string;
  client_score: number | string | null;
  provider_score: number | string | null;
  warnings: string;
  next_check_in_at: string | null;
  computed_at: string;
  org_shares: string;
}

type SideSumsColumns<Alias extends string> = {
  [
    Column in
      "org_id" | "sums" | "counterparty_count" | "score" | "computed_at" as `${Alias}_${Column}`
  ]: Column extends "org_id" ? string | null : OrganisationSumsRow[Column];
};

type StoredHealthWithSidesRow = StoredHealthRow & SideSumsColumns<"c"> & SideSumsColumns<"p">;

interface StoredHealthWithSumsRow extends StoredHealthRow {
  sums_org_id: string | null;
  sums_side: "client" | "provider";
  sums: string;
  counterparty_count: number | string;
  sums_score: number | string | null;
  sums_computed_at: string;
}

/**
 * What the incremental path reads before a fold, in one statement: the stored health, the
 * cohort, and the sums of both its organisations' sides (locked on PostgreSQL, as
 * `lockOrganisationSumsOf`), those found; none before the engagement's first stored health.
 */
export async function readStoredHealth(
  db: Kysely<Database>,
  dialect: DialectName,
  engagementId: string,
): Promise<{ stored: StoredHealthRow; sums: OrganisationSumsRow[] }> {
  if (dialect === "sqlite") {
    const [row] = await runStatement<StoredHealthWithSidesRow>(db, STORED_HEALTH.sqlite, [
      engagementId,
    ]);
    if (!row) throw new Error("the stored health query returns a row");
    return { stored: row, sums: sumsOfSides(row) };
  }
  const rows = await runStatement<StoredHealthWithSumsRow>(db, STORED_HEALTH[dialect], [
    engagementId,
  ]);
  const [stored] = rows;
  if (!stored) throw new Error("the stored health query returns a row");
  const sums: OrganisationSumsRow[] = [];
  for (const row of rows) {
    if (row.sums_org_id === null) continue;
    sums.push({
      org_id: row.sums_org_id,
      side: row.sums_side,
      sums: row.sums,
      counterparty_count: row.counterparty_count,
      score: row.sums_score,
      computed_at: row.sums_computed_at,
    });
  }
  return { stored, sums };
}

/** Both sides' sums of SQLite's one-row read, those found, in key order (as PostgreSQL's rows). */
function sumsOfSides(row: StoredHealthWithSidesRow): OrganisationSumsRow[] {
  const sums: OrganisationSumsRow[] = [];
  if (row.c_org_id !== null) {
    sums.push({
      org_id: row.c_org_id,
      side: "client",
      sums: row.c_sums,
      counterparty_count: row.c_counterparty_count,
      score: row.c_score,
      computed_at: row.c_computed_at,
    });
  }
  if (row.p_org_id !== null) {
    sums.push({
      org_id: row.p_org_id,
      side: "provider",
      sums: row.p_sums,
      counterparty_count: row.p_counterparty_count,
      score: row.p_score,
      computed_at: row.p_computed_at,
    });
  }
  // Key order: by organisation, then side ("client" before "provider").
  if (sums.length === 2 && (sums[1]?.org_id ?? "") < (sums[0]?.org_id ?? "")) sums.reverse();
  return sums;
}

function reviewRatingsQuery(db: Kysely<Database>) {
  return db
    .selectFrom("reviews as r")
    .innerJoin("review_rounds as d", "d.id", "r.round_id")
    .select([
      "r.id",
      "r.engagement_id",
      "r.reviewer_side",
      "r.reviewer_org_id",
      "r.private_rating",
      "d.occasion_kind",
      "d.occasion_ref",
      "d.published_at",
    ])
    .where("d.published_at", "is not", null)
    .orderBy("r.submitted_at")
    .orderBy("r.id");
}

type ReviewRatingRow = Awaited<
  ReturnType<ReturnType<typeof reviewRatingsQuery>["execute"]>
>[number];

/** A review's private rating as health reads it: a check-in-like answer, dated at the reveal. */
function reviewRatingFactOf(row: ReviewRatingRow): CheckInFact & { occasionKey: string } {
  const rating = Number(row.private_rating);
  return {
    checkInId: `review:${row.id}`,
    side: row.reviewer_side,
    raterOrgId: row.reviewer_org_id,
    relationshipRating: rating,
    counterpartRating: rating,
    answeredAt: row.published_at ?? "",
    occasionKey: `${row.engagement_id}:${row.occasion_kind}:${row.occasion_ref}`,
  };
}

/** The key `reviewRatingsOf` looks a round's ratings up by. */
export function reviewOccasionKey(
  engagementId: string,
  occasion: { kind: string; ref: string },
): string {
  return `${engagementId}:${occasion.kind}:${occasion.ref}`;
}

function exitRatingsQuery(db: Kysely<Database>) {
  return db
    .selectFrom("exit_feedback as f")
    .innerJoin("engagements as e", "e.id", "f.engagement_id")
    .select([
      "f.exit_id",
      "f.engagement_id",
      "f.side",
      "f.rating",
      "f.created_at",
      "e.client_org_id",
      "e.provider_org_id",
    ])
    .orderBy("f.exit_id")
    .orderBy("f.side");
}

/**
 * Exit ratings as health reads them, by exit: check-in-like answers of exits both sides rated,
 * dated when the second rating came in (the reveal), so one side alone never moves a score.
 */
function exitRatingFactsOf(
  rows: Awaited<ReturnType<ReturnType<typeof exitRatingsQuery>["execute"]>>,
): Map<string, CheckInFact[]> {
  const byExit = new Map<string, typeof rows>();
  for (const row of rows) {
    const given = byExit.get(row.exit_id);
    if (given) given.push(row);
    else byExit.set(row.exit_id, [row]);
  }
  const facts = new Map<string, CheckInFact[]>();
  for (const [exitId, given] of byExit) {
    if (given.length < 2) continue;
    const revealedAt = given.reduce(
      (last, row) => (row.created_at > last ? row.created_at : last),
      "",
    );
    facts.set(
      exitId,
      given.map((row) => ({
        checkInId: `exit:${exitId}:${row.side}`,
        side: row.side,
        raterOrgId: orgIdOfSide(row, row.side) ?? "",
        relationshipRating: Number(row.rating),
        counterpartRating: Number(row.rating),
        answeredAt: revealedAt,
      })),
    );
  }
  return facts;
}

/** The exit ratings of an engagement, by exit (the incremental path). */
export async function exitRatingsOfEngagement(db: Kysely<Database>, engagementId: string) {
  return exitRatingFactsOf(
    await exitRatingsQuery(db).where("f.engagement_id", "=", engagementId).execute(),
  );
}

/** The same for a range of engagements (`accord rescore`). */
export async function listExitRatingsInRange(db: Kysely<Database>, range: IdRange) {
  return exitRatingFactsOf(
    await exitRatingsQuery(db)
      .where("f.engagement_id", ">=", range.first)
      .where("f.engagement_id", "<=", range.last)
      .execute(),
  );
}

/** The private ratings of an engagement's published review rounds. */
export async function reviewRatingsOfEngagement(db: Kysely<Database>, engagementId: string) {
  const rows = await reviewRatingsQuery(db).where("r.engagement_id", "=", engagementId).execute();
  return rows.map(reviewRatingFactOf);
}

/** The same for a range of engagements (`accord rescore`). */
export async function listReviewRatingsInRange(db: Kysely<Database>, range: IdRange) {
  const rows = await reviewRatingsQuery(db)
    .where("r.engagement_id", ">=", range.first)
    .where("r.engagement_id", "<=", range.last)
    .execute();
  return rows.map(reviewRatingFactOf);
}
