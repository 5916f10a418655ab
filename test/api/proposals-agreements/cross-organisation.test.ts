import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../../support/test-app";
import { createOrg, expectError } from "../api-fixtures";
import {
  bodyOf,
  buildAgreementWorld,
  draftProposal,
  mustHaveOf,
  proposalTerms,
  publishBrief,
  submittedProposal,
  type AgreementWorld,
  type ProposalBody,
  type VersionBody,
} from "./proposal-fixtures";

type Request = [method: "GET" | "POST" | "PUT", url: string, body?: unknown];

interface World extends AgreementWorld {
  /** A proposal of the provider still in draft, and one sent and waiting for an answer. */
  draftId: string;
  pendingId: string;
  version: VersionBody;
}

/** Every proposal and agreement route, aimed at the world's data. */
const REQUESTS: Record<string, (w: World) => Request> = {
  "proposing to the brief for its provider": (w) => [
    "POST",
    `/api/v1/briefs/${w.brief.id}/proposals`,
    { orgId: w.providerOrg.id, terms: proposalTerms(mustHaveOf(w.brief)) },
  ],
  "the brief's proposals": (w) => ["GET", `/api/v1/briefs/${w.brief.id}/proposals`],
  "the accepted proposal": (w) => ["GET", `/api/v1/proposals/${w.proposal.id}`],
  "the draft proposal": (w) => ["GET", `/api/v1/proposals/${w.draftId}`],
  "rewriting the draft": (w) => [
    "PUT",
    `/api/v1/proposals/${w.draftId}`,
    { terms: proposalTerms(mustHaveOf(w.brief)) },
  ],
  "sending the draft": (w) => ["POST", `/api/v1/proposals/${w.draftId}/submit`],
  "declining the sent proposal": (w) => [
    "POST",
    `/api/v1/proposals/${w.pendingId}/decline`,
    { reason: "Sabotage" },
  ],
  "sending it back": (w) => [
    "POST",
    `/api/v1/proposals/${w.pendingId}/request-revision`,
    { note: "Sabotage" },
  ],
  "accepting it": (w) => ["POST", `/api/v1/proposals/${w.pendingId}/accept`],
  "the agreement": (w) => ["GET", `/api/v1/engagements/${w.engagementId}/agreement`],
  "a version": (w) => ["GET", `/api/v1/engagements/${w.engagementId}/agreement/versions/1`],
  "editing the draft": (w) => [
    "PUT",
    `/api/v1/engagements/${w.engagementId}/agreement/draft`,
    { terms: w.version.terms, baseHash: w.version.contentHash },
  ],
  "signing it": (w) => [
    "POST",
    `/api/v1/engagements/${w.engagementId}/agreement/versions/1/sign`,
    { contentHash: w.version.contentHash },
  ],
  "opening an amendment": (w) => [
    "POST",
    `/api/v1/engagements/${w.engagementId}/agreement/amendments`,
  ],
  "the diff": (w) => ["GET", `/api/v1/engagements/${w.engagementId}/agreement/diff?from=1&to=1`],
};

describe.each(DIALECTS)("proposals and agreements across organisations on %s", (dialect) => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    const accepted = await buildAgreementWorld(t);
    const draft = await draftProposal(accepted);
    // A provider has one open proposal to a brief: the sent one answers another brief.
    const pending = await submittedProposal({
      ...accepted,
      brief: await publishBrief(accepted.client, accepted.clientOrg.id),
    });
    const version = bodyOf<VersionBody>(
      await accepted.client.client.get(
        `/api/v1/engagements/${accepted.engagementId}/agreement/versions/1`,
      ),
    );
    w = { ...accepted, draftId: draft.id, pendingId: pending.id, version };
  });
  afterEach(async () => {
    await t.close();
  });

  async function outsiderOf(kind: "client" | "provider"): Promise<Person> {
    const outsider = await signUpPerson(t.app, "Oscar");
    await createOrg(outsider, kind);
    return outsider;
  }

  it.each(Object.keys(REQUESTS))(
    "another client organisation's owner gets 404 on %s",
    async (name) => {
      const outsider = await outsiderOf("client");
      const [method, url, body] = REQUESTS[name]!(w);

      const error = expectError(await outsider.client.request(method, url, body), 404, "not_found");

      expect(JSON.stringify(error)).not.toContain(w.brief.title);
    },
  );

  it("another provider sees the published brief, but none of its rivals' proposals or agreements", async () => {
    const rival = await outsiderOf("provider");
    for (const name of Object.keys(REQUESTS).filter(
      (n) => n !== "the brief's proposals" && !n.startsWith("proposing"),
    )) {
      const [method, url, body] = REQUESTS[name]!(w);
      expectError(await rival.client.request(method, url, body), 404, "not_found");
    }
    const listed = bodyOf<{ proposals: ProposalBody[] }>(
      await rival.client.get(`/api/v1/briefs/${w.brief.id}/proposals`),
    );
    expect(listed.proposals).toEqual([]);
  });

  it("leaves everything as it was after the outsiders' attempts", async () => {
    const outsider = await outsiderOf("client");
    for (const request of Object.values(REQUESTS)) {
      const [method, url, body] = request(w);
      await outsider.client.request(method, url, body);
    }
    const pending = bodyOf<ProposalBody>(
      await w.client.client.get(`/api/v1/proposals/${w.pendingId}`),
    );
    expect(pending.status).toBe("submitted");
    const version = bodyOf<VersionBody>(
      await w.provider.client.get(`/api/v1/engagements/${w.engagementId}/agreement/versions/1`),
    );
    expect(version.signatures).toEqual([]);
    expect(version.contentHash).toBe(w.version.contentHash);
  });
});
