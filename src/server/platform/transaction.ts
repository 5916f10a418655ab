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
