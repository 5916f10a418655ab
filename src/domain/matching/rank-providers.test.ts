import { describe, expect, it } from "vitest";
import type { Brief } from "../brief/brief";
import { wilsonLowerBound } from "../health/mechanics";
import type { ProviderProfile } from "./provider-profile";
import { MATCH_WEIGHTS, rankProviders, scoreProvider } from "./rank-providers";

const TODAY = "2026-11-22";
const brief: Brief = {
  title: "Shop",
  goals: ["Sell online"],
  successMeasures: ["200 orders"],
  mustHaves: [],
  niceToHaves: [],
  skillIds: ["web.ecommerce", "design.ux"],
  budget: { currency: "EUR", minMinor: 1_000_000, maxMinor: 2_000_000 },
  clientPeople: [],
  businessModelScope: "",
  constraints: [],
  earliestStart: "2026-12-01",
  deadline: "2027-03-01",
  preferredLanguages: ["fr", "en"],
};

function provider(overrides: Partial<ProviderProfile> & { orgId: string }): ProviderProfile {
  return {
    name: overrides.orgId,
    skillIds: ["web.ecommerce", "design.ux"],
    languages: ["fr"],
    timeZones: ["Europe/Paris"],
    rates: [{ unit: "day", amountMinor: 30_000, currency: "EUR" }],
    floorRate: null,
    availableFrom: null,
    trackRecord: {
      completedEngagements: 10,
      activeEngagements: 1,
      rehireRate: 1,
      returningClients: 4,
      clientsWhoCouldReturn: 4,
      tenureDays: 400,
      healthScore: 100,
    },
    ...overrides,
  };
}

