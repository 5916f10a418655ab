import { createRequire } from "node:module";
import type * as LanguageCommon from "@zxcvbn-ts/language-common";

let common: ReadonlySet<string> | undefined;

/**
 * Whether a (lower-cased) password is among the ~49,000 most common ones, from the list
 * zxcvbn-ts ships (breach corpora, offline: nothing is asked over the network). Loaded on first
 * use, since only sign-up and password changes need it (its dictionaries take a tenth of a
 * second to unpack, which the server's start-up does not wait for).
 */
export function isCommonPassword(candidate: string): boolean {
  if (!common) {
    const { dictionary } = createRequire(import.meta.url)(
      "@zxcvbn-ts/language-common",
    ) as typeof LanguageCommon;
    common = new Set(dictionary["passwords-common"].map((word) => word.toLowerCase()));
  }
  return common.has(candidate);
}
