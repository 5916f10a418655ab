import { z } from "zod";
import { Timestamp } from "./common";

/** Where a test clock stands: the time Accord uses, real time, and how far apart they are. */
export const TestClockState = z.object({
  now: Timestamp.meta({ description: "The time this instance uses: real time plus the offset" }),
  realNow: Timestamp,
  offsetSeconds: z.number().int().min(0),
  isAhead: z.boolean().meta({ description: "Whether the clock runs ahead of real time" }),
});
export type TestClockState = z.infer<typeof TestClockState>;

/**
 * `GET /test-clock`: where the clock stands, or `{ isEnabled: false }` on an ordinary instance.
 * Having no test clock is an answer, not an error: the web asks on every page it loads, and a
 * 404 there was an error in every browser console.
 */
export const TestClockAnswer = z.union([
  TestClockState.extend({ isEnabled: z.literal(true) }),
  z.object({ isEnabled: z.literal(false) }),
]);
export type TestClockAnswer = z.infer<typeof TestClockAnswer>;

export const AdvanceTestClockBody = z
  .object({
    by: z
      .string()
      .min(2)
      .max(32)
      .meta({ description: "Days, hours or minutes forward: `15d`, `36h`, `90m`, `1d12h`" }),
  })
  .strict();
export type AdvanceTestClockBody = z.infer<typeof AdvanceTestClockBody>;
