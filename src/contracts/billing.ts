import { z } from "zod";
import { PaymentAbilities, RefundAbilities } from "./abilities";
import { NextCursor } from "./pagination";
import { AGEING_BUCKETS } from "../domain/billing/ageing";
import { MAX_INVOICE_LINES, MAX_TAX_RATE_BASIS_POINTS } from "../domain/billing/invoice";
import { MAX_INVOICE_AMOUNT_MINOR } from "../domain/billing/invoice-sanity";
import { INVOICE_STATUSES } from "../domain/billing/invoice-status";
import { PAYMENT_STATUSES } from "../domain/billing/payments";
import { REFUND_STATUSES } from "../domain/billing/refunds";
import { REMINDER_REASONS } from "../domain/billing/reminders";
import { Id, Timestamp } from "./common";
import { absentWhenEmpty, queryInteger, requireSomeField } from "./input-rules";
import { CurrencyCode, IsoDate } from "./terms";
import { inUnit, typedInUnit } from "./units";

const Person = z.object({ id: Id, name: z.string() });
const Party = z.object({ id: Id, name: z.string() });
const Side = z.enum(["client", "provider"]);
const TaxRate = z
  .number()
  .int()
  .min(0, inUnit("basis_points"))
  .max(MAX_TAX_RATE_BASIS_POINTS, inUnit("basis_points"))
  .meta({
    description: "Tax rate in basis points: 2000 is 20.00 %; 0 for exempt or reverse charge",
  });
export const PositiveMinorAmount = z
  .number(typedInUnit("money"))
  .int(inUnit("money"))
  .min(1, inUnit("money"))
  .max(MAX_INVOICE_AMOUNT_MINOR, inUnit("money"))
  .meta({
    description: `Integer count of the currency's minor unit (cents), more than zero and at most ${MAX_INVOICE_AMOUNT_MINOR} (the maximum of one invoice)`,
  });

export const InvoiceStatus = z.enum(INVOICE_STATUSES);
export const InvoiceSourceKind = z.enum([
  "milestone",
  "change_request",
  "retainer",
  "manual",
  "late_interest",
]);

export const InvoiceParams = z.object({ id: Id, invoiceId: Id });
export const PaymentParams = z.object({ id: Id, invoiceId: Id, paymentId: Id });
export const OrgBillingParams = z.object({ orgId: Id });
export const RefundParams = z.object({ id: Id, refundId: Id });

export const InvoiceLineInput = z.object({
  description: z.string().trim().min(1).max(500),
  quantityMilli: z
    .number()
    .int()
    .min(1, inUnit("thousandths"))
    .max(1_000_000_000, inUnit("thousandths"))
    .meta({ description: "Quantity in thousandths: 1500 is 1.5 units" }),
  unitPriceMinor: z
    .number(typedInUnit("money"))
    .int(inUnit("money"))
    .min(0, inUnit("money"))
    .max(MAX_INVOICE_AMOUNT_MINOR, inUnit("money"))
    .meta({
      description: `Price of one unit in the currency's minor unit (cents), at most ${MAX_INVOICE_AMOUNT_MINOR}`,
    }),
  taxRateBasisPoints: TaxRate.default(0),
});

export const InvoiceSource = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("milestone"), milestoneId: z.string().min(1).max(64) }),
  z.object({ kind: z.literal("change_request"), changeRequestId: Id }),
  z.object({
    kind: z.literal("retainer"),
    periodStart: IsoDate.meta({ description: "First day of the month or quarter invoiced" }),
  }),
  z.object({ kind: z.literal("manual") }),
]);

export const CreateInvoiceBody = z.object({
  source: InvoiceSource,
  /** Manual invoices only: what they ask for. Others take their line from the agreement. */
  lines: z.array(InvoiceLineInput).max(MAX_INVOICE_LINES).optional(),
  /** The tax rate of the line taken from the agreement (milestone, change, retainer). */
  taxRateBasisPoints: TaxRate.optional(),
  note: z.string().trim().max(2000).default(""),
});

export const UpdateInvoiceBody = requireSomeField(
  z.object({
    lines: z.array(InvoiceLineInput).max(MAX_INVOICE_LINES).optional(),
    taxRateBasisPoints: TaxRate.optional(),
    note: z.string().trim().max(2000).optional(),
  }),
);

export const IssueInvoiceBody = z.object({
  issueDate: absentWhenEmpty(IsoDate.optional()).meta({
    description: "Defaults to today; never in the future",
  }),
});

export const VoidInvoiceBody = z.object({ reason: z.string().trim().min(1).max(2000) });

export const IdempotencyHeaders = z.looseObject({
  "idempotency-key": z.string().trim().min(1).max(200).meta({
    description:
      "Any unique string per payment, e.g. a UUID. A retry with the same key and body answers the payment already recorded; the same key with another body is refused.",
  }),
});

export const RecordPaymentBody = z.object({
  amountMinor: PositiveMinorAmount,
  currency: CurrencyCode,
  paidOn: IsoDate,
  reference: z.string().trim().max(200).default(""),
});