describe("matching by aptitude", () => {
  it("gives a perfect provider the full score but for its rehire bound, with each factor's weight shown", () => {
    const match = scoreProvider(brief, provider({ orgId: "p" }), TODAY);
    // 4 clients of 4 came back: ranked by the lower bound, not by 100 %.
    const rehireShortfall = (1 - wilsonLowerBound(4, 4)) * 0.3 * MATCH_WEIGHTS.trackRecord;
    expect(match.score).toBeCloseTo(1 - rehireShortfall, 10);
    expect(match.factors.map((f) => [f.factor, f.weight])).toEqual(Object.entries(MATCH_WEIGHTS));
  });

  it("never lets a cheap but unfit provider outrank an apt one", () => {
    const cheapUnfit = provider({
      orgId: "cheap",
      skillIds: ["web.ecommerce"],
      languages: ["de"],
      rates: [{ unit: "day", amountMinor: 1, currency: "EUR" }],
      trackRecord: {
        completedEngagements: 0,
        activeEngagements: 0,
        rehireRate: null,
        returningClients: 0,
        clientsWhoCouldReturn: 0,
        tenureDays: 0,
        healthScore: null,
      },
    });
    const aptDearer = provider({
      orgId: "apt",
      rates: [{ unit: "day", amountMinor: 60_000, currency: "EUR" }],
    });
    expect(rankProviders(brief, [cheapUnfit, aptDearer], TODAY).map((m) => m.orgId)).toEqual([
      "apt",
      "cheap",
    ]);
  });

  it("leaves out providers offering none of the brief's skills and names missing skills", () => {
    const partial = provider({ orgId: "partial", skillIds: ["design.ux"] });
    const none = provider({ orgId: "none", skillIds: ["law.contracts"] });
    const ranked = rankProviders(brief, [partial, none], TODAY);
    expect(ranked.map((m) => m.orgId)).toEqual(["partial"]);
    expect(ranked[0]?.missingSkillIds).toEqual(["web.ecommerce"]);
  });

  it("prefers the client's first language, then any other it named", () => {
    const lang = (languages: string[]) =>
      scoreProvider(brief, provider({ orgId: "p", languages }), TODAY).factors.find(
        (f) => f.factor === "language",
      );
    expect(lang(["fr"])?.score).toBe(1);
    expect(lang(["en"])?.score).toBe(0.7);
    expect(lang(["id"])?.score).toBe(0);
  });

  it("lowers availability in proportion to how late the provider can start", () => {
    const late = scoreProvider(brief, provider({ orgId: "p", availableFrom: "2027-01-15" }), TODAY);
    const factor = late.factors.find((f) => f.factor === "availability");
    expect(factor?.values).toEqual({ days: 45 });
    expect(factor?.score).toBeCloseTo(1 - 45 / 90, 5);
  });

  it("fits the price when the budget pays the provider full time until the deadline", () => {
    // 90 days → 64 working days; 2,000,000 / 64 = 31,250 per day affordable.
    const fits = scoreProvider(
      brief,
      provider({ orgId: "a", rates: [{ unit: "day", amountMinor: 31_250, currency: "EUR" }] }),
      TODAY,
    );
    const dear = scoreProvider(
      brief,
      provider({ orgId: "b", rates: [{ unit: "day", amountMinor: 62_500, currency: "EUR" }] }),
      TODAY,
    );
    expect(fits.factors.find((f) => f.factor === "price")?.score).toBe(1);
    expect(dear.factors.find((f) => f.factor === "price")?.score).toBeCloseTo(0.5, 5);
  });

  it("never prices with the floor rate, which stays the provider's walk-away price", () => {
    const floorOnly = scoreProvider(
      brief,
      provider({
        orgId: "f",
        rates: [],
        floorRate: { currency: "EUR", amountMinor: 12_345, unit: "day" },
      }),
      TODAY,
    );
    expect(floorOnly.factors.find((f) => f.factor === "price")).toMatchObject({
      reason: "unknown",
      values: {},
    });
    expect(JSON.stringify(floorOnly)).not.toContain("12345");
  });

  it("ranks by the rehire count's Wilson lower bound: 1 of 1 below 9 of 10 below 45 of 50", () => {
    const rehired = (orgId: string, returningClients: number, clientsWhoCouldReturn: number) =>
      provider({
        orgId,
        trackRecord: {
          completedEngagements: 10,
          activeEngagements: 0,
          rehireRate: clientsWhoCouldReturn === 0 ? null : returningClients / clientsWhoCouldReturn,
          returningClients,
          clientsWhoCouldReturn,
          tenureDays: 400,
          healthScore: 80,
        },
      });
    const market = [
      rehired("a-once", 1, 1),
      rehired("b-nine", 9, 10),
      rehired("c-many", 45, 50),
      rehired("d-none-back", 0, 10),
    ];
    expect(rankProviders(brief, market, TODAY).map((m) => m.orgId)).toEqual([
      "c-many",
      "b-nine",
      "a-once",
      "d-none-back",
    ]);
    // The explanation says the real figures, not the bound the ranking used.
    const nine = scoreProvider(brief, rehired("b", 9, 10), TODAY).factors.find(
      (f) => f.factor === "trackRecord",
    );
    expect(nine).toMatchObject({ reason: "history", values: { returning: 9, couldReturn: 10 } });
    // 0 of 0 is "new", neither 0 % nor a bound of 0 that a rehire record would also get.
    const none = scoreProvider(brief, rehired("n", 0, 0), TODAY).factors.find(
      (f) => f.factor === "trackRecord",
    );
    expect(none).toMatchObject({ reason: "new" });
    expect(none?.values).not.toHaveProperty("returning");
  });

  it("calls a provider with no completed engagement new, never a rehire percentage", () => {
    const fresh = scoreProvider(
      brief,
      provider({
        orgId: "n",
        trackRecord: {
          completedEngagements: 0,
          activeEngagements: 2,
          rehireRate: null,
          returningClients: 0,
          clientsWhoCouldReturn: 0,
          tenureDays: 10,
          healthScore: null,
        },
      }),
      TODAY,
    );
    const factor = fresh.factors.find((f) => f.factor === "trackRecord");
    expect(factor).toMatchObject({ reason: "new", values: { completed: 0 } });
    expect(factor?.values).not.toHaveProperty("returning");
  });

  it("weighs the provider's health score, and scores a provider too new for one in the middle", () => {
    const healthOf = (healthScore: number | null) =>
      scoreProvider(
        brief,
        provider({
          orgId: "h",
          trackRecord: {
            completedEngagements: 3,
            activeEngagements: 1,
            rehireRate: 0.5,
            returningClients: 1,
            clientsWhoCouldReturn: 2,
            tenureDays: 200,
            healthScore,
          },
        }),
        TODAY,
      ).factors.find((f) => f.factor === "health");
    expect(healthOf(82)).toMatchObject({
      score: 0.82,
      weight: 0.1,
      reason: "score",
      values: { score: 82 },
    });
    expect(healthOf(82)?.contribution).toBeCloseTo(0.082, 10);
    expect(healthOf(null)).toMatchObject({ score: 0.5, reason: "new", values: {} });
    // Two providers alike in all but health: the healthier relationship record ranks first.
    const alike = (orgId: string, healthScore: number) =>
      provider({
        orgId,
        trackRecord: {
          completedEngagements: 3,
          activeEngagements: 0,
          rehireRate: 0.5,
          returningClients: 1,
          clientsWhoCouldReturn: 2,
          tenureDays: 200,
          healthScore,
        },
      });
    expect(
      rankProviders(brief, [alike("a-low", 40), alike("b-high", 90)], TODAY).map((m) => m.orgId),
    ).toEqual(["b-high", "a-low"]);
  });

  it("breaks ties by track record, then by name", () => {
    const a = provider({
      orgId: "b-studio",
      trackRecord: {
        completedEngagements: 12,
        activeEngagements: 0,
        rehireRate: 1,
        returningClients: 4,
        clientsWhoCouldReturn: 4,
        tenureDays: 1,
        healthScore: 100,
      },
    });
    const b = provider({ orgId: "a-studio" });
    expect(rankProviders(brief, [b, a], TODAY).map((m) => m.orgId)).toEqual([
      "b-studio",
      "a-studio",
    ]);
  });

  it("gives a cheaper rate no credit once both rates fit the budget: a worse record never outranks on price", () => {
    const cheapWorse = provider({
      orgId: "cheap",
      rates: [{ unit: "day", amountMinor: 5_000, currency: "EUR" }],
      trackRecord: {
        completedEngagements: 3,
        activeEngagements: 0,
        rehireRate: 0.34,
        returningClients: 1,
        clientsWhoCouldReturn: 3,
        tenureDays: 200,
        healthScore: 70,
      },
    });
    const dearerBetter = provider({
      orgId: "dearer",
      rates: [{ unit: "day", amountMinor: 30_000, currency: "EUR" }],
      trackRecord: {
        completedEngagements: 4,
        activeEngagements: 0,
        rehireRate: 0.5,
        returningClients: 1,
        clientsWhoCouldReturn: 2,
        tenureDays: 300,
        healthScore: 72,
      },
    });
    const ranked = rankProviders(brief, [cheapWorse, dearerBetter], TODAY);
    expect(ranked.map((m) => m.orgId)).toEqual(["dearer", "cheap"]);
    expect(ranked.map((m) => m.factors.find((f) => f.factor === "price")?.score)).toEqual([1, 1]);
  });

  it("says the provider's tenure beside its record, and none before its first engagement", () => {
    const recordOf = (trackRecord: ProviderProfile["trackRecord"]) =>
      scoreProvider(brief, provider({ orgId: "t", trackRecord }), TODAY).factors.find(
        (f) => f.factor === "trackRecord",
      )?.values;
    expect(recordOf(provider({ orgId: "x" }).trackRecord)).toMatchObject({
      tenure: "days",
      tenureDays: 400,
    });
    const none = {
      completedEngagements: 0,
      activeEngagements: 0,
      rehireRate: null,
      returningClients: 0,
      clientsWhoCouldReturn: 0,
      tenureDays: 0,
      healthScore: null,
    };
    expect(recordOf(none)).toMatchObject({ tenure: "none", tenureDays: 0 });
    // An engagement started today is tenure of 0 days, not none.
    expect(recordOf({ ...none, activeEngagements: 1 })).toMatchObject({ tenure: "days" });
  });
});
