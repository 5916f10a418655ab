import type { Kysely } from "kysely";
import type { ThrottleCounter } from "../../../domain/auth/login-throttle";
import type { Database } from "../../db/schema";

export const addressKey = (ip: string | undefined) => `address:${ip ?? "unknown"}`;
export const accountKey = (email: string) => `account:${email}`;

function counterOf(row: {
  failures: number | string;
  window_started_at: string;
  last_failure_at: string;
  locked_until: string | null;
}): ThrottleCounter {
  return {
    failures: Number(row.failures),
    windowStartedAt: new Date(row.window_started_at),
    lastFailureAt: new Date(row.last_failure_at),
    lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
  };
}

export async function readThrottleCounters(
  db: Kysely<Database>,
  keys: readonly string[],
): Promise<Map<string, ThrottleCounter>> {
  const rows = await db
    .selectFrom("login_throttles")
    .selectAll()
    .where("key", "in", keys)
    .execute();
  return new Map(rows.map((row) => [row.key, counterOf(row)]));
}

/**
 * Counts one failure in a single statement, so concurrent processes never lose a count; a
 * counter whose window started at or before `windowCutoff` starts again at 1.
 */
export async function countFailure(
  db: Kysely<Database>,
  key: string,
  now: Date,
  windowCutoff: Date,
): Promise<ThrottleCounter> {
  const at = now.toISOString();
  const cutoff = windowCutoff.toISOString();
  const row = await db
    .insertInto("login_throttles")
    .values({ key, failures: 1, window_started_at: at, last_failure_at: at, locked_until: null })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet((eb) => {
        const isStale = eb("login_throttles.window_started_at", "<=", cutoff);
        return {
          failures: eb
            .case()
            .when(isStale)
            .then(1)
            .else(eb("login_throttles.failures", "+", 1))
            .end(),
          window_started_at: eb
            .case()
            .when(isStale)
            .then(at)
            .else(eb.ref("login_throttles.window_started_at"))
            .end(),
          last_failure_at: at,
        };
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return counterOf(row);
}

export async function lockUntil(db: Kysely<Database>, key: string, until: Date): Promise<void> {
  await db
    .updateTable("login_throttles")
    .set({ locked_until: until.toISOString() })
    .where("key", "=", key)
    .execute();
}

export async function clearThrottle(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("login_throttles").where("key", "=", key).execute();
}
