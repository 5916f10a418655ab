import { dictionary } from "@zxcvbn-ts/language-common";

let common: ReadonlySet<string> | undefined;

/**
 * Whether a (lower-cased) password is among the ~49,000 most common ones, from the list
 * zxcvbn-ts ships (breach corpora, offline: nothing is asked over the network). Loaded on first
 * use, since only sign-up and password changes need it.
 */
export function isCommonPassword(candidate: string): boolean {
  common ??= new Set(dictionary["passwords-common"].map((word) => word.toLowerCase()));
  return common.has(candidate);
}
