import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../../support/test-app";
import { createOrg } from "../api-fixtures";
import {
  bodyOf,
  buildAgreementWorld,
  buildProposalWorld,
  submittedProposal,
  type VersionBody,
} from "../proposals-agreements/proposal-fixtures";

interface OnboardingBody {
  kind: string;
  steps: { step: string; isDone: boolean }[];
  isComplete: boolean;
}

async function onboarding(person: Person, orgId: string) {
  return bodyOf<OnboardingBody>(await person.client.get(`/api/v1/orgs/${orgId}/onboarding`));
}

const done = (body: OnboardingBody) => body.steps.filter((s) => s.isDone).map((s) => s.step);

const PROFILE = {
  headline: "Shops that sell",
  description: "We build online shops.",
  skillIds: ["web.ecommerce"],
  languages: ["en"],
  timeZones: ["Europe/Paris"],
  rates: [],
  floorRate: null,
  availableFrom: null,
};

describe.each(DIALECTS)("a new organisation's first steps on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it("starts a client with four steps, none done", async () => {
    const clara = await signUpPerson(t.app, "Clara");
    const org = await createOrg(clara, "client");
    expect(await onboarding(clara, org.id)).toEqual({
      orgId: org.id,
      kind: "client",
      steps: [
        { step: "write_brief", isDone: false },
        { step: "review_matches", isDone: false },
        { step: "accept_proposal", isDone: false },
        { step: "sign", isDone: false },
      ],
      isComplete: false,
    });
  });

  it("ticks the client's steps as the brief is published, a provider invited, a proposal accepted and the agreement signed", async () => {
    const w = await buildProposalWorld(t);
    expect(done(await onboarding(w.client, w.clientOrg.id))).toEqual(["write_brief"]);

    const invited = await w.client.client.post(`/api/v1/briefs/${w.brief.id}/shortlist`, {
      providerOrgId: w.providerOrg.id,
      isInvited: true,
    });
    expect(invited.statusCode, invited.body).toBeLessThan(300);
    expect(done(await onboarding(w.client, w.clientOrg.id))).toEqual([
      "write_brief",
      "review_matches",
    ]);

    const proposal = await submittedProposal(w);
    const accepted = bodyOf<{ engagementId: string }>(
      await w.client.client.post(`/api/v1/proposals/${proposal.id}/accept`, {}),
    );
    expect(done(await onboarding(w.client, w.clientOrg.id))).toEqual([
      "write_brief",
      "review_matches",
      "accept_proposal",
    ]);

    const url = `/api/v1/engagements/${accepted.engagementId}/agreement/versions/1`;
    const draft = bodyOf<VersionBody>(await w.client.client.get(url));
    bodyOf(await w.client.client.post(`${url}/sign`, { contentHash: draft.contentHash }));
    const after = await onboarding(w.client, w.clientOrg.id);
    expect(after.isComplete).toBe(true);
  });

  it("ticks the provider's profile, then its rates and floor, then its answer to an invitation", async () => {
    const w = await buildProposalWorld(t);
    const url = `/api/v1/providers/${w.providerOrg.id}`;
    expect(done(await onboarding(w.provider, w.providerOrg.id))).toEqual([]);

    expect((await w.provider.client.request("PUT", url, PROFILE)).statusCode).toBe(200);
    expect(done(await onboarding(w.provider, w.providerOrg.id))).toEqual(["profile"]);

    const priced = {
      ...PROFILE,
      rates: [{ unit: "day", amountMinor: 30_000, currency: "EUR" }],
      floorRate: { currency: "EUR", amountMinor: 25_000, unit: "day" },
    };
    expect((await w.provider.client.request("PUT", url, priced)).statusCode).toBe(200);
    expect(done(await onboarding(w.provider, w.providerOrg.id))).toEqual([
      "profile",
      "rates_and_floor",
    ]);

    await submittedProposal(w);
    expect((await onboarding(w.provider, w.providerOrg.id)).isComplete).toBe(true);
  });

  it("is read by the organisation's members only", async () => {
    const w = await buildAgreementWorld(t);
    const response = await w.provider.client.get(`/api/v1/orgs/${w.clientOrg.id}/onboarding`);
    expect(response.statusCode).toBe(404);
  });
});
