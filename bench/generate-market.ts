import { randomUUID } from "node:crypto";
import type { InsertObject, Kysely } from "kysely";
import type { Brief } from "../src/domain/brief/brief";
import type { ProviderProfile } from "../src/domain/matching/provider-profile";
import type { Database } from "../src/server/db/schema";
import { DEFAULT_CATEGORIES } from "../src/server/modules/taxonomy/default-taxonomy";
import { ensureDefaultTaxonomy } from "../src/server/modules/taxonomy/taxonomy";
import { pick, seededRandom, type Random, words } from "./data-vocabulary";
import { insertAll } from "./generate-data";
import { DAY_MS } from "./generate-engagement";

/**
 * The provider market a client's brief is matched against: how many provider organisations
 * publish a profile, besides the engagement data's own providers (which bring track records).
 */
export interface MarketScale {
  providers: number;
}

export const FULL_MARKET: MarketScale = { providers: 100_000 };
export const QUICK_MARKET: MarketScale = { providers: 5_000 };

/** A published brief of the benchmark organisation, and how many providers it can match. */
export interface GeneratedBrief {
  id: string;
  /** For the case name: how wide a share of the market the brief reaches. */
  label: "common" | "rare";
  skillIds: string[];
  /** Providers offering at least one of the brief's skills: what matching loads and ranks. */
  candidates: number;
}

export interface GeneratedMarket {
  counts: { providers: number; profiles: number; providerSkills: number; briefs: number };
  /** Common first (about 30% of providers), then rare (about 3%). */
  briefs: GeneratedBrief[];
}

/**
 * How often providers list each default skill, relative to one another. Drawn without
 * replacement, 2–5 skills each, this gives about 25–31% for the popular skills, 7–14% for the
 * specialised ones and about 3% for translation. Skills missing here weigh 5.
 */
const SKILL_WEIGHTS: Record<string, number> = {
  "web.frontend": 8,
  "web.backend": 10,
  "web.ecommerce": 2,
  "web.mobile": 8,
  "design.ux": 10,
  "design.brand": 10,
  "design.print": 2,
  "marketing.seo": 10,
  "marketing.content": 10,
  "marketing.social": 10,
  "data.dashboards": 3,
  "data.engineering": 3,
  "consulting.strategy": 4,
  "consulting.translation": 0.9,
};
const SKILLS_PER_PROVIDER: Weighted<number>[] = [
  { value: 2, weight: 45 },
  { value: 3, weight: 30 },
  { value: 4, weight: 17 },
  { value: 5, weight: 8 },
];
const LANGUAGES: Weighted<string>[] = [
  { value: "en", weight: 50 },
  { value: "de", weight: 15 },
  { value: "fr", weight: 13 },
  { value: "es", weight: 12 },
  { value: "id", weight: 10 },
];
const LANGUAGES_PER_PROVIDER: Weighted<number>[] = [
  { value: 1, weight: 50 },
  { value: 2, weight: 35 },
  { value: 3, weight: 15 },
];
const TIME_ZONES: Record<string, string[]> = {
  en: ["Europe/London", "Europe/Dublin", "America/New_York"],
  de: ["Europe/Berlin", "Europe/Vienna"],
  fr: ["Europe/Paris", "Europe/Brussels"],
  es: ["Europe/Madrid", "America/Mexico_City"],
  id: ["Asia/Jakarta", "Asia/Makassar"],
};
/** Day rates in major units, and how many minor units each has. */
const CURRENCIES: (Weighted<string> & { dayRate: [number, number]; minorPerMajor: number })[] = [
  { value: "EUR", weight: 80, dayRate: [350, 1_200], minorPerMajor: 100 },
  { value: "USD", weight: 12, dayRate: [400, 1_400], minorPerMajor: 100 },
  { value: "IDR", weight: 8, dayRate: [1_500_000, 7_000_000], minorPerMajor: 100 },
];
const SENTENCES = [
  "We are a small, senior team and the people you meet are the people who do the work.",
  "Every engagement starts with a short discovery phase and a written plan both sides sign off.",
  "We work in two-week iterations with a demo at the end of each, so progress is always visible.",
  "Our clients range from family businesses to listed companies in retail, logistics and health.",
  "We document what we build and hand over everything, so you never depend on us to change it.",
  "Accessibility and performance are part of the definition of done, not extras at the end.",
  "We prefer fixed-price milestones with clear acceptance criteria over open-ended retainers.",
  "Most of our work comes from referrals and returning clients.",
  "We are happy to work alongside your in-house team and to train them as we go.",
  "Fluent communication in the languages listed, and overlapping hours with European clients.",
];

