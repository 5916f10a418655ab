import { QueryObserver } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createQueryClient, seedQuery } from "../../../shared/api/query-client";
import { getTestClock, testClockQueryOptions } from "./get-test-clock";

/** Stands in for the API: every request answers `status` with `body`, and is counted. */
function answering(status: number, body: unknown) {
  const fetch = vi.fn(() =>
    Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { "content-type": "application/json" },
      }),
    ),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

const DISABLED = { isEnabled: false };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the test clock as the web app asks for it", () => {
  it("is none (null) on an instance without one, not an error", async () => {
    answering(200, DISABLED);
    await expect(getTestClock()).resolves.toBeNull();
  });

  it("is still an error when the server fails otherwise", async () => {
    answering(500, { error: { code: "internal", message: "Something broke" } });
    await expect(getTestClock()).rejects.toMatchObject({ code: "internal" });
  });

  it("is not asked for at all when the page said there is none", async () => {
    const fetch = answering(200, DISABLED);
    const queryClient = createQueryClient();
    seedQuery(queryClient, testClockQueryOptions, Promise.resolve(null));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const observer = new QueryObserver(queryClient, testClockQueryOptions);
    const unsubscribe = observer.subscribe(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(observer.getCurrentResult().data).toBeNull();
    // Never stale, never polled: an instance does not gain a test clock while it runs.
    expect(observer.getCurrentResult().isStale).toBe(false);
    const interval = testClockQueryOptions.refetchInterval;
    if (typeof interval !== "function") throw new Error("the test clock's polling is a rule");
    const query = queryClient.getQueryCache().find({ queryKey: ["test-clock"] });
    expect(query ? interval(query as unknown as Parameters<typeof interval>[0]) : "no query").toBe(
      false,
    );
    expect(fetch).not.toHaveBeenCalled();
    unsubscribe();
  });
});
