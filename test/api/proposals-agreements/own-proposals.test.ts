import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import {
  buildProposalWorld,
  draftProposal,
  publishBrief,
  submittedProposal,
  type ProposalWorld,
} from "./proposal-fixtures";

describe.each(DIALECTS)("a provider's own proposals on %s", (dialect) => {
  let t: TestApp;
  let w: ProposalWorld;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    w = await buildProposalWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("lists every proposal the provider wrote, drafts included, newest first", async () => {
    const sent = await submittedProposal(w);
    t.clock.advance(1000);
    // One open proposal per brief: the draft answers another brief.
    const draft = await draftProposal({
      ...w,
      brief: await publishBrief(w.client, w.clientOrg.id),
    });
    const response = await w.provider.client.get(`/api/v1/proposals?orgId=${w.providerOrg.id}`);
    expect(response.statusCode).toBe(200);
    const { proposals } = response.json<{ proposals: { id: string; status: string }[] }>();
    expect(proposals.map((p) => [p.id, p.status])).toEqual([
      [draft.id, "draft"],
      [sent.id, "submitted"],
    ]);
  });

  it("shows them to nobody outside the provider organisation", async () => {
    const response = await w.client.client.get(`/api/v1/proposals?orgId=${w.providerOrg.id}`);
    expect(response.statusCode).toBe(404);
    const ownClientOrg = await w.client.client.get(`/api/v1/proposals?orgId=${w.clientOrg.id}`);
    expect(ownClientOrg.json()).toMatchObject({ error: { code: "organisation_kind_wrong" } });
  });
});
