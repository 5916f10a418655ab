import { InfiniteQueryObserver, MutationObserver, QueryObserver } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { ERROR_STATUS } from "../../../contracts/errors";
import { ApiError, type ApiErrorCode } from "./api-client";
import {
  createQueryClient,
  seedInfiniteQuery,
  seedQuery,
  TYPED_INPUT_CONFLICTS,
} from "./query-client";

/** A query function that counts its calls: what a component mounting would ask the server. */
function counting(answer: string) {
  const calls = { count: 0 };
  return { calls, queryFn: () => Promise.resolve(`${answer} ${++calls.count}`) };
}

async function mount(observer: QueryObserver<string, Error, string, string, string[]>) {
  const unsubscribe = observer.subscribe(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return unsubscribe;
}

describe("answers fetched for the first screen beside the code", () => {
  it("are shown by the component that mounts without asking the server again", async () => {
    const queryClient = createQueryClient();
    const { calls, queryFn } = counting("fetched");
    seedQuery(queryClient, { queryKey: ["engagements", "e1"], queryFn }, Promise.resolve("early"));
    await new Promise((resolve) => setTimeout(resolve, 0));

    const observer = new QueryObserver(queryClient, { queryKey: ["engagements", "e1"], queryFn });
    const unsubscribe = await mount(observer);
    expect(observer.getCurrentResult().data).toBe("early");
    expect(calls.count).toBe(0);
    unsubscribe();
  });

  it("are asked for again like any other once invalidated, and then go stale at once", async () => {
    const queryClient = createQueryClient();
    const { calls, queryFn } = counting("fetched");
    seedQuery(queryClient, { queryKey: ["engagements", "e2"], queryFn }, Promise.resolve("early"));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await queryClient.invalidateQueries({ queryKey: ["engagements", "e2"] });
    const observer = new QueryObserver(queryClient, { queryKey: ["engagements", "e2"], queryFn });
    const unsubscribe = await mount(observer);
    expect(observer.getCurrentResult().data).toBe("fetched 1");
    expect(calls.count).toBe(1);
    expect(observer.getCurrentResult().isStale).toBe(true);
    unsubscribe();
  });

  it("leave other queries stale at once, as before", async () => {
    const queryClient = createQueryClient();
    const { calls, queryFn } = counting("fetched");
    await queryClient.prefetchQuery({ queryKey: ["engagements", "e3"], queryFn });
    const observer = new QueryObserver(queryClient, { queryKey: ["engagements", "e3"], queryFn });
    const unsubscribe = await mount(observer);
    expect(calls.count).toBe(2);
    unsubscribe();
  });

  it("give a paged list its first page, the next ones asked for with the list's own function", async () => {
    type Page = { items: string[]; next: string | null };
    const queryClient = createQueryClient();
    const asked: (string | null)[] = [];
    const options = {
      queryKey: ["engagements", "e4", "events"],
      queryFn: ({ pageParam }: { pageParam: string | null }) => {
        asked.push(pageParam);
        return Promise.resolve<Page>({ items: [`after ${pageParam}`], next: null });
      },
      initialPageParam: null as string | null,
      getNextPageParam: (page: Page) => page.next,
    };
    seedInfiniteQuery(
      queryClient,
      options,
      Promise.resolve<Page>({ items: ["newest"], next: "c1" }),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));

    const observer = new InfiniteQueryObserver(queryClient, options);
    const unsubscribe = observer.subscribe(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(observer.getCurrentResult().data?.pages.map((page) => page.items)).toEqual([["newest"]]);
    expect(asked).toEqual([]);
    await observer.fetchNextPage();
    expect(asked).toEqual(["c1"]);
    expect(observer.getCurrentResult().data?.pages.map((page) => page.items)).toEqual([
      ["newest"],
      ["after c1"],
    ]);
    unsubscribe();
  });
});

describe("a step the server refuses", () => {
  /** One query on screen and one no component shows (a list's pages left behind). */
  async function refuse(status: number, code: ApiErrorCode) {
    const queryClient = createQueryClient();
    const shownQuery = counting("fetched");
    const hiddenQuery = counting("hidden");
    await queryClient.prefetchQuery({ queryKey: ["engagements", "e6"], ...hiddenQuery });
    const observer = new QueryObserver(queryClient, {
      queryKey: ["engagements", "e5"],
      queryFn: shownQuery.queryFn,
    });
    const unsubscribe = await mount(observer);
    const step = new MutationObserver(queryClient, {
      mutationFn: () => Promise.reject(new ApiError(status, code, "refused")),
    });
    await step.mutate().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    unsubscribe();
    return {
      asked: shownQuery.calls.count,
      shown: observer.getCurrentResult().data,
      askedHidden: hiddenQuery.calls.count,
      hiddenIsStale: queryClient.getQueryState(["engagements", "e6"])?.isInvalidated,
    };
  }

  it("because the other side or another tab moved on (409) shows the page as it now is", async () => {
    const { asked, shown } = await refuse(409, "change_request_wrong_state");
    expect(asked).toBe(2);
    expect(shown).toBe("fetched 2");
  });

  it("because things moved on asks again only what is on screen, the rest when next shown", async () => {
    const { askedHidden, hiddenIsStale } = await refuse(409, "invoice_wrong_state");
    expect(askedHidden).toBe(1);
    expect(hiddenIsStale).toBe(true);
  });

  it("because a name typed is already used (409) asks nothing again", async () => {
    expect((await refuse(409, "email_taken")).asked).toBe(1);
    expect((await refuse(409, "credit_note_repeated")).asked).toBe(1);
  });

  it("because of what was typed asks nothing again", async () => {
    expect((await refuse(400, "validation_failed")).asked).toBe(1);
  });

  it("lists as refusals of what was typed only codes the server answers with 409", () => {
    for (const code of TYPED_INPUT_CONFLICTS) {
      expect([code, code === "network" ? 0 : ERROR_STATUS[code]]).toEqual([code, 409]);
    }
  });
});
