import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, invitationTokenFromMailbox, type TestApp } from "../../support/test-app";
import { DAY_MS, expectError, startEngagement } from "../api-fixtures";
import {
  bodyOf,
  buildProposalWorld,
  draftProposal,
  submittedProposal,
  type ProposalWorld,
} from "../proposals-agreements/proposal-fixtures";

/**
 * A suspension or an expulsion stops an organisation from starting new engagements by every
 * road there is: starting one, sending a proposal, having one accepted, accepting one.
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
    expect(refused.message).toContain("suspended");
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
});
