import type { Side } from "../engagement/engagement";
import type { ExitEnd } from "../exit/after-exit";

/**
 * What the health model reads about one engagement, as plain typed facts. An adapter derives
 * them from the engagement's ledger (`server/modules/relationship-health/facts-from-ledger.ts`);
 * the model itself never sees events, rows or the clock. Instants are ISO-8601 UTC, dates
 * YYYY-MM-DD, money integer minor units.
 */
export interface HealthFacts {
  engagementId: string;
  clientOrgId: string;
  providerOrgId: string;
  startedAt: string;
  /** The last thing that happened: an engagement's age in its organisations' scores runs from here. */
  lastActivityAt: string;
  /** What the agreement in force pays (fixed total or cap, plus applied changes); null if open. */
  agreedPriceMinor: number | null;
  currency: string | null;
  /** Agreed effort in hours (estimate plus applied changes); null when none was agreed. */
  agreedEffortHours: number | null;
  paymentTermsDays: number | null;
  /** Terms over 60 days that both sides expressly agreed as such (EU 2011/7/EU art. 3). */
  isLongPaymentTermsExpresslyAgreed: boolean;
  responseHours: { clientHours: number; providerHours: number } | null;
  checkInEveryDays: number | null;
  milestones: MilestoneFact[];
  submissions: SubmissionFact[];
  invoices: InvoiceFact[];
  changeRequests: ChangeRequestFact[];
  messages: MessageFact[];
  /** Only answers already revealed (both sides answered, or the window closed). */
  checkIns: CheckInFact[];
  fairDealing: FairDealingFact[];
  disputes: DisputeFact[];
  /** Threats a moderator verified as tied to a review, by the side that made them. */
  threats: { id: string; side: Side; at: string }[];
  /**
   * Recognition published with the recognised side's consent (or its approved text). Absent
   * from states stored before recognition joined the model; `accord rescore` fills it in.
   */
  recognitions?: RecognitionFact[];
  /**
   * The engagement's exit as its ledger tells it (the last notice or protected exit, and its
   * amicable end): lateness is judged up to the end it brings (`judgedOn`). Absent while nobody
   * gave notice, and from states stored before exits joined the model (`accord rescore` fills
   * it in).
   */
  exit?: ExitFact;
}

export interface ExitFact extends ExitEnd {
  exitId: string;
}

export interface RecognitionFact {
  id: string;
  /** The side recognised, whose score the signal raises (never the side that gave it). */
  side: Side;
  publishedAt: string;
}

export interface MilestoneFact {
  id: string;
  title: string;
  dueDate: string;
  /** When its last deliverable was first handed in (or it was accepted); null if not yet. */
  deliveredAt: string | null;
}

export type SubmissionOutcome = "accepted" | "changes_requested" | "deemed_accepted";

export interface SubmissionFact {
  id: string;
  deliverableId: string;
  deliverableTitle: string;
  round: number;
  submittedAt: string;
  decidedAt: string | null;
  outcome: SubmissionOutcome | null;
}

export interface InvoiceFact {
  id: string;
  number: string;
  totalMinor: number;
  dueDate: string;
  /** Counts towards the price (not late interest); voided invoices are left out of the facts. */
  isForWork: boolean;
  creditedMinor: number;
  /** The day it was paid in full (confirmed payments and credits cover it); null while open. */
  paidOn: string | null;
  /**
   * While recorded payments awaiting the other side's confirmation cover what is still open:
   * the latest day they name. Absent otherwise (so states without one read as before).
   */
  claimedPaidOn?: string;
}

/**
 * The day an invoice counts as paid: confirmed in full, or covered by recorded payments that
 * await the other side's confirmation. The days a payment waits for that answer are not the
 * client's lateness (the provider holds the answer); a rejection takes the claim back. Null
 * while open.
 */
export function settledOn(invoice: InvoiceFact): string | null {
  return invoice.paidOn ?? invoice.claimedPaidOn ?? null;
}

export type ChangeRequestState = "proposed" | "priced" | "approved" | "applied" | "closed";

export interface ChangeRequestFact {
  id: string;
  number: number;
  title: string;
  proposedSide: Side;
  state: ChangeRequestState;
  proposedAt: string;
  /** The effort the provider priced, in hours; null until priced. */
  effortHours: number | null;
}

export interface MessageFact {
  side: Side;
  thread: string;
  at: string;
}

export const CHECK_IN_REASONS = [
  "clear_communication",
  "on_time",
  "good_quality",
  "fair_payment",
  "respectful",
  "stable_scope",
  "slow_replies",
  "late_delivery",
  "late_payment",
  "scope_creep",
  "poor_quality",
  "unclear_requirements",
] as const;
export type CheckInReason = (typeof CHECK_IN_REASONS)[number];

export interface CheckInFact {
  checkInId: string;
  /** The side that answered, whose ratings judge the other side. */
  side: Side;
  raterOrgId: string;
  relationshipRating: number;
  counterpartRating: number;
  answeredAt: string;
}

export type FairDealingKind =
  "pay_cut_without_scope_cut" | "unpaid_spec_work" | "discount_for_speed";

export interface FairDealingFact {
  id: string;
  kind: FairDealingKind;
  at: string;
}

export interface DisputeFact {
  id: string;
  openedBySide: Side;
  openedAt: string;
  answeredAt: string | null;
  /**
   * When the ladder first moved on without the other side's answer (its window passed), after
   * which the opening can no longer be answered. Absent until then, and from states stored
   * before it was kept (`accord rescore` fills it in).
   */
  movedOnAt?: string;
  /** When the ladder ended in separation: the dispute is closed. Absent while it is open. */
  closedAt?: string;
}

/**
 * An engagement with nothing in it yet, for tests and for the adapter to fill. Its header is
 * copied field by field: V8 builds an object spread followed by twenty fields on a slow path
 * (~25 µs, most of `accord rescore`'s cost for an engagement of a few events).
 */
export function emptyFacts(input: {
  engagementId: string;
  clientOrgId: string;
  providerOrgId: string;
  startedAt: string;
}): HealthFacts {
  return {
    engagementId: input.engagementId,
    clientOrgId: input.clientOrgId,
    providerOrgId: input.providerOrgId,
    startedAt: input.startedAt,
    lastActivityAt: input.startedAt,
    agreedPriceMinor: null,
    currency: null,
    agreedEffortHours: null,
    paymentTermsDays: null,
    isLongPaymentTermsExpresslyAgreed: false,
    responseHours: null,
    checkInEveryDays: null,
    milestones: [],
    submissions: [],
    invoices: [],
    changeRequests: [],
    messages: [],
    checkIns: [],
    fairDealing: [],
    disputes: [],
    threats: [],
    recognitions: [],
  };
}
