import { useMutation } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { LedgerVerification } from "../../../shared/api/types";

/** Asks the server to recompute the hash chain; nothing is cached, each click checks afresh. */
export function verifyLedger(engagementId: string): Promise<LedgerVerification> {
  return api.get<LedgerVerification>(
    `/engagements/${encodeURIComponent(engagementId)}/ledger/verify`,
  );
}

export function useVerifyLedger() {
  return useMutation({ mutationFn: verifyLedger });
}
