import { useQuery } from "@tanstack/react-query";
import type { TestClockState } from "../../../../contracts/test-clock";
import { api } from "../../../shared/api/api-client";

/** Where a sandbox's test clock stands; ordinary instances answer `test_clock_disabled`. */
export function getTestClock(): Promise<TestClockState> {
  return api.get<TestClockState>("/test-clock");
}

/**
 * The test clock while it runs ahead of real time, else null. Checked now and then, so an
 * advance made from the CLI or another tab shows without a reload.
 */
export function useTestClockAhead(): TestClockState | null {
  const clock = useQuery({
    queryKey: ["test-clock"],
    queryFn: getTestClock,
    retry: false,
    staleTime: 15_000,
    refetchInterval: (query) => (query.state.error ? false : 30_000),
  });
  return clock.data?.isAhead ? clock.data : null;
}
