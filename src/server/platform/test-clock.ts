import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import type { Clock } from "./clock";

const ROW_ID = "instance";
/** How long a process trusts the offset it last read before reading it again. */
const DEFAULT_REFRESH_MS = 1_000;

/**
 * The clock of an instance started with ACCORD_TEST_CLOCK=true: real time plus an offset kept
 * in the database, so every process and the CLI share one clock. `now()` stays synchronous and
 * cheap: it adds the offset last read, which `refresh()` re-reads (requests call it at most
 * once a second, every sweep calls it with `force`).
 */
export class TestClock implements Clock {
  private offsetMs = 0;
  private readAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly db: Kysely<Database>,
    /** Real time; tests pass a clock they move. */
    private readonly base: Clock,
    private readonly refreshMs = DEFAULT_REFRESH_MS,
  ) {}

  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }

  /** Real time, without the offset. */
  realNow(): Date {
    return this.base.now();
  }

  offsetSeconds(): number {
    return Math.round(this.offsetMs / 1000);
  }

  /** Re-reads the offset when the last read is older than the refresh interval, or `force`. */
  async refresh(force = false): Promise<void> {
    const started = performance.now();
    if (!force && started - this.readAt < this.refreshMs) return;
    this.offsetMs = (await readTestClockOffset(this.db)) * 1000;
    this.readAt = started;
  }
}

export async function readTestClockOffset(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("test_clock")
    .select("offset_seconds")
    .where("id", "=", ROW_ID)
    .executeTakeFirst();
  return Number(row?.offset_seconds ?? 0);
}

/**
 * Moves the shared offset forward in one conditional statement, so concurrent advances both
 * count and none takes it past `maxOffsetSeconds`. The new offset, or undefined when refused.
 */
export async function addTestClockOffset(
  db: Kysely<Database>,
  change: { seconds: number; maxOffsetSeconds: number; at: string },
): Promise<number | undefined> {
  const row = await db
    .updateTable("test_clock")
    .set((eb) => ({
      offset_seconds: eb("offset_seconds", "+", change.seconds),
      updated_at: change.at,
    }))
    .where("id", "=", ROW_ID)
    .where("offset_seconds", "<=", change.maxOffsetSeconds - change.seconds)
    .returning("offset_seconds")
    .executeTakeFirst();
  return row ? Number(row.offset_seconds) : undefined;
}
