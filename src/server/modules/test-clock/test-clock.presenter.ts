import type { TestClockState } from "../../../contracts/test-clock";
import type { TestClock } from "../../platform/test-clock";

export function presentTestClock(clock: TestClock): TestClockState {
  const offsetSeconds = clock.offsetSeconds();
  return {
    now: clock.now().toISOString(),
    realNow: clock.realNow().toISOString(),
    offsetSeconds,
    isAhead: offsetSeconds > 0,
  };
}
