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
    let begun: Promise<unknown> | null = null;
    const query = async (text: unknown, values?: readonly unknown[]) => {
      if (typeof text === "string" && isBegin(text) && (!values || values.length === 0)) {
        isInTransaction = true;
        // Awaited with the next statement (below), or by its handler when none comes.
        const sent = client.query(text);
        sent.catch(() => undefined);
        begun = sent;
        return BEGUN;
      }
      if (begun) {
        const beginning = begun;
        begun = null;
        const answer = run(text, values);
        // Both answers are awaited at once, so neither rejection goes unhandled.
        return (await Promise.all([beginning, answer]))[1];
      }
      return run(text, values);
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

export function isBegin(text: string): boolean {
  const head = text.trimStart().slice(0, 20).toLowerCase();
  return head.startsWith("begin") || head.startsWith("start transaction");
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
