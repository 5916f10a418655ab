import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rescoreAll } from "../../../src/server/modules/relationship-health/rescore-all";
import { DIALECTS } from "../../support/databases";
import {
  buildTestApp,
  invitationTokenFromMailbox,
  signUpPerson,
  type Person,
  type TestApp,
} from "../../support/test-app";
import {
  buildAcceptedEngagement,
  createOrg,
  startEngagement,
  type AcceptedEngagement,
} from "../api-fixtures";

const HOUR_MS = 3_600_000;

/**
 * Every post of an organisation moves its health sums by its engagement's change, in its own
 * transaction; posts of several engagements at once must each land their change, however their
 * transactions interleave: the sums after them are those `accord rescore` computes from the
 * ledgers. A change lost to a concurrent post (read, then written over) leaves other sums.
 */
describe.each(DIALECTS)("an organisation's health sums after posts at once on %s", (dialect) => {
  let t: TestApp;
  let first: AcceptedEngagement;
  const engagements: { id: string; client: Person; provider: Person }[] = [];

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    first = await buildAcceptedEngagement(t);
    engagements.push({ id: first.engagement.id, client: first.client, provider: first.provider });
    // Five more engagements of the same client organisation, each with its own provider.
    for (let n = 0; n < 5; n++) {
      const provider = await signUpPerson(t.app, `Provider ${n}`);
      const providerOrg = await createOrg(provider, "provider");
      const engagement = await startEngagement(first.client, first.clientOrg, provider.email);
      const token = await invitationTokenFromMailbox(t.deps, provider.email);
      const accepted = await provider.client.post(`/api/v1/invitations/${token}/accept`, {
        orgId: providerOrg.id,
      });
      expect(accepted.statusCode, accepted.body).toBe(200);
      engagements.push({ id: engagement.id, client: first.client, provider });
    }
  });
  afterAll(() => t.close());

  const clientSums = async () =>
    (
      await t.handle.db
        .selectFrom("organisation_health")
        .select("sums")
        .where("org_id", "=", first.clientOrg.id)
        .where("side", "=", "client")
        .executeTakeFirst()
    )?.sums;

  const organisations = async () => ({
    rows: await t.handle.db
      .selectFrom("organisation_health")
      .selectAll()
      .orderBy("org_id")
      .orderBy("side")
      .execute(),
    pairs: await t.handle.db
      .selectFrom("organisation_health_counterparties")
      .selectAll()
      .orderBy("org_id")
      .orderBy("side")
      .orderBy("counterparty_org_id")
      .execute(),
  });

  it("lands every post's change, as accord rescore computes them from the ledgers", async () => {
    for (let round = 0; round < 3; round++) {
      // An hour later, every engagement's last activity moves: each post changes the sums.
      t.clock.advance(HOUR_MS);
      const before = await clientSums();
      const posted = await Promise.all(
        engagements.flatMap((engagement, n) =>
          [engagement.client, engagement.provider].map((author) =>
            author.client.post(`/api/v1/engagements/${engagement.id}/messages`, {
              thread: "engagement",
              body: `Round ${round}, engagement ${n}, from ${author.email}`,
            }),
          ),
        ),
      );
      expect(posted.map((response) => response.statusCode)).toEqual(posted.map(() => 201));
      expect(await clientSums()).not.toBe(before);
    }
    const incremental = await organisations();
    expect(incremental.rows.filter((row) => row.org_id === first.clientOrg.id)).toHaveLength(1);
    expect(incremental.pairs.filter((pair) => pair.org_id === first.clientOrg.id)).toHaveLength(6);
    await rescoreAll(t.deps, { cohort: "keep" });
    expect(await organisations()).toEqual(incremental);
  });
});
