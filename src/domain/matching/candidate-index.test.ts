import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Brief } from "../brief/brief";
import { CandidateIndex } from "./candidate-index";
import type { ProviderProfile, TrackRecord } from "./provider-profile";
import { rankProviders } from "./rank-providers";

const TODAY = "2026-11-22";
const SKILLS = ["web.frontend", "web.ecommerce", "design.ux", "data.engineering", "seo", "i18n"];
const LANGUAGES = ["en", "fr", "de", "es", "id"];
const CURRENCIES = ["EUR", "USD", "IDR"];
const NAMES = ["Atelier", "atelier", "Bureau", "Émile", "Zeta", "Nord"];
const EMPTY: TrackRecord = {
  completedEngagements: 0,
  activeEngagements: 0,
  rehireRate: null,
  returningClients: 0,
  clientsWhoCouldReturn: 0,
  tenureDays: 0,
  healthScore: null,
};

const isoDay = (offset: number) =>
  new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

const date = fc.integer({ min: -30, max: 200 }).map(isoDay);
const trackRecord: fc.Arbitrary<TrackRecord> = fc
  .record({
    completedEngagements: fc.integer({ min: 0, max: 15 }),
    activeEngagements: fc.integer({ min: 0, max: 5 }),
    returningClients: fc.integer({ min: 0, max: 12 }),
    clientsWhoCouldReturn: fc.integer({ min: 0, max: 12 }),
    tenureDays: fc.integer({ min: 0, max: 900 }),
    healthScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  })
  .map((r) => {
    const returningClients = Math.min(r.returningClients, r.clientsWhoCouldReturn);
    return {
      ...r,
      returningClients,
      rehireRate: r.clientsWhoCouldReturn === 0 ? null : returningClients / r.clientsWhoCouldReturn,
    };
  });

/** Providers with few skills, languages and names, so equal scores and ties are common. */
const providers = fc
  .array(
    fc.record({
      nameStem: fc.constantFrom(...NAMES),
      skillIds: fc.subarray(SKILLS, { minLength: 1, maxLength: 4 }),
      languages: fc.subarray(LANGUAGES, { minLength: 0, maxLength: 3 }),
      rates: fc.array(
        fc.record({
          unit: fc.constantFrom("hour" as const, "day" as const, "deliverable" as const),
          amountMinor: fc.constantFrom(0, 5_000, 30_000, 60_000, 1_000_000),
          currency: fc.constantFrom(...CURRENCIES),
        }),
        { maxLength: 3 },
      ),
      availableFrom: fc.option(date, { nil: null }),
      trackRecord: fc.option(trackRecord, { nil: null }),
      isExpelled: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
    }),
    { maxLength: 120 },
  )
  .map((list) =>
    list.map((p, index): Market[number] => ({
      orgId: `org-${index}`,
      // Unique names: on a full tie (score, track record and name) the reference keeps the
      // database's row order, which neither side defines.
      name: `${p.nameStem} ${index}`,
      skillIds: p.skillIds,
      languages: p.languages,
      timeZones: [],
      rates: p.rates,
      floorRate: null,
      availableFrom: p.availableFrom,
      trackRecord: p.trackRecord ?? EMPTY,
      isExpelled: p.isExpelled,
      hasRecord: p.trackRecord !== null,
    })),
  );

const briefs: fc.Arbitrary<Brief> = fc.record({
  title: fc.constant("Brief"),
  goals: fc.constant([]),
  successMeasures: fc.constant([]),
  mustHaves: fc.constant([]),
  niceToHaves: fc.constant([]),
  skillIds: fc.array(fc.constantFrom(...SKILLS), { minLength: 0, maxLength: 4 }),
  budget: fc.option(
    fc.record({
      currency: fc.constantFrom(...CURRENCIES),
      minMinor: fc.constant(0),
      maxMinor: fc.constantFrom(100_000, 2_000_000, 50_000_000),
    }),
    { nil: null },
  ),
  clientPeople: fc.constant([]),
  businessModelScope: fc.constant(""),
  constraints: fc.constant([]),
  earliestStart: fc.option(date, { nil: null }),
  deadline: fc.option(date, { nil: null }),
  preferredLanguages: fc.subarray(LANGUAGES, { maxLength: 3 }),
});

