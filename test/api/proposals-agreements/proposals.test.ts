import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { signUpPerson, type TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { createOrg, expectError, type LedgerEventBody } from "../api-fixtures";
import {
  bodyOf,
  buildProposalWorld,
  draftProposal,
  joinAs,
  mustHaveOf,
  proposalTerms,
  submittedProposal,
  type OverviewBody,
  type ProposalBody,
  type ProposalWorld,
} from "./proposal-fixtures";

describe.each(DIALECTS)("proposals on %s", (dialect) => {
  let t: TestApp;
  let w: ProposalWorld;
  // Each test starts from a copy of one world built once per dialect.
  const world = worldCopies(dialect, (built) => buildProposalWorld(built));
  beforeEach(async () => {
    ({ t, w } = await world.copy());
  });
  afterEach(async () => {
    await t.close();
  });

  const proposalUrl = (id: string, action = "") =>
    `/api/v1/proposals/${id}${action ? `/${action}` : ""}`;

  async function listAs(person: ProposalWorld["client"]): Promise<ProposalBody[]> {
    const response = await person.client.get(`/api/v1/briefs/${w.brief.id}/proposals`);
    return bodyOf<{ proposals: ProposalBody[] }>(response).proposals;
  }

  it("starts as a draft that only the provider sees", async () => {
    const draft = await draftProposal(w);

    expect(draft).toMatchObject({
      status: "draft",
      revision: 1,
      briefId: w.brief.id,
      briefTitle: w.brief.title,
      provider: { id: w.providerOrg.id, kind: "provider" },
      client: { id: w.clientOrg.id, kind: "client" },
      engagementId: null,
      submittedAt: null,
      findings: [],
    });
    expect((await listAs(w.provider)).map((p) => p.id)).toEqual([draft.id]);
    expect(await listAs(w.client)).toEqual([]);
    expectError(await w.client.client.get(proposalUrl(draft.id)), 404, "not_found");
  });

  it("refuses a milestone or a responsibility due more than ten years ahead, naming the field and the last day allowed", async () => {
    const terms = proposalTerms(mustHaveOf(w.brief));
    const farMilestone = {
      ...terms,
      milestones: terms.milestones.map((m, i) => (i === 1 ? { ...m, dueDate: "2207-03-01" } : m)),
    };
    const refused = expectError(
      await w.provider.client.post(`/api/v1/briefs/${w.brief.id}/proposals`, {
        orgId: w.providerOrg.id,
        terms: farMilestone,
      }),
      400,
      "validation_failed",
    );
    expect(refused.fields).toEqual([
      {
        path: "terms.milestones.1.dueDate",
        code: "day_too_far_ahead",
        message:
          "A day is planned at most ten years ahead, November 22, 2036 at the latest: March 1, 2207 is later.",
      },
    ]);
    expect(await listAs(w.provider)).toEqual([]);
    // A draft rewritten with a responsibility due that far is refused the same way, and kept.
    const draft = await draftProposal(w);
    const farResponsibility = {
      ...terms,
      clientResponsibilities: [{ id: "r1", what: "Product photos", dueDate: "2207-01-10" }],
    };
    const rewrite = expectError(
      await w.provider.client.request("PUT", proposalUrl(draft.id), { terms: farResponsibility }),
      400,
      "validation_failed",
    );
    expect(rewrite.fields?.[0]?.path).toBe("terms.clientResponsibilities.0.dueDate");
    const kept = bodyOf<ProposalBody>(await w.provider.client.get(proposalUrl(draft.id)));
    expect(kept.terms).toEqual(draft.terms);
  });

  it("refuses to send a proposal asking for money on a milestone no deliverable leads to", async () => {
    const terms = proposalTerms(mustHaveOf(w.brief));
    const unearnable = {
      ...terms,
      deliverables: terms.deliverables.filter((d) => d.milestoneId !== "m1"),
    };
    const draft = await draftProposal(w, unearnable);
    expect(draft.findings).toContainEqual(
      expect.objectContaining({
        code: "milestone_paid_without_deliverable",
        severity: "blocking",
        path: "terms.milestones.0.amountMinor",
      }),
    );
    const refused = expectError(
      await w.provider.client.post(proposalUrl(draft.id, "submit")),
      422,
      "proposal_not_submittable",
    );
    expect(refused.fields).toEqual([
      {
        path: "terms.milestones.0.amountMinor",
        code: "milestone_paid_without_deliverable",
        message: expect.stringContaining("Design") as string,
      },
    ]);
  });

  it("refuses to send a proposal nobody could evaluate, naming each blocking point", async () => {
    const terms = proposalTerms(mustHaveOf(w.brief));
    const unmeasurable = {
      ...terms,
      deliverables: terms.deliverables.map((d, i) => (i === 0 ? { ...d, criteria: [] } : d)),
    };
    const draft = await draftProposal(w, unmeasurable);
    expect(draft.findings).toContainEqual(
      expect.objectContaining({
        code: "deliverable_without_criteria",
        severity: "blocking",
        path: "terms.deliverables.0.criteria",
      }),
    );

    const refused = expectError(
      await w.provider.client.post(proposalUrl(draft.id, "submit")),
      422,
      "proposal_not_submittable",
    );
    expect(refused.fields).toEqual([
      {
        path: "terms.deliverables.0.criteria",
        code: "deliverable_without_criteria",
        message: expect.stringContaining("acceptance criterion") as string,
      },
    ]);
    expectError(await w.client.client.get(proposalUrl(draft.id)), 404, "not_found");

    const fixed = bodyOf<ProposalBody>(
      await w.provider.client.request("PUT", proposalUrl(draft.id), { terms }),
    );
    expect(fixed.findings).toEqual([]);
    const sent = bodyOf<ProposalBody>(
      await w.provider.client.post(proposalUrl(draft.id, "submit")),
    );
    expect(sent).toMatchObject({ status: "submitted", revision: 1 });
    expect(sent.submittedAt).toBe(t.clock.now().toISOString());
    expect((await listAs(w.client)).map((p) => p.id)).toEqual([draft.id]);
  });

  it("explains its feasibility findings in the reader's language", async () => {
    const terms = proposalTerms(mustHaveOf(w.brief), {
      remuneration: { ...proposalTerms("x").remuneration, amountMinor: 2_000_000 },
    });
    const draft = await draftProposal(w, terms);
    bodyOf(await w.provider.client.post(proposalUrl(draft.id, "submit")));
    const claire = await joinAs(t, w.client, w.clientOrg, "Claire", "viewer", "fr");

    const seen = bodyOf<ProposalBody>(await claire.client.get(proposalUrl(draft.id)));

    const overBudget = seen.findings.find((f) => f.code === "over_budget");
    expect(overBudget?.severity).toBe("warning");
    expect(overBudget?.message).toMatch(/20\s000,00\s€/);
    expect(overBudget?.message).not.toContain("The price");
  });

  it("goes back to the provider with a note, and comes back as a new revision", async () => {
    const sent = await submittedProposal(w);
    const editing = expectError(
      await w.provider.client.request("PUT", proposalUrl(sent.id), { terms: sent.terms }),
      409,
      "proposal_not_editable",
    );
    expect(editing.message).toBe(
      "This proposal was sent and awaits the client’s answer: it can be edited again only if the client sends it back for a revision.",
    );

    const sentBack = bodyOf<ProposalBody>(
      await w.client.client.post(proposalUrl(sent.id, "request-revision"), {
        note: "Could launch be in February?",
      }),
    );
    expect(sentBack.status).toBe("revision_requested");
    const providerView = bodyOf<ProposalBody>(await w.provider.client.get(proposalUrl(sent.id)));
    expect(providerView.revisionNote).toBe("Could launch be in February?");

    // The client answers proposals; it never writes the provider's.
    expectError(
      await w.client.client.request("PUT", proposalUrl(sent.id), { terms: sent.terms }),
      403,
      "forbidden",
    );
    const earlier = {
      ...sent.terms,
      milestones: sent.terms.milestones.map((m) =>
        m.id === "m2" ? { ...m, dueDate: "2027-02-26" } : m,
      ),
    };
    bodyOf(await w.provider.client.request("PUT", proposalUrl(sent.id), { terms: earlier }));
    const resent = bodyOf<ProposalBody>(
      await w.provider.client.post(proposalUrl(sent.id, "submit")),
    );

    expect(resent).toMatchObject({ status: "submitted", revision: 2 });
    expect(resent.terms.milestones[1]?.dueDate).toBe("2027-02-26");
    expectError(
      await w.provider.client.post(proposalUrl(sent.id, "submit")),
      409,
      "proposal_wrong_state",
    );
  });

  it("an offer valid until a day lapses after it: refused at acceptance naming the day, writing nothing, until revised with a new date", async () => {
    const terms = { ...proposalTerms(mustHaveOf(w.brief)), validUntil: "2026-11-30" };
    const draft = bodyOf<ProposalBody>(
      await w.provider.client.post(`/api/v1/briefs/${w.brief.id}/proposals`, {
        orgId: w.providerOrg.id,
        terms,
      }),
      201,
    );
    expect(draft.terms).toMatchObject({ validUntil: "2026-11-30" });
    const sent = bodyOf<ProposalBody>(
      await w.provider.client.post(proposalUrl(draft.id, "submit")),
    );
    expect(sent.findings).toEqual([]);

    // The test clock stands at 22 November; on 1 December the offer has lapsed.
    t.clock.advance(9 * 24 * 60 * 60 * 1000);
    const seen = bodyOf<ProposalBody>(await w.client.client.get(proposalUrl(sent.id)));
    expect(seen.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ["valid_until_passed", "blocking", "terms.validUntil"],
    ]);
    const refused = expectError(
      await w.client.client.post(proposalUrl(sent.id, "accept")),
      409,
      "proposal_expired",
    );
    expect(refused.message).toContain("November 30, 2026");
    const kept = bodyOf<ProposalBody>(await w.client.client.get(proposalUrl(sent.id)));
    expect(kept).toMatchObject({ status: "submitted", engagementId: null });
    const engagements = await t.deps.db.selectFrom("engagements").select("id").execute();
    expect(engagements).toEqual([]);

    // Sent back for a revision, it comes again with a day to come and is accepted.
    bodyOf(
      await w.client.client.post(proposalUrl(sent.id, "request-revision"), {
        note: "Still interested: can the price stand until mid-December?",
      }),
    );
    // Sent again with the lapsed day, it is refused; with a day to come, it goes.
    expectError(
      await w.provider.client.post(proposalUrl(sent.id, "submit")),
      422,
      "proposal_not_submittable",
    );
    const renewed = { ...terms, validUntil: "2026-12-15" };
    bodyOf(await w.provider.client.request("PUT", proposalUrl(sent.id), { terms: renewed }));
    bodyOf(await w.provider.client.post(proposalUrl(sent.id, "submit")));
    const accepted = bodyOf<ProposalBody>(
      await w.client.client.post(proposalUrl(sent.id, "accept")),
    );
    expect(accepted.status).toBe("accepted");
  });

  it("says, when a step comes out of order, what became of the proposal and which step it refuses, in the reader's language", async () => {
    const sent = await submittedProposal(w);
    bodyOf(await w.provider.client.post(proposalUrl(sent.id, "withdraw")));
    const colleague = await joinAs(t, w.client, w.clientOrg, "Chloé", "owner", "fr");

    const accepting = expectError(
      await w.client.client.post(proposalUrl(sent.id, "accept")),
      409,
      "proposal_wrong_state",
    );
    expect(accepting.message).toBe(
      "This proposal was withdrawn by the provider, so it cannot be accepted.",
    );
    const sendingAgain = expectError(
      await w.provider.client.post(proposalUrl(sent.id, "submit")),
      409,
      "proposal_wrong_state",
    );
    expect(sendingAgain.message).toBe(
      "This proposal was withdrawn by the provider, so it cannot be sent again.",
    );
    const declining = expectError(
      await colleague.client.post(proposalUrl(sent.id, "decline"), { reason: "Trop tard." }),
      409,
      "proposal_wrong_state",
    );
    expect(declining.message).toBe(
      "Cette proposition a été retirée par le prestataire : elle ne peut donc pas être refusée.",
    );
  });

  it("is declined with a reason the provider reads, and then nothing more happens to it", async () => {
    const sent = await submittedProposal(w);

    bodyOf(
      await w.client.client.post(proposalUrl(sent.id, "decline"), {
        reason: "We chose a provider closer to us.",
      }),
    );

    const providerView = bodyOf<ProposalBody>(await w.provider.client.get(proposalUrl(sent.id)));
    expect(providerView).toMatchObject({
      status: "declined",
      declineReason: "We chose a provider closer to us.",
      engagementId: null,
    });
    expectError(
      await w.client.client.post(proposalUrl(sent.id, "accept")),
      409,
      "proposal_wrong_state",
    );
    expectError(
      await w.client.client.post(proposalUrl(sent.id, "request-revision"), { note: "Please?" }),
      409,
      "proposal_wrong_state",
    );
    expectError(
      await w.provider.client.request("PUT", proposalUrl(sent.id), { terms: sent.terms }),
      409,
      "proposal_not_editable",
    );
  });

  it("the provider withdraws a sent proposal: the client can no longer accept it, and a new one may go", async () => {
    const sent = await submittedProposal(w);
    // Only the provider's owners and members take it back; the client, a viewer and others not.
    // The client's owner is told the step is the provider's, not that their role falls short
    // (until 5 December 2026 every such refusal of a proposal step blamed the role).
    const byClient = expectError(
      await w.client.client.post(proposalUrl(sent.id, "withdraw")),
      403,
      "forbidden",
    );
    expect(byClient.message).toBe(
      "Only the provider side takes this step; the client side cannot.",
    );
    const byProvider = expectError(
      await w.provider.client.post(proposalUrl(sent.id, "accept")),
      403,
      "forbidden",
    );
    expect(byProvider.message).toBe(
      "Only the client side takes this step; the provider side cannot.",
    );
    const viewer = await joinAs(t, w.provider, w.providerOrg, "Vic", "viewer");
    expectError(await viewer.client.post(proposalUrl(sent.id, "withdraw")), 403, "forbidden");
    const stranger = await signUpPerson(t.app, "Sten");
    await createOrg(stranger, "provider");
    expectError(await stranger.client.post(proposalUrl(sent.id, "withdraw")), 404, "not_found");

    const withdrawn = bodyOf<ProposalBody>(
      await w.provider.client.post(proposalUrl(sent.id, "withdraw")),
    );
    expect(withdrawn.status).toBe("withdrawn");
    expect((await listAs(w.client)).map((p) => [p.id, p.status])).toEqual([[sent.id, "withdrawn"]]);
    expectError(
      await w.client.client.post(proposalUrl(sent.id, "accept")),
      409,
      "proposal_wrong_state",
    );
    expectError(
      await w.provider.client.post(proposalUrl(sent.id, "withdraw")),
      409,
      "proposal_wrong_state",
    );
    // Its offer no longer stands: the provider may answer the brief again.
    bodyOf(await w.provider.client.post(proposalUrl((await draftProposal(w)).id, "submit")));
  });

  it("a draft the provider withdraws unsent stays out of the client's sight", async () => {
    const draft = await draftProposal(w);
    const withdrawn = bodyOf<ProposalBody>(
      await w.provider.client.post(proposalUrl(draft.id, "withdraw")),
    );
    expect([withdrawn.status, withdrawn.submittedAt]).toEqual(["withdrawn", null]);
    expect(await listAs(w.client)).toEqual([]);
    expectError(await w.client.client.get(proposalUrl(draft.id)), 404, "not_found");
    expect((await listAs(w.provider)).map((p) => [p.id, p.status])).toEqual([
      [draft.id, "withdrawn"],
    ]);
  });

  it("takes back neither an accepted nor a declined proposal; of a withdrawal and an acceptance at once, one wins", async () => {
    const declined = await submittedProposal(w);
    bodyOf(
      await w.client.client.post(proposalUrl(declined.id, "decline"), { reason: "Too late." }),
    );
    expectError(
      await w.provider.client.post(proposalUrl(declined.id, "withdraw")),
      409,
      "proposal_wrong_state",
    );
    const sent = await submittedProposal(w);
    const answers = await Promise.all([
      w.provider.client.post(proposalUrl(sent.id, "withdraw")),
      w.client.client.post(proposalUrl(sent.id, "accept")),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const { status } = bodyOf<ProposalBody>(await w.provider.client.get(proposalUrl(sent.id)));
    const engagements = await t.deps.db.selectFrom("engagements").select("id").execute();
    expect(engagements).toHaveLength(status === "accepted" ? 1 : 0);
    if (status === "accepted") {
      expectError(
        await w.provider.client.post(proposalUrl(sent.id, "withdraw")),
        409,
        "proposal_wrong_state",
      );
    } else expect(status).toBe("withdrawn");
  });

  it("keeps one open proposal of a provider to a brief: a second (or two at once) is refused, naming it; declined, a new one may go", async () => {
    const post = () =>
      w.provider.client.post(`/api/v1/briefs/${w.brief.id}/proposals`, {
        orgId: w.providerOrg.id,
        terms: proposalTerms(mustHaveOf(w.brief)),
      });
    const stored = () => t.deps.db.selectFrom("proposals").select(["id", "status"]).execute();
    const statuses = (await Promise.all([post(), post()])).map((r) => r.statusCode);
    expect(statuses.sort()).toEqual([201, 409]);
    const [draft] = await stored();
    expect(await stored()).toHaveLength(1);
    // Sent, it is still open: revising it is the way, not a second proposal.
    bodyOf(await w.provider.client.post(proposalUrl(draft!.id, "submit")));
    const again = expectError(await post(), 409, "proposal_open_on_brief");
    expect(again.message).toContain(w.brief.title);
    expect(await stored()).toHaveLength(1);
    // Another provider answers the same brief.
    const rival = await signUpPerson(t.app, "Rita");
    const rivalOrg = await createOrg(rival, "provider");
    bodyOf(
      await rival.client.post(`/api/v1/briefs/${w.brief.id}/proposals`, {
        orgId: rivalOrg.id,
        terms: proposalTerms(mustHaveOf(w.brief)),
      }),
      201,
    );
    // Declined, it is closed: the provider may write a new one.
    bodyOf(
      await w.client.client.post(proposalUrl(draft!.id, "decline"), { reason: "Too late for us." }),
    );
    bodyOf(await post(), 201);
    expect(await stored()).toHaveLength(3);
  });

  it("accepted, starts an active engagement with the proposal's terms as the first draft", async () => {
    const sent = await submittedProposal(w);

    const accepted = bodyOf<ProposalBody>(
      await w.client.client.post(proposalUrl(sent.id, "accept")),
    );

    expect(accepted.status).toBe("accepted");
    const engagementId = accepted.engagementId!;
    expect(engagementId).toEqual(expect.any(String));
    for (const [person, mySide] of [
      [w.client, "client"],
      [w.provider, "provider"],
    ] as const) {
      const engagement = bodyOf<Record<string, unknown>>(
        await person.client.get(`/api/v1/engagements/${engagementId}`),
      );
      expect(engagement).toMatchObject({
        title: w.brief.title,
        description: sent.terms.summary,
        status: "active",
        mySide,
        client: { id: w.clientOrg.id },
        provider: { id: w.providerOrg.id },
        initiator: { id: w.clientOrg.id },
      });
    }

    const agreement = bodyOf<OverviewBody>(
      await w.provider.client.get(`/api/v1/engagements/${engagementId}/agreement`),
    );
    expect(agreement.inForce).toBeNull();
    expect(agreement.versions).toHaveLength(1);
    const draft = agreement.draft!;
    expect(draft).toMatchObject({ version: 1, status: "draft", signatures: [], isSignable: true });
    expect(draft.terms).toMatchObject({
      deliverables: sent.terms.deliverables,
      milestones: sent.terms.milestones,
      remuneration: sent.terms.remuneration,
      paymentTermsDays: 30,
      additionalClauses: [],
    });
    expect(draft.terms.scope).toContain("Sell our ceramics online");
    expect(draft.terms.scope).toContain("Direct-to-consumer sales in the EU");
    const expectedHash = createHash("sha256").update(canonicalize(draft.terms)!).digest("hex");
    expect(draft.contentHash).toBe(expectedHash);

    const events = bodyOf<{ events: LedgerEventBody[] }>(
      await w.client.client.get(`/api/v1/engagements/${engagementId}/events`),
    ).events;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      seq: 1,
      type: "engagement.started_from_proposal",
      payload: { briefId: w.brief.id, proposalId: sent.id, revision: 1 },
    });
    expectError(
      await w.client.client.post(proposalUrl(sent.id, "accept")),
      409,
      "proposal_wrong_state",
    );
  });

  it("is answered by the client's owners and members, not by its viewers or the provider", async () => {
    const sent = await submittedProposal(w);
    const viewer = await joinAs(t, w.client, w.clientOrg, "Vera", "viewer");
    const member = await joinAs(t, w.client, w.clientOrg, "Max", "member");

    expect(bodyOf<ProposalBody>(await viewer.client.get(proposalUrl(sent.id))).id).toBe(sent.id);
    expectError(await viewer.client.post(proposalUrl(sent.id, "accept")), 403, "forbidden");
    expectError(await w.provider.client.post(proposalUrl(sent.id, "accept")), 403, "forbidden");
    expectError(
      await w.provider.client.post(proposalUrl(sent.id, "decline"), { reason: "Changed mind" }),
      403,
      "forbidden",
    );

    const accepted = bodyOf<ProposalBody>(await member.client.post(proposalUrl(sent.id, "accept")));
    expect(accepted.status).toBe("accepted");
  });

  it("comes only from provider organisations, and only to published briefs", async () => {
    const terms = proposalTerms(mustHaveOf(w.brief));
    const clientOwner = await signUpPerson(t.app, "Other client");
    const otherClientOrg = await createOrg(clientOwner, "client");
    expectError(
      await clientOwner.client.post(`/api/v1/briefs/${w.brief.id}/proposals`, {
        orgId: otherClientOrg.id,
        terms,
      }),
      422,
      "organisation_kind_wrong",
    );
    // Proposing in the name of an organisation one does not belong to reveals nothing.
    expectError(
      await clientOwner.client.post(`/api/v1/briefs/${w.brief.id}/proposals`, {
        orgId: w.providerOrg.id,
        terms,
      }),
      404,
      "not_found",
    );

    const draftBrief = bodyOf<{ id: string }>(
      await w.client.client.post("/api/v1/briefs", {
        orgId: w.clientOrg.id,
        title: "Not published yet",
        goals: [],
        successMeasures: [],
        mustHaves: [],
        niceToHaves: [],
        skillIds: [],
        budget: null,
        clientPeople: [],
        businessModelScope: "",
        constraints: [],
        earliestStart: null,
        deadline: null,
        preferredLanguages: [],
      }),
      201,
    );
    expectError(
      await w.provider.client.post(`/api/v1/briefs/${draftBrief.id}/proposals`, {
        orgId: w.providerOrg.id,
        terms,
      }),
      404,
      "not_found",
    );
  });
});
