import type { TestClockState } from "../../../contracts/test-clock";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { presentTestClock } from "./test-clock.presenter";

/** Where the test clock stands; refused on an instance without one. */
export async function showTestClock(deps: AppDeps): Promise<Result<TestClockState>> {
  if (!deps.testClock) return fail("test_clock_disabled");
  await deps.testClock.refresh(true);
  return ok(presentTestClock(deps.testClock));
}
