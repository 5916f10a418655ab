import { describe, expect, it } from "vitest";
import {
  isActionOpen,
  type ProposalAction,
  type ProposalStatus,
} from "../../../domain/proposal/proposal-states";
import { decideProposalAction, PROPOSAL_PERMISSIONS, stepOfOtherSide } from "./proposal.policy";
import { testActor, type TestMembership } from "../../platform/test-actor";

const actorWith = (memberships: TestMembership[]) => testActor(memberships, "moderator");

/** A proposal in the given state; one that left the draft state was sent, unless told not. */
const proposal = (status: ProposalStatus, isSent = status !== "draft") => ({
  client_org_id: "client",
  provider_org_id: "provider",
  status,
  submitted_at: isSent ? "2026-12-01T10:00:00.000Z" : null,
});
const ACTIONS = Object.keys(PROPOSAL_PERMISSIONS) as ProposalAction[];

describe("proposal policy", () => {
  it("lets the provider's owners and members write and send, and its viewers only read", () => {
    for (const role of ["owner", "member"] as const) {
      const actor = actorWith([["provider", role, "provider"]]);
      expect(decideProposalAction(actor, proposal("draft"), "edit")).toBe("allowed");
      expect(decideProposalAction(actor, proposal("draft"), "submit")).toBe("allowed");
    }
    const viewer = actorWith([["provider", "viewer", "provider"]]);
    expect(decideProposalAction(viewer, proposal("draft"), "view")).toBe("allowed");
    expect(decideProposalAction(viewer, proposal("draft"), "edit")).toBe("forbidden");
    expect(decideProposalAction(viewer, proposal("draft"), "submit")).toBe("forbidden");
  });

  it("keeps a draft from the client: not even its existence shows", () => {
    const clientOwner = actorWith([["client", "owner", "client"]]);
    for (const action of ACTIONS)
      expect(decideProposalAction(clientOwner, proposal("draft"), action)).toBe("not_found");
    expect(decideProposalAction(clientOwner, proposal("submitted"), "view")).toBe("allowed");
  });

  it("keeps a draft withdrawn unsent from the client, and shows one withdrawn after sending", () => {
    const clientOwner = actorWith([["client", "owner", "client"]]);
    const unsent = proposal("withdrawn", false);
    for (const action of ACTIONS)
      expect(decideProposalAction(clientOwner, unsent, action)).toBe("not_found");
    expect(decideProposalAction(clientOwner, proposal("withdrawn"), "view")).toBe("allowed");
  });

  it("lets the client's owners and members answer, never the provider", () => {
    for (const action of ["accept", "decline", "requestRevision"] as const) {
      const member = actorWith([["client", "member", "client"]]);
      const viewer = actorWith([["client", "viewer", "client"]]);
      const providerOwner = actorWith([["provider", "owner", "provider"]]);
      expect(decideProposalAction(member, proposal("submitted"), action)).toBe("allowed");
      expect(decideProposalAction(viewer, proposal("submitted"), action)).toBe("forbidden");
      expect(decideProposalAction(providerOwner, proposal("submitted"), action)).toBe("forbidden");
    }
  });

  it("does not let the client write the provider's proposal", () => {
    const clientOwner = actorWith([["client", "owner", "client"]]);
    expect(decideProposalAction(clientOwner, proposal("revision_requested"), "edit")).toBe(
      "forbidden",
    );
    expect(decideProposalAction(clientOwner, proposal("revision_requested"), "submit")).toBe(
      "forbidden",
    );
  });

  it("hides the proposal from every other organisation, whatever its role or kind", () => {
    const outsiders = [
      actorWith([["another-provider", "owner", "provider"]]),
      actorWith([["another-client", "owner", "client"]]),
      actorWith([]),
    ];
    for (const outsider of outsiders) {
      for (const action of ACTIONS) {
        for (const status of ["draft", "submitted", "accepted"] as const)
          expect(decideProposalAction(outsider, proposal(status), action)).toBe("not_found");
      }
    }
  });

  it("opens each action only in the states it starts from", () => {
    expect(isActionOpen("draft", "edit")).toBe(true);
    expect(isActionOpen("revision_requested", "edit")).toBe(true);
    expect(isActionOpen("submitted", "edit")).toBe(false);
    expect(isActionOpen("revision_requested", "submit")).toBe(true);
    expect(isActionOpen("accepted", "submit")).toBe(false);
    for (const action of ["accept", "decline", "requestRevision"] as const) {
      expect(isActionOpen("submitted", action)).toBe(true);
      for (const status of ["draft", "revision_requested", "accepted", "declined"] as const)
        expect(isActionOpen(status, action)).toBe(false);
    }
  });

  it("tells an owner or member of the other side whose step it is, a viewer or outsider not", () => {
    const clientOwner = actorWith([["client", "owner", "client"]]);
    const providerMember = actorWith([["provider", "member", "provider"]]);
    const clientViewer = actorWith([["client", "viewer", "client"]]);
    const outsider = actorWith([["elsewhere", "owner", "client"]]);
    expect(stepOfOtherSide(clientOwner, proposal("submitted"), "withdraw")).toBe("provider");
    expect(stepOfOtherSide(providerMember, proposal("submitted"), "accept")).toBe("client");
    expect(stepOfOtherSide(clientViewer, proposal("submitted"), "withdraw")).toBeUndefined();
    expect(stepOfOtherSide(outsider, proposal("submitted"), "accept")).toBeUndefined();
    // Reading is both sides' own: no side to name.
    expect(stepOfOtherSide(clientOwner, proposal("submitted"), "view")).toBeUndefined();
  });
});
