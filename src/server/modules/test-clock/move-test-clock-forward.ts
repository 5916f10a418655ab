import type { Kysely } from "kysely";
import {
  MAX_ADVANCE_SECONDS,
  MAX_OFFSET_SECONDS,
  MAX_OFFSET_YEARS,
  parseAdvance,
} from "../../../domain/clock/clock-advance";
import type { Database } from "../../db/schema";
import { failAtField, ok, type Result } from "../../platform/result";
import { addTestClockOffset } from "../../platform/test-clock";

/**
 * Moves the shared test clock forward by a duration an operator typed (`15d`, `36h`, `90m`);
 * the API and the CLI both come through here. The new offset in seconds.
 */
export async function moveTestClockForward(
  db: Kysely<Database>,
  by: string,
  realNow: Date,
): Promise<Result<number>> {
  const seconds = parseAdvance(by);
  const offset =
    seconds === undefined
      ? undefined
      : await addTestClockOffset(db, {
          seconds,
          maxOffsetSeconds: MAX_OFFSET_SECONDS,
          at: realNow.toISOString(),
        });
  if (offset === undefined) {
    const values = { maxDays: MAX_ADVANCE_SECONDS / 86_400, maxYears: MAX_OFFSET_YEARS };
    return failAtField("test_clock_advance_invalid", "by", values);
  }
  return ok(offset);
}
