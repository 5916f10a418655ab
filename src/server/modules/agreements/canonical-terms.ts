import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { AgreementTerms } from "../../../domain/agreement/terms";

/**
 * The canonical text of agreement terms (RFC 8785, as the ledger uses) and its SHA-256: the
 * value a signature covers, so the same terms hash the same on any machine and in any order.
 */
export function canonicalTerms(terms: AgreementTerms): { text: string; hash: string } {
  const text = canonicalize(terms);
  if (text === undefined) throw new Error("terms cannot be canonicalised");
  return { text, hash: createHash("sha256").update(text).digest("hex") };
}

export function parseTerms(text: string): AgreementTerms {
  return JSON.parse(text) as AgreementTerms;
}
