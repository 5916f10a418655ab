import { isSameText } from "../same-text";

/** What the name rule reads of an organisation's API token. */
export interface NamedToken {
  name: string;
  /** ISO instant it stops working, or null when it never does. */
  expiresAt: string | null;
  revokedAt: string | null;
}

/**
 * The organisation's token still working at `now` under `name` (compared by `isSameText`), if
 * any. A name says which integration holds a token, so one works per name at a time, as
 * GitHub's do: a second is what a double click or a retry sends, and two live tokens of one
 * name cannot be told apart when one must be revoked. A revoked or expired token frees it.
 */
export function activeTokenNamed<T extends NamedToken>(
  tokens: readonly T[],
  name: string,
  now: Date,
): T | undefined {
  const instant = now.toISOString();
  return tokens.find(
    (token) =>
      token.revokedAt === null &&
      (token.expiresAt === null || token.expiresAt > instant) &&
      isSameText(token.name, name),
  );
}
