import { sql } from "kysely";
import type { TestApp } from "./test-app";

/**
 * Waits until another connection of the app's PostgreSQL is blocked on a lock (a request behind
 * a transaction the test holds), or, given the request, until it is answered without having
 * waited: a test of lock order then sees the request either queue or go through.
 */
export async function untilWaitingForALock(t: TestApp, request?: Promise<unknown>): Promise<void> {
  let isDone = false;
  void request?.finally(() => {
    isDone = true;
  });
  while (!isDone) {
    const waiting = await sql<{ count: string }>`
      select count(*) as count from pg_stat_activity
      where wait_event_type = 'Lock' and datname = current_database()`.execute(t.handle.db);
    if (Number(waiting.rows[0]?.count ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
