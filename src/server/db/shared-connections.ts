import type { PostgresPool, PostgresPoolClient } from "kysely";
import type Pg from "pg";
import { isBegin } from "./prepared-statements";

/** A pooled connection lent to standalone statements, with how many of them it has unanswered. */
interface SharedConnection {
  client: Pg.PoolClient;
  /** The client's wrapper that names and prepares its statements. */
  prepared: PostgresPoolClient;
  unanswered: number;
}

/**
 * A pool for standalone statements (a request's first read, the session's) that lets several
 * share one connection: a statement that finds every connection busy is written behind another
 * one's instead of waiting for a connection of its own. The pool's clients run in `pg`'s
 * pipeline mode (each statement with its own sync, answered in order), so the backend reads the
 * statements queued on its socket one after another without waiting for this process, and the
 * answers often come back in one read: under load a request no longer costs a round trip of its
 * own. A connection goes back to the pool as soon as nothing it carries is unanswered.
 *
 * Only for statements that stand alone: no transaction (a `begin` here is refused, since the
 * statements of other requests would run inside it) and nothing that needs the next statement
 * on the same connection. Those take a connection of their own from the pool, as before.
 * Whoever waits in the pool for one (a transaction) still gets one: a shared connection goes
 * back as soon as its answers have all come, which under load happens whenever they come in
 * one read, and the pool hands it to its first waiter.
 *
 * `prepared` is the wrapper that names and prepares a client's statements (`preparingPool`).
 */
export function sharingPool(
  pool: Pg.Pool,
  prepared: (client: Pg.PoolClient) => PostgresPoolClient,
): PostgresPool {
  const lent: SharedConnection[] = [];
  const size = pool.options.max ?? 10;
  // Connections asked of the pool and not yet given: a burst of statements in one turn shares
  // these rather than each asking for one of its own.
  const asked: Promise<SharedConnection>[] = [];
  let turn = 0;

  const lendOne = async (): Promise<SharedConnection> => {
    const client = await pool.connect();
    const shared = { client, prepared: prepared(client), unanswered: 0 };
    lent.push(shared);
    return shared;
  };

  const connectionForNext = async (): Promise<SharedConnection> => {
    let open: SharedConnection | undefined;
    for (const shared of lent) {
      if (!open || shared.unanswered < open.unanswered) open = shared;
    }
    const isOneFree = pool.idleCount + (size - pool.totalCount) > asked.length;
    if (open && (open.unanswered === 0 || !isOneFree)) return open;
    if (!isOneFree && asked.length > 0) return asked[turn++ % asked.length]!;
    const asking = lendOne();
    asked.push(asking);
    try {
      return await asking;
    } finally {
      void asked.splice(asked.indexOf(asking), 1);
    }
  };

  const query = async (text: string, values?: readonly unknown[]) => {
    if (isBegin(text)) {
      throw new Error("a transaction cannot run on a shared connection");
    }
    const shared = await connectionForNext();
    shared.unanswered += 1;
    try {
      return await shared.prepared.query(text, values ?? []);
    } finally {
      shared.unanswered -= 1;
      if (shared.unanswered === 0) {
        lent.splice(lent.indexOf(shared), 1);
        shared.client.release();
      }
    }
  };

  // Every statement picks its connection itself, so one stateless client stands for all.
  const client: PostgresPoolClient = {
    query: query as unknown as PostgresPoolClient["query"],
    release: () => undefined,
  };
  return {
    connect: () => Promise.resolve(client),
    // The pool is the exclusive side's to end.
    end: () => Promise.resolve(),
  };
}
