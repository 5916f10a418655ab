/** Where to go after signing in: only a path of this app, never another site. */
export function safeNextPath(value: string | null): string {
  if (value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")) {
    return value;
  }
  return "/";
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
