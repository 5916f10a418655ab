import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { expectError, type LedgerEventBody } from "../api-fixtures";
import {
  bodyOf,
  buildProposalWorld,
  draftProposal,
  mustHaveOf,
  proposalTerms,
  type OverviewBody,
  type ProposalBody,
  type VersionBody,
} from "./proposal-fixtures";

describe.each(DIALECTS)("from brief to amended agreement on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it("runs the whole path, and the ledger holds every step in order, intact", async () => {
    const w = await buildProposalWorld(t);
    const { client, provider } = w;
    const terms = proposalTerms(mustHaveOf(w.brief));

    // Propose: refused while unmeasurable, then sent, revised and sent again.
    const draft = await draftProposal(w, {
      ...terms,
      deliverables: [{ ...terms.deliverables[0]!, criteria: [] }],
    });
    const p = `/api/v1/proposals/${draft.id}`;
    expectError(await provider.client.post(`${p}/submit`), 422, "proposal_not_submittable");
    bodyOf(await provider.client.request("PUT", p, { terms }));
    bodyOf(await provider.client.post(`${p}/submit`));
    bodyOf(await client.client.post(`${p}/request-revision`, { note: "Cheaper, please" }));
    const cheaper = {
      ...terms,
      remuneration: { ...terms.remuneration, amountMinor: 1_100_000 },
    };
    bodyOf(await provider.client.request("PUT", p, { terms: cheaper }));
    expect(bodyOf<ProposalBody>(await provider.client.post(`${p}/submit`)).revision).toBe(2);
    const accepted = bodyOf<ProposalBody>(await client.client.post(`${p}/accept`));
    const e = `/api/v1/engagements/${accepted.engagementId}`;

    // Agree: both edit, both sign.
    const v1 = bodyOf<OverviewBody>(await client.client.get(`${e}/agreement`)).draft!;
    expect(v1.terms.remuneration.amountMinor).toBe(1_100_000);
    const edited = bodyOf<VersionBody>(
      await provider.client.request("PUT", `${e}/agreement/draft`, {
        terms: { ...v1.terms, handOverDuties: ["Admin access to the shop"] },
        baseHash: v1.contentHash,
      }),
    );
    for (const signer of [client, provider])
      bodyOf(
        await signer.client.post(`${e}/agreement/versions/1/sign`, {
          contentHash: edited.contentHash,
        }),
      );

    // Amend: the version in force stays until both sign the amendment.
    const v2 = bodyOf<VersionBody>(await client.client.post(`${e}/agreement/amendments`), 201);
    const amended = bodyOf<VersionBody>(
      await client.client.request("PUT", `${e}/agreement/draft`, {
        terms: { ...v2.terms, noticePeriodDays: 60 },
        baseHash: v2.contentHash,
      }),
    );
    for (const signer of [provider, client])
      bodyOf(
        await signer.client.post(`${e}/agreement/versions/2/sign`, {
          contentHash: amended.contentHash,
        }),
      );

    const agreement = bodyOf<OverviewBody>(await provider.client.get(`${e}/agreement`));
    expect(agreement.versions.map((v) => v.status)).toEqual(["superseded", "in_force"]);
    const events = bodyOf<{ events: LedgerEventBody[] }>(await client.client.get(`${e}/events`));
    expect(events.events.map((ev) => ev.type)).toEqual([
      "engagement.started_from_proposal",
      "agreement.draft_edited",
      "agreement.signed",
      "agreement.signed",
      "agreement.in_force",
      "agreement.amendment_opened",
      "agreement.draft_edited",
      "agreement.signed",
      "agreement.signed",
      "agreement.in_force",
    ]);
    expect(events.events[0]?.payload).toMatchObject({ proposalId: draft.id, revision: 2 });
    const verdict = bodyOf<{ isIntact: boolean; eventCount: number }>(
      await provider.client.get(`${e}/ledger/verify`),
    );
    expect(verdict).toEqual(expect.objectContaining({ isIntact: true, eventCount: 10 }));
  });
});