/**
 * Fills the provider market: profiles for the engagement data's providers and for
 * `scale.providers` new provider organisations, their skills on the default taxonomy, and the
 * benchmark organisation's published briefs. Bulk inserts in one transaction per table, like
 * the engagement data; the same shape for a given seed.
 */
export async function generateMarket(
  db: Kysely<Database>,
  scale: MarketScale,
  context: {
    /** Provider organisations already generated, with engagement history. */
    existingProviderIds: readonly string[];
    clientOrgId: string;
    /** Creator of the new organisations and of the briefs. */
    creatorUserId: string;
    now: Date;
    seed?: number;
  },
): Promise<GeneratedMarket> {
  const random = seededRandom(context.seed ?? 20_251_123);
  const now = context.now.getTime();
  await ensureDefaultTaxonomy({ db });
  const skillIds = DEFAULT_CATEGORIES.flatMap((category) => category.skills.map((s) => s.id));
  const skills = skillIds.map((id) => ({ value: id, weight: SKILL_WEIGHTS[id] ?? 5 }));

  const createdAt = new Date(now - 400 * DAY_MS).toISOString();
  const newOrgs: (InsertObject<Database, "organisations"> & { id: string })[] = [];
  for (let index = 0; index < scale.providers; index++) {
    newOrgs.push({
      id: randomUUID(),
      name: `${pick(random, words.orgPrefixes)} ${pick(random, words.lastNames)} ${pick(random, words.providerSuffixes)} ${index + 1}`,
      kind: "provider",
      created_by: context.creatorUserId,
      created_at: createdAt,
    });
  }
  const providerIds = [...context.existingProviderIds, ...newOrgs.map((org) => org.id)];
  const profiles: InsertObject<Database, "provider_profiles">[] = [];
  const providerSkills: InsertObject<Database, "provider_skills">[] = [];
  const skillSets: Set<string>[] = [];
  for (const orgId of providerIds) {
    const offered = drawDistinct(random, skills, pickWeighted(random, SKILLS_PER_PROVIDER));
    skillSets.push(new Set(offered));
    for (const skillId of offered) providerSkills.push({ org_id: orgId, skill_id: skillId });
    profiles.push(buildProfile(random, orgId, now));
  }

  const briefs = buildBriefs(random, now).map((brief) => ({
    ...brief,
    candidates: skillSets.filter((set) => brief.content.skillIds.some((s) => set.has(s))).length,
  }));

  await insertAll(db, "organisations", newOrgs, batchRows(newOrgs));
  await insertAll(db, "provider_profiles", profiles, batchRows(profiles));
  await insertAll(db, "provider_skills", providerSkills, batchRows(providerSkills));
  const publishedAt = new Date(now - DAY_MS).toISOString();
  await insertAll(
    db,
    "briefs",
    briefs.map((brief) => ({
      id: brief.id,
      org_id: context.clientOrgId,
      title: brief.content.title,
      content: JSON.stringify(brief.content),
      status: "published" as const,
      created_by: context.creatorUserId,
      created_at: new Date(now - 3 * DAY_MS).toISOString(),
      updated_at: publishedAt,
      published_at: publishedAt,
    })),
  );
  return {
    counts: {
      providers: providerIds.length,
      profiles: profiles.length,
      providerSkills: providerSkills.length,
      briefs: briefs.length,
    },
    briefs: briefs.map((brief) => ({
      id: brief.id,
      label: brief.label,
      skillIds: brief.content.skillIds,
      candidates: brief.candidates,
    })),
  };
}

/**
 * Rows per insert for the market's hundreds of thousands of rows: as many as keep a statement
 * under 30,000 parameters (SQLite allows 32,766, PostgreSQL 65,535), for fewer round trips.
 */
function batchRows(rows: readonly object[]): number {
  const columns = Object.keys(rows[0] ?? {}).length;
  return Math.max(1, Math.floor(30_000 / Math.max(1, columns)));
}

