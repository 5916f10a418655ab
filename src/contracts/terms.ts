import { z } from "zod";
import { absentWhenEmpty, because } from "./input-rules";
import { inUnit, typedInUnit } from "./units";
import { DISPUTE_STEPS, type AgreementTerms } from "../domain/agreement/terms";
import type { ProposalTerms } from "../domain/proposal/proposal";

export const IsoDate = z.iso.date().meta({ description: "YYYY-MM-DD" });
export const MinorAmount = z
  .number(typedInUnit("money"))
  .int(inUnit("money"))
  .min(0, inUnit("money"))
  .max(Number.MAX_SAFE_INTEGER, inUnit("money"))
  .meta({
    description: "Integer count of the currency's minor unit (cents); never a decimal",
  });
const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
/** One check, so a code in lower case or unknown is told what a currency code is, once. */
export const CurrencyCode = z
  .string()
  .refine(
    (code) => /^[A-Z]{3}$/.test(code) && KNOWN_CURRENCIES.has(code),
    because("currency_unknown"),
  )
  .meta({ description: "ISO 4217 code", pattern: "^[A-Z]{3}$" });
const ItemId = z.string().min(1).max(64);
const Text = (max: number) => z.string().trim().max(max);

/**
 * A list of items that later steps name by id (a hand-in names its deliverable, a verdict its
 * criterion, an invoice its milestone), so no two may share one: each repeat is refused at its
 * own `id`, naming the second and later, and the first stays as typed.
 */
export function withDistinctIds<T extends z.ZodType<{ id: string }>>(item: T, max: number) {
  return z
    .array(item)
    .max(max)
    .superRefine((items, context) => {
      const seen = new Set<string>();
      items.forEach(({ id }, index) => {
        if (seen.has(id))
          context.addIssue({ code: "custom", ...because("id_repeated", [String(index), "id"]) });
        seen.add(id);
      });
    });
}

export const AcceptanceCriterionSchema = z.object({
  id: ItemId,
  statement: Text(1000).min(1),
  verification: Text(1000),
});

export const DeliverableSchema = z.object({
  id: ItemId,
  title: Text(200).min(1),
  description: Text(5000),
  criteria: withDistinctIds(AcceptanceCriterionSchema, 50),
  revisionLimit: z.number().int().min(0).max(100).nullable(),
  milestoneId: absentWhenEmpty(ItemId.nullable()),
  coversMustHaveIds: z.array(ItemId).max(100),
});

export const MilestoneSchema = z.object({
  id: ItemId,
  title: Text(200).min(1),
  dueDate: IsoDate,
  amountMinor: MinorAmount,
});

export const ResponsibilitySchema = z.object({
  id: ItemId,
  what: Text(1000).min(1),
  dueDate: absentWhenEmpty(IsoDate.nullable()),
});

export const RemunerationSchema = z.object({
  model: z.enum(["fixed", "retainer", "time_and_materials"]),
  currency: CurrencyCode,
  amountMinor: MinorAmount.nullable(),
  rateMinor: MinorAmount.nullable(),
  estimatedEffort: z
    .object({ unit: z.enum(["hour", "day"]), quantity: z.number().positive().max(100_000) })
    .nullable(),
  retainerPeriod: z.enum(["month", "quarter"]).nullable(),
});

const Cadence = z.object({
  checkInEveryDays: z.number().int().min(1, inUnit("days")).max(365, inUnit("days")),
  channels: z.array(Text(100).min(1)).max(10),
});

const proposalShape = {
  deliverables: withDistinctIds(DeliverableSchema, 50).min(1),
  milestones: withDistinctIds(MilestoneSchema, 50),
  methodology: Text(5000),
  cadence: Cadence,
  clientResponsibilities: z.array(ResponsibilitySchema).max(50),
  providerResponsibilities: z.array(ResponsibilitySchema).max(50),
  remuneration: RemunerationSchema,
  paymentTermsDays: z.number().int().min(0, inUnit("days")).max(365, inUnit("days")),
};

export const ProposalTermsSchema = z.object({
  ...proposalShape,
  summary: Text(5000),
  validUntil: absentWhenEmpty(IsoDate.nullable()).optional().meta({
    description:
      "The last day the offer stands; after it the client can no longer accept it (`409 proposal_expired`). Absent or null: it never lapses",
  }),
});

export const AgreementTermsSchema = z.object({
  ...proposalShape,
  deliverables: withDistinctIds(DeliverableSchema, 50),
  scope: Text(10_000),
  responseTimes: z.object({
    clientHours: z.number().int().min(1, inUnit("hours")).max(720, inUnit("hours")),
    providerHours: z.number().int().min(1, inUnit("hours")).max(720, inUnit("hours")),
  }),
  statutoryLateInterest: z.boolean(),
  changeControl: z.object({
    isAmendmentRequired: z.boolean(),
    acknowledgementBelowMinor: MinorAmount.nullable(),
  }),
  reviewWindowDays: z.number().int().min(1, inUnit("days")).max(365, inUnit("days")).nullable(),
  hasDeemedAcceptance: z.boolean(),
  noticePeriodDays: z.number().int().min(0, inUnit("days")).max(365, inUnit("days")).nullable(),
  handOverDuties: z.array(Text(1000).min(1)).max(50),
  disputeLadder: z.array(z.enum(DISPUTE_STEPS)).max(DISPUTE_STEPS.length),
  additionalClauses: z.array(z.object({ id: ItemId, text: Text(5000).min(1) })).max(50),
  isFloorWaived: z.boolean(),
});

// The contracts and the domain types describe the same terms; these lines fail to compile
// when they drift apart.
export const agreementTermsMatchDomain: z.ZodType<AgreementTerms> = AgreementTermsSchema;
export const proposalTermsMatchDomain: z.ZodType<ProposalTerms> = ProposalTermsSchema;

/** A finding of a check, localised: what is wrong and, for fair terms, why it matters. */
export const FindingSchema = z.object({
  code: z.string(),
  severity: z.enum(["blocking", "serious", "warning"]),
  path: z.string(),
  message: z.string(),
  reason: z.string().nullable(),
});
export type FindingResponse = z.infer<typeof FindingSchema>;
