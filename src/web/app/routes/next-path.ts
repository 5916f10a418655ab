/** An origin no page is served from: the next path is resolved against it, never fetched. */
const PLACEHOLDER_ORIGIN = "https://accord.invalid";

/**
 * Where to go after signing in: only a path of this app, never another site. The value is read
 * as the browser will read it (it drops tabs and newlines and takes `\` for `/`, so `/\t/evil.test`
 * is `//evil.test`), and only what stays on the same origin is kept.
 */
export function safeNextPath(value: string | null): string {
  if (!value?.startsWith("/")) return "/";
  const url = new URL(value, PLACEHOLDER_ORIGIN);
  if (url.origin !== PLACEHOLDER_ORIGIN) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

export function withNext(path: string, next: string): string {
  return `${path}?next=${encodeURIComponent(next)}`;
}

/**
 * The page to come back to once signed in, whole: a link in a mail points to a part of its page
 * (`/engagements/…/invoices#refunds`), and the browser never sends that part to the server.
 */
export function returnPathOf(location: { pathname: string; search: string; hash: string }): string {
  return `${location.pathname}${location.search}${location.hash}`;
}