function buildProfile(
  random: Random,
  orgId: string,
  now: number,
): InsertObject<Database, "provider_profiles"> {
  const languages = drawDistinct(random, LANGUAGES, pickWeighted(random, LANGUAGES_PER_PROVIDER));
  const timeZones = languages
    .slice(0, 2)
    .map((language) => pick(random, TIME_ZONES[language] ?? ["UTC"]));
  const { value: currency, dayRate, minorPerMajor } = pickItem(random, CURRENCIES);
  const [low, high] = dayRate;
  const dayMinor = Math.round(low + random() * (high - low)) * minorPerMajor;
  const hourMinor = Math.round((dayMinor / 8) * (1.05 + random() * 0.15));
  const rateKind = random();
  const rates: ProviderProfile["rates"] =
    rateKind < 0.6
      ? [{ unit: "day", amountMinor: dayMinor, currency }]
      : rateKind < 0.85
        ? [
            { unit: "day", amountMinor: dayMinor, currency },
            { unit: "hour", amountMinor: hourMinor, currency },
          ]
        : [{ unit: "hour", amountMinor: hourMinor, currency }];
  if (random() < 0.05) {
    rates.push({ unit: "deliverable", amountMinor: dayMinor * 10, currency });
  }
  const hasFloor = random() < 0.5;
  const availability = random();
  const availableFrom =
    availability < 0.25
      ? isoDate(now + Math.floor(1 + random() * 120) * DAY_MS)
      : availability < 0.3
        ? isoDate(now - Math.floor(1 + random() * 60) * DAY_MS)
        : null;
  const sentences = 3 + Math.floor(random() * 5);
  return {
    org_id: orgId,
    headline: `${pick(random, words.workTitles)} and more, by a ${pick(random, words.providerSuffixes).toLowerCase()} team`,
    description: Array.from({ length: sentences }, () => pick(random, SENTENCES)).join(" "),
    languages: JSON.stringify(languages),
    time_zones: JSON.stringify(timeZones),
    rates: JSON.stringify(rates),
    floor_currency: hasFloor ? currency : null,
    floor_amount_minor: hasFloor ? Math.round(dayMinor * (0.7 + random() * 0.2)) : null,
    floor_unit: hasFloor ? "day" : null,
    available_from: availableFrom,
    updated_at: new Date(now - Math.floor(random() * 300) * DAY_MS).toISOString(),
  };
}

/** A common brief (front-end work, about 30% of providers) and a rare one (translation, ~3%). */
function buildBriefs(
  random: Random,
  now: number,
): { id: string; label: GeneratedBrief["label"]; content: Brief }[] {
  const start = isoDate(now + 14 * DAY_MS);
  const base = {
    mustHaves: [
      { id: "m1", text: "Written acceptance criteria for every milestone" },
      { id: "m2", text: "Weekly progress call" },
    ],
    niceToHaves: [{ id: "n1", text: "Experience in our sector" }],
    clientPeople: [{ role: "Product owner", hoursPerWeek: 6 }],
    constraints: ["Work must be handed over with documentation"],
    earliestStart: start,
  };
  return [
    {
      id: randomUUID(),
      label: "common",
      content: {
        ...base,
        title: "Storefront rebuild",
        goals: ["Rebuild the online shop's front end", "Halve the checkout drop-off"],
        successMeasures: ["Checkout conversion above 3% within two months of launch"],
        skillIds: ["web.frontend", "web.ecommerce"],
        budget: { currency: "EUR", minMinor: 2_500_000, maxMinor: 4_000_000 },
        businessModelScope: "Direct-to-consumer sales in the EU",
        deadline: isoDate(now + (90 + Math.floor(random() * 10)) * DAY_MS),
        preferredLanguages: ["en", "de"],
      },
    },
    {
      id: randomUUID(),
      label: "rare",
      content: {
        ...base,
        title: "Catalogue translation into Indonesian",
        goals: ["Translate the product catalogue and the shop's pages into Indonesian"],
        successMeasures: ["All 1,200 product pages live in Indonesian"],
        skillIds: ["consulting.translation"],
        budget: { currency: "EUR", minMinor: 600_000, maxMinor: 1_200_000 },
        businessModelScope: "Opening sales in Indonesia",
        deadline: isoDate(now + (60 + Math.floor(random() * 10)) * DAY_MS),
        preferredLanguages: ["id", "en"],
      },
    },
  ];
}

interface Weighted<T> {
  value: T;
  weight: number;
}

function pickWeighted<T>(random: Random, items: readonly Weighted<T>[]): T {
  return pickItem(random, items).value;
}

function pickItem<I extends Weighted<unknown>>(random: Random, items: readonly I[]): I {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let left = random() * total;
  for (const item of items) {
    left -= item.weight;
    if (left < 0) return item;
  }
  const last = items.at(-1);
  if (!last) throw new Error("cannot pick from an empty list");
  return last;
}

/** `count` different values, each drawn by weight among those not drawn yet. */
function drawDistinct<T>(random: Random, items: readonly Weighted<T>[], count: number): T[] {
  const left = [...items];
  const drawn: T[] = [];
  while (drawn.length < count && left.length > 0) {
    const value = pickWeighted(random, left);
    drawn.push(value);
    left.splice(
      left.findIndex((item) => item.value === value),
      1,
    );
  }
  return drawn;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
