import type { PostgresPool, PostgresPoolClient } from "kysely";
import type Pg from "pg";

/**
 * Statements with more values than this (long `in (…)` lists) are not worth keeping prepared.
 * A post's event with its notifications and mail window (`insertEventNotified`, about 35
 * values) and health's write are not such lists: they are prepared.
 */
const MAX_NAMED_PARAMETERS = 64;
/** Distinct SQL texts named per process; later ones run unnamed, as before. */
const MAX_NAMED_STATEMENTS = 2000;

/**
 * A pool whose parameterised queries run as named prepared statements: PostgreSQL parses and
 * plans each SQL text once per connection instead of on every query, as SQLite's statement
 * cache does (`statement-cache.ts`). Kysely sends every query unnamed, so the server parsed and
 * planned the session's four-table join on every signed-in request.
 *
 * Only queries with values are named: without values `pg` uses the simple protocol, which a
 * migration's several statements in one text need. A name stands for one SQL text for the
 * life of the process, so a connection never sees one name with two texts.
 *
 * A transaction's `begin` is not waited for: it is sent, and the transaction's first statement
 * goes on the wire right behind it (the pool's clients run in `pg`'s pipeline mode, which sends
 * each query with its own sync, in order), so a transaction costs one round trip fewer. That
 * statement's answer is given only once `begin`'s has come: a `begin` that failed (the
 * connection did) fails it, and the transaction, with `begin`'s error.
 *
 * Likewise, inside a transaction, a write whose answer the code never reads (`sentUnanswered`)
 * is sent and not waited for: the next statement, or the `commit`, goes right behind it and is
 * answered only once the write's answer has come; a write that failed fails that statement
 * (the `commit` too, which PostgreSQL would otherwise answer with a silent rollback), with the
 * write's own error. Health's reaction writes last before a post's `commit`, holding both
 * organisations' sums locked: a round trip fewer while every post of the organisation waits.
 */
export function preparingPool(pool: Pg.Pool): PreparingPool {
  const names = new Map<string, string | null>();
  const nameOf = (sql: string): string | null => {
    let name = names.get(sql);
    if (name === undefined) {
      name = names.size < MAX_NAMED_STATEMENTS ? `accord_${names.size.toString(36)}` : null;
      names.set(sql, name);
    }
    return name;
  };
  // Kysely keeps its connection object per pool client, so each client keeps one wrapper.
  const wrappers = new WeakMap<Pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: Pg.PoolClient): PostgresPoolClient => {
    let isInTransaction = false;
    // `begin` and the unanswered writes sent since the last statement that was waited for.
    let unanswered: Promise<unknown>[] = [];
    const sendAhead = (sent: Promise<unknown>) => {
      // Awaited with the next statement (below); never an unhandled rejection meanwhile.
      sent.catch(() => undefined);
      unanswered.push(sent);
    };
    const query = async (text: unknown, values?: readonly unknown[]) => {
      if (typeof text === "string" && isBegin(text) && (!values || values.length === 0)) {
        isInTransaction = true;
        sendAhead(client.query(text));
        return BEGUN;
      }
      if (isInTransaction && typeof text === "string" && UNANSWERED.has(text)) {
        sendAhead(run(text, values));
        return UNREAD;
      }
      if (unanswered.length === 0) return run(text, values);
      const earlier = unanswered;
      unanswered = [];
      const answer = run(text, values);
      // A rollback undoes whatever failed before it, and must not fail for it.
      if (typeof text === "string" && isRollback(text)) {
        await Promise.allSettled(earlier);
        return answer;
      }
      // All answers are awaited at once, so no rejection goes unhandled; they come in order,
      // so an earlier statement's failure is the one given.
      return (await Promise.all([...earlier, answer]))[earlier.length];
    };
    const run = async (text: unknown, values?: readonly unknown[]) => {
      if (typeof text !== "string" || !values || values.length === 0) {
        if (typeof text === "string") isInTransaction = transactionAfter(text, isInTransaction);
        return client.query(text as string, values as unknown[]);
      }
      const name = values.length <= MAX_NAMED_PARAMETERS ? nameOf(text) : null;
      if (!name) return client.query(text, values as unknown[]);
      try {
        return await client.query({ name, text, values: values as unknown[] });
      } catch (error) {
        if (!isStalePlan(error)) throw error;
        // A migration changed what `select *` returns (another process may have run it): the
        // text runs unnamed from now on, and once more now unless a transaction already failed.
        names.set(text, null);
        if (isInTransaction) throw error;
        return client.query(text, values as unknown[]);
      }
    };
    return {
      query: query as unknown as PostgresPoolClient["query"],
      release: () => client.release(),
    };
  };
  const prepared = (client: Pg.PoolClient): PostgresPoolClient => {
    let wrapper = wrappers.get(client);
    if (!wrapper) {
      wrapper = wrap(client);
      wrappers.set(client, wrapper);
    }
    return wrapper;
  };
  return {
    async connect() {
      return prepared(await pool.connect());
    },
    end: () => pool.end(),
    prepared,
  };
}

/** The pool Kysely gets, and the same naming for a client lent otherwise (`sharingPool`). */
export interface PreparingPool extends PostgresPool {
  /** The client's one wrapper, which names its statements and pipelines `begin`. */
  prepared: (client: Pg.PoolClient) => PostgresPoolClient;
}

/** What Kysely gets for a `begin` sent but not yet answered: it reads nothing of it. */
const BEGUN = { command: "BEGIN", rowCount: null, rows: [] };
/** What Kysely gets for an unanswered write: no rows, no count (nobody reads them). */
const UNREAD = { command: "UNREAD", rowCount: null, rows: [] };

const UNANSWERED = new Set<string>();

/**
 * Marks a statement's SQL text (as compiled for PostgreSQL) as a write whose answer nobody
 * reads: no `returning`, no count of rows. Inside a transaction it is sent and not waited for
 * (`preparingPool`). Only for writes no caller turns a failure of into an answer of its own
 * (a unique key's conflict into a 409, say): their failure fails the next statement instead.
 */
export function sentUnanswered(text: string): void {
  UNANSWERED.add(text);
}

export function isBegin(text: string): boolean {
  const head = text.trimStart().slice(0, 20).toLowerCase();
  return head.startsWith("begin") || head.startsWith("start transaction");
}

function isRollback(text: string): boolean {
  const head = text.trimStart().slice(0, 20).toLowerCase();
  return head === "rollback" || head.startsWith("rollback;") || head.startsWith("rollback ");
}

/** Kysely opens and ends transactions with plain texts and no values. */
function transactionAfter(text: string, wasInTransaction: boolean): boolean {
  const head = text.trimStart().slice(0, 20).toLowerCase();
  if (head.startsWith("begin") || head.startsWith("start transaction")) return true;
  if (head.startsWith("commit") || head === "rollback" || head.startsWith("rollback;"))
    return false;
  return wasInTransaction;
}

/** PostgreSQL's answer to a prepared statement whose result columns changed since it was planned. */
function isStalePlan(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as Error & { code?: string }).code === "0A000" &&
    error.message.includes("cached plan must not change result type")
  );
}
