import { describe, expect, it } from "vitest";
import { PROPOSAL_STATUSES } from "../../../domain/proposal/proposal-states";
import { isWithdrawableProposal } from "./proposal-labels";

describe("a provider's proposal it may still withdraw", () => {
  it("is one the client has not answered: a draft, sent, or sent back for a revision", () => {
    const withdrawable = PROPOSAL_STATUSES.filter(isWithdrawableProposal);
    expect(withdrawable).toEqual(["draft", "submitted", "revision_requested"]);
  });

  it("is never one accepted, declined, not selected or already withdrawn", () => {
    for (const status of ["accepted", "declined", "not_selected", "withdrawn"] as const)
      expect(isWithdrawableProposal(status)).toBe(false);
  });
});
