/**
 * The terms two sides agree on. A proposal carries the commercial part; accepting it turns it
 * into the draft of an agreement, which both sides may edit until both sign.
 */
export interface AcceptanceCriterion {
  id: string;
  statement: string;
  /** How anyone can check the statement: a test, a measurement, a document. */
  verification: string;
}

export interface Deliverable {
  id: string;
  title: string;
  description: string;
  criteria: AcceptanceCriterion[];
  /** Revision rounds included; null means unlimited, which the fair-terms check warns about. */
  revisionLimit: number | null;
  milestoneId: string | null;
  /** Brief must-haves this deliverable answers, by their ids. */
  coversMustHaveIds: string[];
}

export interface Milestone {
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD). */
  dueDate: string;
  /** What falls due for payment when the milestone is accepted (fixed-price model). */
  amountMinor: number;
}

export interface Responsibility {
  id: string;
  what: string;
  /** ISO date by which it is needed, if any. */
  dueDate: string | null;
}

export type PriceModel = "fixed" | "retainer" | "time_and_materials";
export type EffortUnit = "hour" | "day";

export interface Remuneration {
  model: PriceModel;
  currency: string;
  /** Fixed price: the total; retainer: per period; time and materials: the cap (null = none). */
  amountMinor: number | null;
  /** Time and materials: the rate per effort unit. */
  rateMinor: number | null;
  /** The provider's estimate of the effort, so the effective rate can be compared to the floor. */
  estimatedEffort: { unit: EffortUnit; quantity: number } | null;
  retainerPeriod: "month" | "quarter" | null;
}

export const DISPUTE_STEPS = [
  "negotiation",
  "amends",
  "mediation",
  "separation",
  "arbitration",
  "litigation",
] as const;
export type DisputeStep = (typeof DISPUTE_STEPS)[number];

export interface AgreementTerms {
  scope: string;
  deliverables: Deliverable[];
  milestones: Milestone[];
  clientResponsibilities: Responsibility[];
  providerResponsibilities: Responsibility[];
  methodology: string;
  cadence: { checkInEveryDays: number; channels: string[] };
  /** Hours within which each side answers the other. */
  responseTimes: { clientHours: number; providerHours: number };
  remuneration: Remuneration;
  paymentTermsDays: number;
  /** Opts into statutory late-payment interest and recovery costs. */
  statutoryLateInterest: boolean;
  changeControl: { isAmendmentRequired: boolean; acknowledgementBelowMinor: number | null };
  /** Days the client has to evaluate a submission; null means none was agreed. */
  reviewWindowDays: number | null;
  hasDeemedAcceptance: boolean;
  noticePeriodDays: number | null;
  handOverDuties: string[];
  disputeLadder: DisputeStep[];
  /** Free clauses either side added; checked for gag clauses like every other text. */
  additionalClauses: { id: string; text: string }[];
  /** The provider explicitly accepts a price under its floor rate. */
  isFloorWaived: boolean;
}

/** Hours in a working day, to compare day rates with hour rates. */
export const HOURS_PER_DAY = 8;
