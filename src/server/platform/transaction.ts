import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/schema";
import { RollbackWithFailure, type Result } from "./result";

/**
 * Runs `work` in one transaction. A failure value returned by `work` rolls everything back,
 * so a use-case never leaves half of a change behind.
 */
export async function runInTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<Result<T>>,
): Promise<Result<T>> {
  try {
    return await db.transaction().execute(async (trx) => {
      const result = await work(trx);
      if (!result.ok) throw new RollbackWithFailure(result.failure);
      return result;
    });
  } catch (error) {
    if (error instanceof RollbackWithFailure) return { ok: false, failure: error.failure };
    throw error;
  }
}

/**
 * The open transaction `trx` seen as a database whose own transactions join it: work that
 * opens a transaction (every use-case does) runs inside `trx` instead, so several use-cases
 * commit or roll back as one. A failure value still leaves their writes in `trx`; the caller
 * must throw to roll back (the demo seed does on any failure).
 */
export function joiningTransaction(trx: Transaction<Database>): Kysely<Database> {
  const joined = { execute: <T>(work: (t: Transaction<Database>) => Promise<T>) => work(trx) };
  return new Proxy(trx, {
    get(target, property) {
      if (property === "transaction") return () => joined;
      if (property === "isTransaction") return false;
      const value: unknown = Reflect.get(target, property, target);
      // Kysely keeps its state in private fields, so methods must run on the real object.
      return typeof value === "function"
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}
