import type { LedgerReferences } from "./facts-from-ledger";

/**
 * The engagement the health unit tests fold ledgers for: "client" and "provider", from
 * `startedAt`. Used by tests only.
 */
export function testLedgerHeader(startedAt: string) {
  return { engagementId: "e", clientOrgId: "client", providerOrgId: "provider", startedAt };
}

/** No agreement terms and no check-in answers to look up. */
export const NO_REFERENCES: LedgerReferences = { termsOf: () => null, answersOf: () => [] };
