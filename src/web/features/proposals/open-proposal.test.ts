import { describe, expect, it } from "vitest";
import type { Proposal } from "../../shared/api/types";
import { openProposalOfOrg } from "./open-proposal";

function proposal(id: string, providerId: string, status: Proposal["status"]): Proposal {
  return { id, status, provider: { id: providerId, name: providerId } } as Proposal;
}

describe("a provider's proposal still open on a brief", () => {
  it("is the one to go back to, instead of writing a second the server refuses", () => {
    const mine = proposal("p2", "kode", "draft");
    expect(openProposalOfOrg([proposal("p1", "kode", "declined"), mine], "kode")).toBe(mine);
    const revise = proposal("p3", "kode", "revision_requested");
    expect(openProposalOfOrg([revise], "kode")).toBe(revise);
  });

  it("is none once the last one was declined, withdrawn or not selected, nor another's", () => {
    for (const status of ["declined", "withdrawn", "not_selected"] as const)
      expect(openProposalOfOrg([proposal("p1", "kode", status)], "kode")).toBeUndefined();
    expect(openProposalOfOrg([proposal("p1", "bleu", "draft")], "kode")).toBeUndefined();
  });
});
