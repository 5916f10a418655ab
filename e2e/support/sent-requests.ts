import type { Page } from "playwright-core";

/**
 * Counts the requests a page sends with `method` to URLs matching `path` from now on: a form
 * that refuses a bad value before sending leaves the count where it was.
 */
export function countRequests(page: Page, method: string, path: RegExp): () => number {
  let count = 0;
  page.on("request", (request) => {
    if (request.method() === method && path.test(new URL(request.url()).pathname)) count += 1;
  });
  return () => count;
}