export const RecordRefundBody = z.object({
  amountMinor: PositiveMinorAmount,
  currency: CurrencyCode,
  paidOn: IsoDate.meta({
    description: "The day the money was paid back: from the engagement's first day to today",
  }),
  reference: z
    .string()
    .trim()
    .max(200)
    .default("")
    .meta({ description: "How it was paid back: a transfer reference, a method" }),
});

export const CreditNoteBody = z.object({
  amountMinor: PositiveMinorAmount,
  reason: z.string().trim().min(1).max(2000),
});

export const AsOfQuery = z.object({
  asOf: absentWhenEmpty(IsoDate.optional()).meta({
    description: "The day to compute for; defaults to today",
  }),
});

export const EarlyPaymentQuery = z.object({
  offeredMinor: queryInteger(
    z.number().int().min(1, inUnit("money")).max(MAX_INVOICE_AMOUNT_MINOR, inUnit("money")),
  ),
  payOn: IsoDate,
});

export const InvoiceLine = z.object({
  position: z.number().int(),
  description: z.string(),
  quantityMilli: z.number().int(),
  unitPriceMinor: z.number().int(),
  taxRateBasisPoints: z.number().int(),
  netMinor: z.number().int(),
});

export const Payment = z.object({
  id: Id,
  invoiceId: Id,
  amountMinor: z.number().int(),
  currency: z.string(),
  paidOn: IsoDate,
  reference: z.string(),
  status: z.enum(PAYMENT_STATUSES),
  recordedSide: Side,
  recordedBy: Person,
  recordedAt: Timestamp,
  decidedBy: Person.nullable(),
  decidedAt: Timestamp.nullable(),
  /** Whether the caller may confirm or reject it now (the side that did not record it). */
  abilities: PaymentAbilities,
});
export type Payment = z.infer<typeof Payment>;

export const Refund = z.object({
  id: Id,
  engagementId: Id,
  amountMinor: z.number().int(),
  currency: z.string(),
  paidOn: IsoDate,
  reference: z.string(),
  status: z.enum(REFUND_STATUSES),
  recordedBy: Person,
  recordedAt: Timestamp,
  decidedBy: Person.nullable(),
  decidedAt: Timestamp.nullable(),
  /** Whether the caller may confirm or reject it now (the client, while it awaits an answer). */
  abilities: RefundAbilities,
});
export type Refund = z.infer<typeof Refund>;

export const RefundList = z.object({
  refunds: z.array(Refund),
  nextCursor: NextCursor,
  currency: z.string().meta({ description: "The engagement's currency (the agreement in force)" }),
  paidMinor: z.number().int().meta({ description: "The client's confirmed payments" }),
  refundedMinor: z.number().int().meta({ description: "Refunds the client confirmed" }),
  awaitingConfirmationMinor: z
    .number()
    .int()
    .meta({ description: "Refunds recorded, not yet answered by the client" }),
  openToRefundMinor: z.number().int().meta({
    description:
      "What may still be recorded: confirmed payments less refunds confirmed or awaiting an answer",
  }),
});
export type RefundList = z.infer<typeof RefundList>;

export const CreditNote = z.object({
  id: Id,
  invoiceId: Id,
  number: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
  reason: z.string(),
  issuedOn: IsoDate,
  createdAt: Timestamp,
});
export type CreditNote = z.infer<typeof CreditNote>;

export const Invoice = z.object({
  id: Id,
  engagementId: Id,
  /** Given when issued; a draft has none. */
  number: z.string().nullable(),
  status: InvoiceStatus,
  source: z.object({ kind: InvoiceSourceKind, ref: z.string().nullable() }),
  provider: Party,
  client: Party,
  currency: z.string(),
  lines: z.array(InvoiceLine),
  taxGroups: z.array(
    z.object({
      rateBasisPoints: z.number().int(),
      netMinor: z.number().int(),
      taxMinor: z.number().int(),
    }),
  ),
  subtotalMinor: z.number().int(),
  taxMinor: z.number().int(),
  totalMinor: z.number().int(),
  note: z.string(),
  issueDate: IsoDate.nullable(),
  dueDate: IsoDate.nullable(),
  paymentTermsDays: z.number().int().nullable(),
  isLateInterestAgreed: z.boolean(),
  voidReason: z.string().nullable(),
  /** Credit notes, confirmed payments and what is still owed: total − credited − paid. */
  creditedMinor: z.number().int(),
  paidMinor: z.number().int(),
  awaitingConfirmationMinor: z.number().int(),
  outstandingMinor: z.number().int(),
  /** Past its due date with something still owed, as of today. */
  isOverdue: z.boolean(),
  daysPastDue: z.number().int(),
  payments: z.array(Payment),
  creditNotes: z.array(CreditNote),
  reminders: z.array(
    z.object({
      offsetDays: z.number().int(),
      dueOn: IsoDate,
      status: z.enum(["pending", "sent", "skipped", "cancelled"]),
      /**
       * Why a reminder was not sent: `superseded` (skipped: a later reminder was due at the same
       * time and went instead), or cancelled because the invoice was `paid`, `credited` in full
       * or `void`. Null while pending or once sent.
       */
      reason: z.enum(REMINDER_REASONS).nullable(),
      sentAt: Timestamp.nullable(),
    }),
  ),
  /**
   * A draft's findings for its provider, in the reader's language: `invoice_exceeds_agreement`
   * (a warning, not blocking) when it asks, net of tax, more than the agreement leaves to invoice.
   */
  findings: z
    .array(
      z.object({
        code: z.string(),
        severity: z.enum(["blocking", "serious", "warning"]),
        path: z.string(),
        message: z.string(),
      }),
    )
    .optional(),
  createdAt: Timestamp,
  issuedAt: Timestamp.nullable(),
  voidedAt: Timestamp.nullable(),
});
export type Invoice = z.infer<typeof Invoice>;

