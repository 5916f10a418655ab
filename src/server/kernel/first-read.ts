import { sql, type Expression, type Kysely, type SelectQueryBuilder } from "kysely";
import { compiledOnce } from "../db/compiled-once";
import type { DialectName } from "../db/connect";
import type { Database } from "../db/schema";
import type { ReadFirst } from "../platform/request-context";

/** The statement that finds a live session's person and memberships (auth's), by hash and time. */
export type SessionStatement<SessionRow> = (
  db: Kysely<Database>,
  idHash: string,
  now: string,
) => Expression<SessionRow>;

/**
 * What a route reads first about one engagement, with the engagement's participants among its
 * columns so access is decided on its rows (`visibleSide`): the engagement's page, its health,
 * its timeline. On PostgreSQL the request context sends the session's statement inside it
 * (`readWithSession`), so a signed-in read is one round trip instead of two; the route then
 * takes the rows read so (`rows` with the request's `readFirst`) instead of reading again.
 */
export interface EngagementRead<Row> {
  /** The rows for one engagement: those the request read first, else from the database. */
  rows(db: Kysely<Database>, engagementId: string, first?: ReadFirst | null): Promise<Row[]>;
  /**
   * The same statement with the live session's rows beside it, as one (PostgreSQL):
   * `sessionRows` is undefined when the read found no row to carry them (no such engagement),
   * and the session must then be read alone. SQLite, which has no round trips to save, runs
   * the read alone and leaves the session to be read so too.
   */
  readWithSession<SessionRow>(
    db: Kysely<Database>,
    dialect: DialectName,
    session: SessionStatement<SessionRow>,
    values: { idHash: string; now: string; engagementId: string },
  ): Promise<{ sessionRows: SessionRow[] | undefined; rows: Row[] }>;
}

/** The column the session's rows come back in, as JSON text, on every row of the read. */
const SESSION_COLUMN = "accord_session_rows";

/**
 * An engagement's first read (`build`: its statement for one id, whose shape never changes),
 * compiled once; with the session, compiled once more per session statement.
 */
export function engagementRead<TB extends string, Row>(
  build: (
    db: Kysely<Database>,
    engagementId: string,
  ) => SelectQueryBuilder<Database & Record<TB, unknown>, TB, Row>,
): EngagementRead<Row> {
  const alone = compiledOnce((db, engagementId: string) => build(db, engagementId));
  const withSession = new Map<SessionStatement<unknown>, CombinedRun>();
  const read: EngagementRead<Row> = {
    rows(db, engagementId, first) {
      if (first && first.read === read && first.engagementId === engagementId) {
        return Promise.resolve(first.rows as Row[]);
      }
      return alone(db, engagementId);
    },
    async readWithSession<SessionRow>(
      db: Kysely<Database>,
      dialect: DialectName,
      session: SessionStatement<SessionRow>,
      values: { idHash: string; now: string; engagementId: string },
    ) {
      if (dialect !== "postgres") {
        return { sessionRows: undefined, rows: await alone(db, values.engagementId) };
      }
      let run = withSession.get(session);
      if (!run) {
        run = combine(build, session as SessionStatement<unknown>);
        withSession.set(session, run);
      }
      const found = await run(db, values.engagementId, values.idHash, values.now);
      const [first] = found;
      if (!first) return { sessionRows: undefined, rows: [] };
      const text = first[SESSION_COLUMN];
      const sessionRows = (typeof text === "string" ? JSON.parse(text) : []) as SessionRow[];
      const rows = found.map((row) => {
        const { [SESSION_COLUMN]: _session, ...own } = row;
        return own as Row;
      });
      return { sessionRows, rows };
    },
  };
  return read;
}

/**
 * The read with one more column: the session's rows aggregated as JSON text (null for no live
 * session), a subquery PostgreSQL runs once for the statement, not once a row. The session's
 * columns are all text, which JSON gives back as they were; its `order by` holds inside the
 * aggregate, since PostgreSQL never flattens a subquery that sorts.
 */
function combine<TB extends string, Row>(
  build: (
    db: Kysely<Database>,
    engagementId: string,
  ) => SelectQueryBuilder<Database & Record<TB, unknown>, TB, Row>,
  session: SessionStatement<unknown>,
): CombinedRun {
  const run = compiledOnce((db, engagementId: string, idHash: string, now: string) =>
    build(db, engagementId).select(
      sql<string | null>`(select json_agg(s)::text from (${session(db, idHash, now)}) as s)`.as(
        SESSION_COLUMN,
      ),
    ),
  );
  return run;
}

type CombinedRun = (
  db: Kysely<Database>,
  engagementId: string,
  idHash: string,
  now: string,
) => Promise<Record<string, unknown>[]>;
