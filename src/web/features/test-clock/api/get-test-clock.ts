import { queryOptions, useQuery } from "@tanstack/react-query";
import type { TestClockAnswer, TestClockState } from "../../../../contracts/test-clock";
import { api } from "../../../shared/api/api-client";

/** The API's answer as the app keeps it: where the clock stands, or null without one. */
export function testClockOf(answer: TestClockAnswer): TestClockState | null {
  if (!answer.isEnabled) return null;
  const { isEnabled, ...state } = answer;
  return state;
}

/** Where a sandbox's test clock stands, or null on an ordinary instance, which has none. */
export async function getTestClock(): Promise<TestClockState | null> {
  return testClockOf(await api.get<TestClockAnswer>("/test-clock"));
}

/**
 * Checked now and then while a test clock exists, so an advance made from the CLI or another
 * tab shows without a reload; an instance without one never gains one, so it is asked once.
 * An engagement's overview page says which it is (`start.tsx` seeds it): not asked at all there.
 */
export const testClockQueryOptions = queryOptions({
  queryKey: ["test-clock"],
  queryFn: getTestClock,
  retry: false,
  staleTime: (query) => (query.state.data === null ? Infinity : 15_000),
  refetchInterval: (query) => (query.state.error || query.state.data === null ? false : 30_000),
});

/** The test clock while it runs ahead of real time, else null. */
export function useTestClockAhead(): TestClockState | null {
  const clock = useQuery(testClockQueryOptions);
  return clock.data?.isAhead ? clock.data : null;
}
