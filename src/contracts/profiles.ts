import { z } from "zod";
import { absentWhenEmpty } from "./input-rules";
import { inUnit } from "./units";
import { LOCALES } from "../i18n/locales";
import { Id, LocaleCode, OrgRef, Timestamp } from "./common";
import { CurrencyCode } from "./terms";

/** A name in each of the five interface languages. */
export const LocalisedNames = z.object(
  Object.fromEntries(LOCALES.map((l) => [l, z.string().trim().min(1).max(120)])) as Record<
    (typeof LOCALES)[number],
    z.ZodString
  >,
);

export const TaxonomyId = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/)
  .max(80)
  .meta({ description: "Stable id such as `web.ecommerce`" });

export const TaxonomyCategory = z.object({
  id: TaxonomyId,
  names: LocalisedNames,
  position: z.number().int(),
});
export const TaxonomySkill = z.object({
  id: TaxonomyId,
  categoryId: TaxonomyId,
  names: LocalisedNames,
});
export const Taxonomy = z.object({
  categories: z.array(TaxonomyCategory),
  skills: z.array(TaxonomySkill),
});
export const UpsertCategoryBody = z.object({
  names: LocalisedNames,
  position: z.number().int().min(0).max(10_000),
});
export const UpsertSkillBody = z.object({ categoryId: TaxonomyId, names: LocalisedNames });
export const TaxonomyItemParams = z.object({ id: TaxonomyId });

export const Rate = z.object({
  unit: z.enum(["hour", "day", "deliverable"]),
  amountMinor: z
    .number()
    .int()
    .min(0, inUnit("money"))
    .max(Number.MAX_SAFE_INTEGER, inUnit("money")),
  currency: CurrencyCode,
});

export const ProfileBody = z.object({
  headline: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000),
  skillIds: z.array(TaxonomyId).max(100),
  languages: z.array(LocaleCode.or(z.string().regex(/^[a-z]{2,3}$/))).max(20),
  timeZones: z.array(z.string().max(64)).max(10),
  rates: z.array(Rate).max(20),
  floorRate: z
    .object({
      currency: CurrencyCode,
      amountMinor: z
        .number()
        .int()
        .min(0, inUnit("money"))
        .max(Number.MAX_SAFE_INTEGER, inUnit("money")),
      unit: z.enum(["hour", "day"]),
    })
    .nullable(),
  availableFrom: absentWhenEmpty(z.iso.date().nullable()),
});

export const TrackRecord = z.object({
  completedEngagements: z.number().int(),
  activeEngagements: z.number().int(),
  rehireRate: z.number().nullable(),
  tenureDays: z.number().int(),
});

export const ProviderProfileResponse = ProfileBody.extend({
  /** Empty until the provider first describes itself. */
  headline: z.string(),
  /** The provider's walk-away price: present only for its own people, left out for others. */
  floorRate: ProfileBody.shape.floorRate.optional(),
  org: OrgRef,
  trackRecord: TrackRecord,
  updatedAt: Timestamp.nullable(),
});

export const ProviderParams = z.object({ orgId: Id });
