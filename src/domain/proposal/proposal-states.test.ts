import { describe, expect, it } from "vitest";
import {
  isActionOpen,
  openProposalOf,
  PROPOSAL_STATUSES,
  type ProposalAction,
} from "./proposal-states";

describe("proposal states", () => {
  it("lets the provider edit and send only a draft or a proposal sent back for revision", () => {
    for (const action of ["edit", "submit"] as const) {
      expect(PROPOSAL_STATUSES.filter((s) => isActionOpen(s, action))).toEqual([
        "draft",
        "revision_requested",
      ]);
    }
  });

  it("lets the client answer only a submitted proposal, and only once", () => {
    for (const action of ["decline", "requestRevision", "accept"] as ProposalAction[]) {
      expect(PROPOSAL_STATUSES.filter((s) => isActionOpen(s, action))).toEqual(["submitted"]);
    }
  });

  it("refuses every change to an accepted, declined or withdrawn proposal", () => {
    for (const status of ["accepted", "declined", "withdrawn"] as const) {
      const open = (["edit", "submit", "decline", "requestRevision", "accept"] as const).filter(
        (a) => isActionOpen(status, a),
      );
      expect(open).toEqual([]);
    }
  });

  it("finds a provider's proposal still open to a brief: a draft, sent, or sent back", () => {
    const closed = PROPOSAL_STATUSES.filter((status) => openProposalOf([{ status }]) === undefined);
    expect(closed).toEqual(["accepted", "declined", "withdrawn", "not_selected"]);
    const proposals = [{ status: "declined" as const }, { status: "submitted" as const }];
    expect(openProposalOf(proposals)).toBe(proposals[1]);
  });
});
