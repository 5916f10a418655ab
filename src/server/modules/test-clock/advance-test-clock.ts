import type { AdvanceTestClockBody, TestClockState } from "../../../contracts/test-clock";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { sweepDueWork } from "../../sweeper";
import { moveTestClockForward } from "./move-test-clock-forward";
import { presentTestClock } from "./test-clock.presenter";

/**
 * A platform operator moves the instance's test clock forward, then this process sweeps at
 * once, so what fell due (deemed acceptance, reminders, their mail) has happened when the
 * answer arrives. Other processes see the new time on their next sweep, within seconds.
 */
export async function advanceTestClock(
  deps: AppDeps,
  actor: Actor,
  input: AdvanceTestClockBody,
): Promise<Result<TestClockState>> {
  const clock = deps.testClock;
  if (!clock) return fail("test_clock_disabled");
  if (actor.platformRole !== "moderator") return fail("test_clock_operators_only");
  const moved = await moveTestClockForward(deps.db, input.by, clock.realNow());
  if (!moved.ok) return moved;
  deps.logger.warn({ by: input.by, offsetSeconds: moved.value }, "test clock advanced");
  await sweepDueWork(deps);
  return ok(presentTestClock(clock));
}
