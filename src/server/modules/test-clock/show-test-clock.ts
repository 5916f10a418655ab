import type { TestClockAnswer } from "../../../contracts/test-clock";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { presentTestClock } from "./test-clock.presenter";

/** Where the test clock stands, or that the instance has none. */
export async function showTestClock(deps: AppDeps): Promise<Result<TestClockAnswer>> {
  if (!deps.testClock) return ok({ isEnabled: false });
  await deps.testClock.refresh(true);
  return ok({ isEnabled: true, ...presentTestClock(deps.testClock) });
}
