import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, invitationTokenFromMailbox, type TestApp } from "../../support/test-app";
import { DAY_MS, expectError, startEngagement } from "../api-fixtures";
import {
  bodyOf,
  buildProposalWorld,
  draftBrief,
  draftProposal,
  joinAs,
  submittedProposal,
  type BriefBody,
  type ProposalBody,
  type ProposalWorld,
  type VersionBody,
} from "../proposals-agreements/proposal-fixtures";

/**
 * A suspension or an expulsion stops an organisation from starting new engagements by every
 * road there is: starting one, publishing a brief, sending a proposal, having one accepted,
 * accepting one, signing the first agreement that would put one in force. The refusal names the
 * sanction and when a suspension ends, in the reader's language; what already runs goes on.
 */
describe.each(DIALECTS)("sanctions and new engagements on %s", (dialect) => {
  let t: TestApp;
  let w: ProposalWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildProposalWorld(t);
  });
  afterEach(async () => {
    await t.close();
  });

  /**
   * The case and sanction a moderator's decision leaves (the decision itself is tested in
   * moderation.test.ts): these organisations share no engagement yet to report anything in.
   */
  async function sanction(orgId: string, kind: "suspension" | "expulsion", days?: number) {
    const now = t.clock.now();
    const caseId = `c-${orgId}-${kind}`;
    await t.deps.db
      .insertInto("moderation_cases")
      .values({
        id: caseId,
        engagement_id: null,
        source: "report",
        subject_kind: "message",
        subject_id: "m",
        accused_org_id: orgId,
        complainant_org_id: null,
        reported_by: null,
        reason: "A threat",
        evidence: "{}",
        status: "decided",
        response_due_at: now.toISOString(),
        response: null,
        responded_at: null,
        decision: kind,
        decision_reason: "A threat",
        decided_by: null,
        decided_at: now.toISOString(),
        suspension_days: days ?? null,
        appeal_reason: null,
        appealed_by: null,
        appealed_at: null,
        appeal_outcome: null,
        appeal_decision_reason: null,
        appeal_decided_by: null,
        appeal_decided_at: null,
        created_at: now.toISOString(),
      })
      .execute();
    await t.deps.db
      .insertInto("org_sanctions")
      .values({
        id: `s-${orgId}-${kind}`,
        org_id: orgId,
        case_id: caseId,
        kind,
        starts_at: now.toISOString(),
        ends_at: days ? new Date(now.getTime() + days * DAY_MS).toISOString() : null,
        lifted_at: null,
      })
      .execute();
  }

  it("keeps a suspended provider from sending a proposal until the suspension ends", async () => {
    const draft = await draftProposal(w);
    await sanction(w.providerOrg.id, "suspension", 5);
    const submit = () => w.provider.client.post(`/api/v1/proposals/${draft.id}/submit`);
    expectError(await submit(), 403, "organisation_suspended");
    t.clock.advance(5 * DAY_MS);
    expect((await submit()).statusCode).toBe(200);
  });

  it("refuses to start an engagement from a proposal when either side is under a sanction", async () => {
    const sent = await submittedProposal(w);
    const accept = () => w.client.client.post(`/api/v1/proposals/${sent.id}/accept`);
    await sanction(w.providerOrg.id, "expulsion");
    const refused = expectError(await accept(), 409, "counterpart_suspended");
    expect(refused.message).toContain("expelled");
    await t.deps.db.deleteFrom("org_sanctions").execute();
    await sanction(w.clientOrg.id, "suspension", 3);
    expectError(await accept(), 403, "organisation_suspended");
    t.clock.advance(3 * DAY_MS);
    expect(bodyOf<{ engagementId: string | null }>(await accept()).engagementId).toBeTruthy();
  });

  it("refuses to take the other side of an engagement under a sanction, of either side", async () => {
    await startEngagement(w.client, w.clientOrg, w.provider.email, "A new shop");
    const token = await invitationTokenFromMailbox(t.deps, w.provider.email);
    const accept = () =>
      w.provider.client.post(`/api/v1/invitations/${token}/accept`, { orgId: w.providerOrg.id });
    await sanction(w.providerOrg.id, "suspension", 2);
    expectError(await accept(), 403, "organisation_suspended");
    await t.deps.db.deleteFrom("org_sanctions").execute();
    await sanction(w.clientOrg.id, "expulsion");
    expectError(await accept(), 409, "counterpart_suspended");
    await t.deps.db.deleteFrom("org_sanctions").execute();
    expect((await accept()).statusCode).toBe(200);
  });

  it("keeps a suspended client from publishing a brief, saying until when in the reader's language", async () => {
    const draft = await draftBrief(w.client, w.clientOrg.id);
    const camille = await joinAs(t, w.client, w.clientOrg, "Camille", "owner", "fr");
    await sanction(w.clientOrg.id, "suspension", 5);
    const publish = (as = w.client) => as.client.post(`/api/v1/briefs/${draft.id}/publish`);
    const refused = expectError(await publish(), 403, "organisation_suspended");
    // The clock starts on 2026-11-22 at 09:00 UTC: five days on.
    expect(refused.message).toContain("until November 27, 2026 at 9:00");
    expect(refused.message).toContain("UTC");
    const refusedFr = expectError(await publish(camille), 403, "organisation_suspended");
    expect(refusedFr.message).toContain("suspendue");
    expect(refusedFr.message).toContain("jusqu’au 27 novembre 2026");
    // Nothing half-done: the brief is still a draft nobody else sees.
    const still = bodyOf<BriefBody>(await w.client.client.get(`/api/v1/briefs/${draft.id}`));
    expect(still.status).toBe("draft");
    // The suspension ends by itself at its end, to the second.
    t.clock.advance(5 * DAY_MS - 1000);
    expectError(await publish(), 403, "organisation_suspended");
    t.clock.advance(1000);
    expect(bodyOf<BriefBody>(await publish()).status).toBe("published");
  });

  it("keeps an expelled client from publishing a brief, saying it was expelled, with no end", async () => {
    const draft = await draftBrief(w.client, w.clientOrg.id);
    await sanction(w.clientOrg.id, "expulsion");
    const publish = () => w.client.client.post(`/api/v1/briefs/${draft.id}/publish`);
    const refused = expectError(await publish(), 403, "organisation_suspended");
    expect(refused.message).toContain("expelled");
    expect(refused.message).not.toContain("until");
    // An expulsion has no end (a week on: sessions last no longer).
    t.clock.advance(7 * DAY_MS);
    expectError(await publish(), 403, "organisation_suspended");
  });

  it("names the end of the other side's suspension to whoever would start an engagement with it", async () => {
    const sent = await submittedProposal(w);
    await sanction(w.providerOrg.id, "suspension", 2);
    const refused = expectError(
      await w.client.client.post(`/api/v1/proposals/${sent.id}/accept`),
      409,
      "counterpart_suspended",
    );
    expect(refused.message).toContain("until November 24, 2026 at 9:00");
  });

  it("refuses the first signature of an agreement under a sanction of either side, not an amendment's", async () => {
    const sent = await submittedProposal(w);
    const accepted = bodyOf<ProposalBody>(
      await w.client.client.post(`/api/v1/proposals/${sent.id}/accept`, { keepBriefOpen: true }),
    );
    const url = (path: string) => `/api/v1/engagements/${accepted.engagementId}/agreement${path}`;
    const v1 = bodyOf<VersionBody>(await w.client.client.get(url("/versions/1")));
    const sign = (as = w.client, n = 1, contentHash = v1.contentHash) =>
      as.client.post(url(`/versions/${n}/sign`), { contentHash });

    await sanction(w.providerOrg.id, "suspension", 3);
    const own = expectError(await sign(w.provider), 403, "organisation_suspended");
    expect(own.message).toContain("November 25, 2026");
    expectError(await sign(w.client), 409, "counterpart_suspended");
    // Nothing was signed on the way.
    const unsigned = bodyOf<VersionBody>(await w.client.client.get(url("/versions/1")));
    expect(unsigned.status).toBe("draft");

    t.clock.advance(3 * DAY_MS);
    bodyOf(await sign(w.client));
    expect(bodyOf<VersionBody>(await sign(w.provider)).status).toBe("in_force");

    // Work already under way goes on: a suspension later does not stop an amendment.
    await t.deps.db.deleteFrom("org_sanctions").execute();
    await t.deps.db.deleteFrom("moderation_cases").execute();
    await sanction(w.providerOrg.id, "suspension", 10);
    const v2 = bodyOf<VersionBody>(await w.client.client.post(url("/amendments")), 201);
    bodyOf(await sign(w.client, v2.version, v2.contentHash));
    expect(bodyOf<VersionBody>(await sign(w.provider, v2.version, v2.contentHash)).status).toBe(
      "in_force",
    );
  });

  it("keeps a suspended client's brief from inviting or receiving proposals, and says why", async () => {
    const draft = await draftProposal(w);
    const invite = () =>
      w.client.client.post(`/api/v1/briefs/${w.brief.id}/shortlist`, {
        providerOrgId: w.providerOrg.id,
        isInvited: true,
      });
    await sanction(w.clientOrg.id, "suspension", 4);
    expectError(await invite(), 403, "organisation_suspended");
    // A brief published before the suspension takes no proposal it could not accept.
    const submit = () => w.provider.client.post(`/api/v1/proposals/${draft.id}/submit`);
    const refused = expectError(await submit(), 409, "counterpart_suspended");
    expect(refused.message).toContain("until November 26, 2026 at 9:00");
    // A bookmark on the shortlist asks nothing of anyone.
    const keep = await w.client.client.post(`/api/v1/briefs/${w.brief.id}/shortlist`, {
      providerOrgId: w.providerOrg.id,
      isInvited: false,
    });
    expect(keep.statusCode, keep.body).toBeLessThan(300);
    t.clock.advance(4 * DAY_MS);
    expect((await invite()).statusCode).toBeLessThan(300);
    expect((await submit()).statusCode).toBe(200);
  });

  it("does not invite an expelled provider to propose", async () => {
    await sanction(w.providerOrg.id, "expulsion");
    const refused = expectError(
      await w.client.client.post(`/api/v1/briefs/${w.brief.id}/shortlist`, {
        providerOrgId: w.providerOrg.id,
        isInvited: true,
      }),
      409,
      "counterpart_suspended",
    );
    expect(refused.message).toContain("expelled");
  });
});