export const InvoiceList = z.object({ invoices: z.array(Invoice), nextCursor: NextCursor });

const LocalisedNote = z.object({ code: z.string(), message: z.string() });

export const LateInterest = z.object({
  invoiceId: Id,
  number: z.string().nullable(),
  currency: z.string(),
  dueDate: IsoDate.nullable(),
  asOf: IsoDate,
  /** Whether the agreement the invoice was issued under opted into statutory late interest. */
  isAgreed: z.boolean(),
  lines: z.array(
    z.object({
      from: IsoDate,
      to: IsoDate,
      days: z.number().int(),
      daysInYear: z.number().int(),
      principalMinor: z.number().int(),
      referenceRateBasisPoints: z.number().int(),
      annualRateBasisPoints: z.number().int(),
      interestMinor: z.number().int(),
    }),
  ),
  interestMinor: z.number().int(),
  compensationMinor: z.number().int().nullable(),
  totalMinor: z.number().int(),
  notes: z.array(LocalisedNote),
  /** What late-interest invoices on this invoice already claim, and what is left to claim. */
  claimed: z.object({ interestMinor: z.number().int(), isCompensationClaimed: z.boolean() }),
  claimable: z.object({
    interestMinor: z.number().int(),
    compensationMinor: z.number().int(),
    totalMinor: z.number().int(),
  }),
});
export type LateInterest = z.infer<typeof LateInterest>;

export const AgeingBuckets = z.object(
  Object.fromEntries(AGEING_BUCKETS.map((b) => [b, z.number().int()])) as Record<
    (typeof AGEING_BUCKETS)[number],
    z.ZodNumber
  >,
);

export const PaymentRecord = z.object({
  /** Whose record: the engagement's client, or the organisation as payer or as payee. */
  scope: z.enum(["engagement", "organisation"]),
  role: z.enum(["payer", "payee"]),
  asOf: IsoDate,
  currencies: z.array(
    z.object({
      currency: z.string(),
      averageDaysPastDue: z.number().nullable().meta({
        description:
          "Days past due weighted by value: each confirmed payment by the days it came after the due date, and what is still owed past its due date by the days it is late on asOf; null when nothing is paid or overdue",
      }),
      paidMinor: z.number().int().meta({ description: "Confirmed payments up to asOf" }),
      onTime: z.object({
        count: z.number().int(),
        of: z.number().int(),
        rateBasisPoints: z.number().int().nullable(),
      }),
      outstandingMinor: z.number().int(),
      overdueMinor: z.number().int(),
      buckets: AgeingBuckets,
    }),
  ),
});
export type PaymentRecord = z.infer<typeof PaymentRecord>;

const LocalisedFinding = z.object({
  code: z.string(),
  severity: z.enum(["blocking", "serious", "warning"]),
  path: z.string(),
  message: z.string(),
});

export const RemunerationTrend = z.object({
  engagementId: Id,
  currency: z.string().nullable(),
  periods: z.array(
    z.object({
      agreementVersion: z.number().int(),
      from: IsoDate,
      remunerationMinor: z.number().int(),
      scopeHoursMilli: z.number().int(),
      rateMinorPerHour: z.number().int().nullable(),
    }),
  ),
  findings: z.array(LocalisedFinding),
});
export type RemunerationTrend = z.infer<typeof RemunerationTrend>;

export const EarlyPaymentCheck = z.object({
  invoiceId: Id,
  finding: LocalisedFinding.extend({
    values: z.record(z.string(), z.union([z.string(), z.number()])),
  }).nullable(),
});
export type EarlyPaymentCheck = z.infer<typeof EarlyPaymentCheck>;

export const ReminderSchedule = z.object({
  orgId: Id,
  offsets: z.array(z.number().int()),
  isDefault: z.boolean(),
  updatedAt: Timestamp.nullable(),
});
export type ReminderSchedule = z.infer<typeof ReminderSchedule>;

export const ReminderScheduleBody = z.object({
  offsets: z.array(z.number().int()).max(50),
});
