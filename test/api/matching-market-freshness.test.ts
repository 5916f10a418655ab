import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../support/test-app";
import { createOrg, uniqueName, type OrgRef } from "./api-fixtures";
import { shopProfileBody } from "./proposals-agreements/proposal-fixtures";

interface MatchList {
  matches: {
    provider: { id: string };
    score: number;
    factors: { factor: string; score: number }[];
  }[];
}

// The market is kept in each process's memory: it must follow saved profiles at once, and
// profiles another process saved (expulsions: test/api/reviews/moderation.test.ts).
describe.each(DIALECTS)("the matching market stays fresh on %s", (dialect) => {
  let t: TestApp;
  let client: Person;
  let provider: Person;
  let providerOrg: OrgRef;
  let briefId: string;

  const matchedIds = async () =>
    (await client.client.get(`/api/v1/briefs/${briefId}/matches`))
      .json<MatchList>()
      .matches.map((m) => m.provider.id);

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    client = await signUpPerson(t.app, "Claire");
    const clientOrg = await createOrg(client, "client", uniqueName("Northwind"));
    provider = await signUpPerson(t.app, "Jonas");
    providerOrg = await createOrg(provider, "provider", uniqueName("Atelier"));
    const brief = await client.client.post("/api/v1/briefs", {
      orgId: clientOrg.id,
      title: uniqueName("Online shop"),
      goals: ["Sell our ceramics online"],
      successMeasures: ["200 orders in the first 3 months"],
      mustHaves: [{ text: "Card payments" }],
      niceToHaves: [],
      skillIds: ["web.ecommerce"],
      budget: { currency: "EUR", minMinor: 1_000_000, maxMinor: 2_000_000 },
      clientPeople: [{ role: "Owner", hoursPerWeek: 4 }],
      businessModelScope: "Direct-to-consumer sales in the EU",
      constraints: [],
      earliestStart: "2026-12-01",
      deadline: "2027-03-01",
      preferredLanguages: ["en"],
    });
    briefId = brief.json<{ id: string }>().id;
  });
  afterAll(async () => {
    await t.close();
  });

  it("follows a profile saved through the API, at the same instant as the one it replaced", async () => {
    await provider.client.request("PUT", `/api/v1/providers/${providerOrg.id}`, shopProfileBody());
    expect(await matchedIds()).toEqual([providerOrg.id]);
    // The test clock stands still: the new profile has the very same updated_at.
    await provider.client.request(
      "PUT",
      `/api/v1/providers/${providerOrg.id}`,
      shopProfileBody({ skillIds: ["design.ux"] }),
    );
    expect(await matchedIds()).toEqual([]);
    await provider.client.request("PUT", `/api/v1/providers/${providerOrg.id}`, shopProfileBody());
    expect(await matchedIds()).toEqual([providerOrg.id]);
  });

  it("sees a profile another process saved, by its time", async () => {
    const other = await signUpPerson(t.app, "Other");
    const otherOrg = await createOrg(other, "provider", uniqueName("Elsewhere"));
    await matchedIds();
    t.clock.advance(60_000);
    // Written as another process would, past this process's use-case.
    await t.deps.db
      .insertInto("provider_profiles")
      .values({
        org_id: otherOrg.id,
        headline: "",
        description: "",
        languages: '["en"]',
        time_zones: "[]",
        rates: "[]",
        floor_currency: null,
        floor_amount_minor: null,
        floor_unit: null,
        available_from: null,
        updated_at: t.clock.now().toISOString(),
      })
      .execute();
    await t.deps.db
      .insertInto("provider_skills")
      .values({ org_id: otherOrg.id, skill_id: "web.ecommerce" })
      .execute();
    expect((await matchedIds()).sort()).toEqual([providerOrg.id, otherOrg.id].sort());

    const rates = JSON.stringify([{ unit: "day", amountMinor: 1, currency: "EUR" }]);
    await t.deps.db
      .updateTable("provider_profiles")
      .set({ rates, updated_at: t.clock.now().toISOString() })
      .where("org_id", "=", otherOrg.id)
      .execute();
    const cheap = (await client.client.get(`/api/v1/briefs/${briefId}/matches`))
      .json<MatchList>()
      .matches.find((m) => m.provider.id === otherOrg.id);
    expect(cheap?.factors.find((f) => f.factor === "price")?.score).toBe(1);
  });
});