type Market = (ProviderProfile & { isExpelled: boolean; hasRecord: boolean })[];

function rankBoth(brief: Brief, market: Market, limit: number) {
  const index = new CandidateIndex();
  // Without their track record: the index gets it at ranking time, as the server reads it.
  for (const p of market) index.upsert({ ...p, trackRecord: EMPTY });
  const trackRecords = new Map(
    market.filter((p) => p.hasRecord).map((p) => [p.orgId, p.trackRecord]),
  );
  const excluded = new Set(market.filter((p) => p.isExpelled).map((p) => p.orgId));
  const fast = index.rank(brief, TODAY, { limit, trackRecords, emptyTrackRecord: EMPTY, excluded });
  const reference = rankProviders(
    brief,
    market
      .filter((p) => !p.isExpelled)
      .map(({ isExpelled: _e, hasRecord: _h, ...profile }) => profile),
    TODAY,
    limit,
  );
  return { fast, reference };
}

describe("the in-memory candidate index", () => {
  it("ranks exactly as rankProviders does: same providers, order, scores and explanations", () => {
    fc.assert(
      fc.property(briefs, providers, fc.integer({ min: 1, max: 12 }), (brief, market, limit) => {
        const { fast, reference } = rankBoth(brief, market, limit);
        expect(fast).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  });

  it("follows a provider's changed profile: dropped skills stop matching, new ones start", () => {
    const index = new CandidateIndex();
    const base: ProviderProfile = {
      orgId: "org-a",
      name: "Atelier",
      skillIds: ["web.frontend"],
      languages: ["en"],
      timeZones: [],
      rates: [{ unit: "day", amountMinor: 30_000, currency: "EUR" }],
      floorRate: null,
      availableFrom: null,
      trackRecord: EMPTY,
    };
    index.upsert(base);
    index.upsert({ ...base, orgId: "org-b", name: "Bureau" });
    const options = {
      limit: 20,
      trackRecords: new Map(),
      emptyTrackRecord: EMPTY,
      excluded: new Set<string>(),
    };
    const brief = fc.sample(briefs, 1)[0] as Brief;
    const frontend = { ...brief, skillIds: ["web.frontend"] };
    const ux = { ...brief, skillIds: ["design.ux"] };
    expect(index.rank(frontend, TODAY, options).map((m) => m.orgId)).toEqual(["org-a", "org-b"]);

    index.upsert({ ...base, skillIds: ["design.ux"], rates: [] });
    expect(index.size).toBe(2);
    expect(index.rank(frontend, TODAY, options).map((m) => m.orgId)).toEqual(["org-b"]);
    const [match] = index.rank(ux, TODAY, options);
    expect(match?.orgId).toBe("org-a");
    expect(match?.factors.find((f) => f.factor === "price")?.score).toBe(0.5);
  });

  it("keeps the market as columns: typed postings, and one copy of equal lists", () => {
    // Memory, not behaviour: 100,000 profile objects took twice the heap (README, "Matching").
    const index = new CandidateIndex();
    const profile = (orgId: string): ProviderProfile => ({
      orgId,
      name: orgId,
      skillIds: ["web.frontend", "seo"],
      languages: ["en", "fr"],
      timeZones: [],
      rates: [{ unit: "day", amountMinor: 30_000, currency: "EUR" }],
      floorRate: null,
      availableFrom: null,
      trackRecord: EMPTY,
    });
    index.upsert(profile("org-a"));
    index.upsert(profile("org-b"));
    const columns = index as unknown as {
      bySkill: Map<string, { slots: unknown }>;
      skills: unknown[];
      languages: unknown[];
      dayRates: Map<string, unknown>;
    };
    expect(columns.bySkill.get("seo")?.slots).toBeInstanceOf(Uint32Array);
    expect(columns.dayRates.get("EUR")).toBeInstanceOf(Float64Array);
    expect(columns.skills[1]).toBe(columns.skills[0]);
    expect(columns.languages[1]).toBe(columns.languages[0]);
  });

  it("leaves out excluded organisations and briefs without skills", () => {
    const { fast } = rankBoth(
      { ...(fc.sample(briefs, 1)[0] as Brief), skillIds: [] },
      fc.sample(providers, 1)[0] ?? [],
      20,
    );
    expect(fast).toEqual([]);
  });
});
