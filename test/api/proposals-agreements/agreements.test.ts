import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AgreementTerms } from "../../../src/domain/agreement/terms";
import { DIALECTS } from "../../support/databases";
import { type Person, type TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import {
  buildAcceptedEngagement,
  createToken,
  expectError,
  withBearer,
  type LedgerEventBody,
} from "../api-fixtures";
import {
  bodyOf,
  buildAgreementWorld,
  joinAs,
  type AgreementWorld,
  type OverviewBody,
  type VersionBody,
} from "./proposal-fixtures";

const FRENCH_GAG = "Le client s'engage à ne pas publier d'avis négatif sur le prestataire.";

describe.each(DIALECTS)("agreements on %s", (dialect) => {
  let t: TestApp;
  let w: AgreementWorld;
  // Each test starts from a copy of one world built once per dialect.
  const world = worldCopies(dialect, (built) => buildAgreementWorld(built));
  beforeEach(async () => {
    ({ t, w } = await world.copy());
  });
  afterEach(async () => {
    await t.close();
  });

  const url = (path = "") => `/api/v1/engagements/${w.engagementId}/agreement${path}`;
  const overview = async (as: Person = w.client) =>
    bodyOf<OverviewBody>(await as.client.get(url()));
  const version = async (n: number, as: Person = w.client) =>
    bodyOf<VersionBody>(await as.client.get(url(`/versions/${n}`)));
  const edit = (as: Person, terms: AgreementTerms, baseHash: string) =>
    as.client.request("PUT", url("/draft"), { terms, baseHash });
  const sign = (as: Person, n: number, contentHash: string) =>
    as.client.post(url(`/versions/${n}/sign`), { contentHash });
  const events = async () =>
    bodyOf<{ events: LedgerEventBody[] }>(
      await w.client.client.get(`/api/v1/engagements/${w.engagementId}/events`),
    ).events;

  /** Both owners sign the version as it stands. */
  async function signByBoth(n: number): Promise<VersionBody> {
    const { contentHash } = await version(n);
    bodyOf(await sign(w.client, n, contentHash));
    return bodyOf<VersionBody>(await sign(w.provider, n, contentHash));
  }

  it("both sides edit the draft, and an edit made on a stale copy is refused", async () => {
    const v1 = await version(1);
    const byProvider = bodyOf<VersionBody>(
      await edit(w.provider, { ...v1.terms, methodology: "Weekly demos." }, v1.contentHash),
    );
    expect(byProvider.contentHash).not.toBe(v1.contentHash);
    expect(byProvider.terms.methodology).toBe("Weekly demos.");

    // The client still holds the text it opened before the provider's edit.
    expectError(
      await edit(w.client, { ...v1.terms, paymentTermsDays: 14 }, v1.contentHash),
      409,
      "agreement_stale",
    );
    const byClient = bodyOf<VersionBody>(
      await edit(w.client, { ...byProvider.terms, paymentTermsDays: 14 }, byProvider.contentHash),
    );

    expect(byClient.terms).toMatchObject({ methodology: "Weekly demos.", paymentTermsDays: 14 });
    const edits = (await events()).filter((e) => e.type === "agreement.draft_edited");
    expect(edits.map((e) => e.payload)).toEqual([
      expect.objectContaining({
        version: 1,
        previousHash: v1.contentHash,
        contentHash: byProvider.contentHash,
        side: "provider",
        removedSignatures: [],
      }),
      expect.objectContaining({
        version: 1,
        previousHash: byProvider.contentHash,
        contentHash: byClient.contentHash,
        side: "client",
      }),
    ]);
  });

  it("refuses a draft with a milestone due more than ten years ahead, naming the field and the limit, and keeps the draft", async () => {
    const v1 = await version(1);
    const milestones = v1.terms.milestones.map((m) => ({ ...m, dueDate: "3026-01-15" }));
    const refused = expectError(
      await edit(w.client, { ...v1.terms, milestones }, v1.contentHash),
      400,
      "validation_failed",
    );
    expect(refused.fields).toEqual([
      expect.objectContaining({ path: "terms.milestones.0.dueDate", code: "day_too_far_ahead" }),
    ]);
    expect(refused.fields?.[0]?.message).toContain("November 22, 2036");
    expect((await version(1)).contentHash).toBe(v1.contentHash);
    expect((await events()).filter((e) => e.type === "agreement.draft_edited")).toEqual([]);
  });

  it("refuses a draft where two deliverables, milestones or criteria share an id, naming the second, and keeps the draft", async () => {
    const v1 = await version(1);
    const [d1, d2] = v1.terms.deliverables;
    const [m1, m2] = v1.terms.milestones;
    const [c1] = d1!.criteria;
    // Until 5 December 2026 these were signed: a hand-in to "d1" then had two deliverables to
    // mean, and a verdict on "c1" two criteria.
    const repeated: AgreementTerms = {
      ...v1.terms,
      deliverables: [
        { ...d1!, criteria: [c1!, { ...c1!, statement: "Another criterion" }] },
        { ...d2!, id: d1!.id },
      ],
      milestones: [m1!, { ...m2!, id: m1!.id }],
    };
    const refused = expectError(
      await edit(w.client, repeated, v1.contentHash),
      400,
      "validation_failed",
    );
    expect(refused.fields?.map((f) => [f.path, f.code]).sort()).toEqual([
      ["terms.deliverables.0.criteria.1.id", "id_repeated"],
      ["terms.deliverables.1.id", "id_repeated"],
      ["terms.milestones.1.id", "id_repeated"],
    ]);
    expect(refused.fields?.[0]?.message).toMatch(/id/);
    expect((await version(1)).contentHash).toBe(v1.contentHash);
    expect((await events()).filter((e) => e.type === "agreement.draft_edited")).toEqual([]);
    // The same criterion id in two deliverables is two criteria: each is judged in its own.
    const apart = { ...v1.terms, deliverables: [d1!, { ...d2!, criteria: [c1!] }] };
    bodyOf(await edit(w.client, apart, v1.contentHash));
  });

  it("an edit removes a signature given to the earlier text, and the ledger says whose", async () => {
    const v1 = await version(1);
    const signed = bodyOf<VersionBody>(await sign(w.client, 1, v1.contentHash));
    expect(signed.signatures).toEqual([
      expect.objectContaining({ side: "client", userId: w.client.userId, orgId: w.clientOrg.id }),
    ]);

    const edited = bodyOf<VersionBody>(
      await edit(w.provider, { ...v1.terms, noticePeriodDays: 45 }, v1.contentHash),
    );

    expect(edited.signatures).toEqual([]);
    expect(edited.status).toBe("draft");
    const last = (await events()).at(-1);
    expect(last?.type).toBe("agreement.draft_edited");
    expect(last?.payload.removedSignatures).toEqual([
      { side: "client", userId: w.client.userId, contentHash: v1.contentHash },
    ]);
  });

  it("only an owner signs, and only for their own side", async () => {
    const { contentHash } = await version(1);
    const providerMember = await joinAs(t, w.provider, w.providerOrg, "Mona", "member");
    const clientViewer = await joinAs(t, w.client, w.clientOrg, "Vic", "viewer");
    const token = await createToken(w.client, w.clientOrg.id, ["engagements:write"]);

    expectError(await sign(providerMember, 1, contentHash), 403, "forbidden");
    expectError(await sign(clientViewer, 1, contentHash), 403, "forbidden");
    expectError(
      await withBearer(t.app, token.token, "POST", url("/versions/1/sign"), { contentHash }),
      403,
      "token_scope_missing",
    );
    expectError(await sign(w.client, 1, "f".repeat(64)), 409, "agreement_stale");

    const signed = bodyOf<VersionBody>(await sign(w.client, 1, contentHash));
    expect(signed.signatures.map((s) => [s.side, s.userId, s.orgId])).toEqual([
      ["client", w.client.userId, w.clientOrg.id],
    ]);
    // Signing again cannot fill the provider's place: the side follows the signer's organisation.
    expectError(await sign(w.client, 1, contentHash), 409, "agreement_already_signed");
    const after = await version(1, w.provider);
    expect(after.status).toBe("draft");
    expect(after.signatures.map((s) => s.side)).toEqual(["client"]);
  });

  it("a paid milestone without a deliverable makes the draft unsignable", async () => {
    const v1 = await version(1);
    const unearnable = bodyOf<VersionBody>(
      await edit(
        w.client,
        {
          ...v1.terms,
          deliverables: v1.terms.deliverables.map((d) => ({ ...d, milestoneId: "m2" })),
        },
        v1.contentHash,
      ),
    );
    expect(unearnable.isSignable).toBe(false);
    expect(unearnable.findings).toContainEqual(
      expect.objectContaining({
        code: "milestone_paid_without_deliverable",
        severity: "blocking",
        path: "terms.milestones.0.amountMinor",
      }),
    );
    const refused = expectError(
      await sign(w.provider, 1, unearnable.contentHash),
      422,
      "agreement_not_signable",
    );
    expect(refused.fields?.map((f) => f.code)).toEqual(["milestone_paid_without_deliverable"]);
  });

  it("a gag clause in French makes the draft unsignable until it is removed", async () => {
    const v1 = await version(1);
    const gagged = bodyOf<VersionBody>(
      await edit(
        w.client,
        { ...v1.terms, additionalClauses: [{ id: "x1", text: FRENCH_GAG }] },
        v1.contentHash,
      ),
    );
    expect(gagged.isSignable).toBe(false);
    expect(gagged.findings).toContainEqual(
      expect.objectContaining({
        code: "review_gag_clause",
        severity: "blocking",
        path: "terms.additionalClauses.0.text",
      }),
    );

    const refused = expectError(
      await sign(w.provider, 1, gagged.contentHash),
      422,
      "agreement_not_signable",
    );
    expect(refused.fields).toEqual([
      expect.objectContaining({
        path: "terms.additionalClauses.0.text",
        code: "review_gag_clause",
      }),
    ]);
    expect((await version(1)).signatures).toEqual([]);

    const cleaned = bodyOf<VersionBody>(
      await edit(w.provider, { ...gagged.terms, additionalClauses: [] }, gagged.contentHash),
    );
    expect(cleaned.isSignable).toBe(true);
    expect(cleaned.contentHash).toBe(v1.contentHash);
    expect((await signByBoth(1)).status).toBe("in_force");
  });

  it("a price under the provider's floor blocks signing unless the provider waives it", async () => {
    bodyOf(
      await w.provider.client.request("PUT", `/api/v1/providers/${w.providerOrg.id}`, {
        headline: "Shops that sell",
        description: "",
        skillIds: ["web.ecommerce"],
        languages: ["en"],
        timeZones: [],
        rates: [],
        floorRate: { currency: "EUR", amountMinor: 100_000, unit: "day" },
        availableFrom: null,
      }),
    );
    const v1 = await version(1);
    expect(v1.isSignable).toBe(false);
    expect(v1.findings.find((f) => f.code === "price_below_floor")?.severity).toBe("blocking");
    expectError(await sign(w.client, 1, v1.contentHash), 422, "agreement_not_signable");

    const waived = bodyOf<VersionBody>(
      await edit(w.provider, { ...v1.terms, isFloorWaived: true }, v1.contentHash),
    );
    expect(waived.isSignable).toBe(true);
  });

  it("signed by both owners, comes into force; the ledger records each step and stays intact", async () => {
    const v1 = await version(1);
    bodyOf(await edit(w.provider, { ...v1.terms, reviewWindowDays: 7 }, v1.contentHash));

    const inForce = await signByBoth(1);

    expect(inForce.status).toBe("in_force");
    expect(inForce.inForceAt).toBe(t.clock.now().toISOString());
    expect(inForce.isSignable).toBe(false);
    expect(inForce.signatures.map((s) => s.side).sort()).toEqual(["client", "provider"]);
    const agreement = await overview(w.provider);
    expect(agreement.draft).toBeNull();
    expect(agreement.inForce?.version).toBe(1);

    expect((await events()).map((e) => e.type)).toEqual([
      "engagement.started_from_proposal",
      "agreement.draft_edited",
      "agreement.signed",
      "agreement.signed",
      "agreement.in_force",
    ]);
    const verdict = bodyOf<{ isIntact: boolean; eventCount: number }>(
      await w.provider.client.get(`/api/v1/engagements/${w.engagementId}/ledger/verify`),
    );
    expect(verdict).toMatchObject({ isIntact: true, eventCount: 5 });

    // A signed version never changes, and is not signed twice.
    expectError(
      await edit(w.client, { ...inForce.terms, paymentTermsDays: 10 }, inForce.contentHash),
      409,
      "agreement_version_signed",
    );
    expectError(await sign(w.client, 1, inForce.contentHash), 409, "agreement_version_signed");
  });

  it("an amendment leaves the version in force until both sides sign it", async () => {
    await signByBoth(1);
    const opened = bodyOf<VersionBody>(await w.provider.client.post(url("/amendments")), 201);
    const v1 = await version(1);
    expect(opened).toMatchObject({ version: 2, status: "draft", signatures: [] });
    expect(opened.contentHash).toBe(v1.contentHash);
    expectError(await w.client.client.post(url("/amendments")), 409, "agreement_draft_exists");

    const changed = structuredClone(opened.terms);
    changed.deliverables[0]!.criteria[1]!.statement = "Pages load in under 1.5 seconds";
    changed.paymentTermsDays = 14;
    const v2 = bodyOf<VersionBody>(await edit(w.client, changed, opened.contentHash));
    bodyOf(await sign(w.client, 2, v2.contentHash));

    const meanwhile = await overview(w.provider);
    expect(meanwhile.inForce?.version).toBe(1);
    expect(meanwhile.draft?.version).toBe(2);

    const signed = bodyOf<VersionBody>(await sign(w.provider, 2, v2.contentHash));
    expect(signed.status).toBe("in_force");
    const after = await overview();
    expect(after.inForce?.version).toBe(2);
    expect(after.versions.map((v) => [v.version, v.status])).toEqual([
      [1, "superseded"],
      [2, "in_force"],
    ]);
    const last = (await events()).at(-1);
    expect(last).toMatchObject({
      type: "agreement.in_force",
      payload: { version: 2, supersededVersion: 1 },
    });

    const diff = bodyOf<{ from: number; to: number; changes: unknown[] }>(
      await w.provider.client.get(url("/diff?from=1&to=2")),
    );
    expect(diff).toEqual({
      from: 1,
      to: 2,
      changes: [
        {
          path: "deliverables.0.criteria.1.statement",
          kind: "changed",
          before: "Pages load in under 2 seconds",
          after: "Pages load in under 1.5 seconds",
        },
        { path: "paymentTermsDays", kind: "changed", before: 30, after: 14 },
      ],
    });
  });

  it("two owners signing at the same moment still bring the version into force, once", async () => {
    const { contentHash } = await version(1);

    const answers = await Promise.all([
      sign(w.client, 1, contentHash),
      sign(w.provider, 1, contentHash),
    ]);

    expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
    expect((await version(1)).status).toBe("in_force");
    const types = (await events()).map((e) => e.type);
    expect(types.filter((type) => type === "agreement.in_force")).toHaveLength(1);
  });

  it("of two owners of one side signing at once, one signs for the side and the other is told it has signed", async () => {
    const { contentHash } = await version(1);
    const otherOwner = await joinAs(t, w.client, w.clientOrg, "Cleo", "owner", "es");

    const answers = await Promise.all([
      sign(w.client, 1, contentHash),
      sign(otherOwner, 1, contentHash),
    ]);

    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const refused = answers.find((a) => a.statusCode === 409)!;
    expectError(refused, 409, "agreement_already_signed");
    const v1 = await version(1);
    expect(v1.status).toBe("draft");
    expect(v1.signatures.map((s) => s.side)).toEqual(["client"]);
    const signed = (await events()).filter((e) => e.type === "agreement.signed");
    expect(signed).toHaveLength(1);
  });

  it("of two edits made from the same text at once, one wins and the other is told it is stale", async () => {
    const v1 = await version(1);

    const answers = await Promise.all([
      edit(w.client, { ...v1.terms, paymentTermsDays: 14 }, v1.contentHash),
      edit(w.provider, { ...v1.terms, paymentTermsDays: 45 }, v1.contentHash),
    ]);

    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const kept = await version(1);
    const winner = answers.find((a) => a.statusCode === 200)!.json<VersionBody>();
    expect(kept.contentHash).toBe(winner.contentHash);
    expect((await events()).filter((e) => e.type === "agreement.draft_edited")).toHaveLength(1);
  });

  it("opens no amendment while the first draft is still open", async () => {
    expectError(await w.client.client.post(url("/amendments")), 409, "agreement_draft_exists");
    expect((await overview()).versions).toHaveLength(1);
  });

  it("has no version a reader asks for that does not exist", async () => {
    expectError(await w.client.client.get(url("/versions/7")), 404, "not_found");
    expectError(await w.client.client.get(url("/diff?from=1&to=7")), 404, "not_found");
    expectError(await sign(w.client, 7, "a".repeat(64)), 404, "not_found");
  });

  it("an engagement that did not start from a proposal has no agreement yet", async () => {
    const joined = await buildAcceptedEngagement(t);
    const base = `/api/v1/engagements/${joined.engagement.id}/agreement`;

    expect(bodyOf<OverviewBody>(await joined.provider.client.get(base))).toEqual({
      engagementId: joined.engagement.id,
      inForce: null,
      draft: null,
      versions: [],
    });
    expectError(
      await joined.client.client.request("PUT", `${base}/draft`, {
        terms: (await version(1)).terms,
        baseHash: "0".repeat(64),
      }),
      404,
      "not_found",
    );
    expectError(await joined.client.client.post(`${base}/amendments`), 404, "not_found");
  });
});
