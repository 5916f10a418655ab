import type { AgreementTerms, EffortUnit } from "../agreement/terms";
import type { Side } from "../engagement/engagement";
import { beyondPlanningHorizon } from "../planning-horizon";
import { isSameText } from "../same-text";

export const CHANGE_REQUEST_STATUSES = [
  "proposed",
  "priced",
  "approved",
  "applied",
  "declined",
  "withdrawn",
] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

export type ChangeRequestAction = "price" | "decline" | "withdraw" | "approve" | "apply";

/**
 * Who may move a change request, and from where. The provider prices a proposed change or
 * declines to do it; the client approves or declines a priced one; whoever proposed it may
 * withdraw it until it is decided; `apply` is the system's, when the change is in the agreement.
 */
const TRANSITIONS: Record<
  ChangeRequestAction,
  { from: readonly ChangeRequestStatus[]; by: "provider" | "client" | "proposer" | "system" }
> = {
  price: { from: ["proposed"], by: "provider" },
  decline: { from: ["proposed", "priced"], by: "provider" },
  withdraw: { from: ["proposed", "priced"], by: "proposer" },
  approve: { from: ["priced"], by: "client" },
  apply: { from: ["approved"], by: "system" },
};

export type TransitionRefusal = "change_request_wrong_state" | "change_request_wrong_side";

/**
 * The status after `action`, or why it is refused. Declining belongs to the provider while the
 * change is unpriced and to the client once it is priced: each side refuses what is theirs to
 * answer.
 */
export function transitionChangeRequest(
  change: { status: ChangeRequestStatus; proposedSide: Side },
  action: ChangeRequestAction,
  actor: Side | "system",
): { ok: true; status: ChangeRequestStatus } | { ok: false; reason: TransitionRefusal } {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(change.status))
    return { ok: false, reason: "change_request_wrong_state" };
  const expected =
    action === "decline"
      ? change.status === "proposed"
        ? "provider"
        : "client"
      : rule.by === "proposer"
        ? change.proposedSide
        : rule.by;
  if (actor !== expected) return { ok: false, reason: "change_request_wrong_side" };
  return { ok: true, status: NEXT_STATUS[action] };
}

const NEXT_STATUS: Record<ChangeRequestAction, ChangeRequestStatus> = {
  price: "priced",
  decline: "declined",
  withdraw: "withdrawn",
  approve: "approved",
  apply: "applied",
};

/** Proposed or priced: nobody has decided it yet. */
export function isOpenChange(status: ChangeRequestStatus): boolean {
  return status === "proposed" || status === "priced";
}

/**
 * The open change request a side already proposed under `title`, if any. A side has at most one
 * open request of a title (compared by `isSameText`): a second is a double click or a retry,
 * and would be priced twice. Once the first is decided, withdrawn or declined, the title is free.
 */
export function openChangeTitled<
  C extends { status: ChangeRequestStatus; proposedSide: Side; title: string },
>(changes: readonly C[], proposal: { side: Side; title: string }): C | undefined {
  return changes.find(
    (change) =>
      isOpenChange(change.status) &&
      change.proposedSide === proposal.side &&
      isSameText(change.title, proposal.title),
  );
}

export interface ChangePricing {
  effort: { unit: EffortUnit; quantity: number };
  priceMinor: number;
  /** Days the affected milestones move; 0 when the schedule holds. */
  scheduleImpactDays: number;
}

export type ChangeApplication = "amendment" | "acknowledgement";

/**
 * How an approved change enters the agreement, as its change-control clause says: a new
 * version both sides sign, or, when the agreement allows it (no amendment required, or a price
 * under the acknowledgement threshold), the client's approval of the provider's price is itself
 * the acknowledgement and the new version is in force at once.
 */
export function changeApplication(
  changeControl: AgreementTerms["changeControl"],
  priceMinor: number,
): ChangeApplication {
  if (!changeControl.isAmendmentRequired) return "acknowledgement";
  if (
    changeControl.acknowledgementBelowMinor !== null &&
    priceMinor < changeControl.acknowledgementBelowMinor
  ) {
    return "acknowledgement";
  }
  return "amendment";
}

export interface ApprovedChange {
  number: number;
  title: string;
  reason: string;
  deliverableIds: readonly string[];
  additionalRevisions: number;
  pricing: ChangePricing;
}

function shiftDate(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The milestones a change moves: those of the deliverables it touches. */
function movedMilestoneIds(terms: AgreementTerms, deliverableIds: readonly string[]): Set<string> {
  const touched = new Set(deliverableIds);
  return new Set(
    terms.deliverables.flatMap((d) => (touched.has(d.id) && d.milestoneId ? [d.milestoneId] : [])),
  );
}

/** A milestone a change would move past the planning horizon: the day it would take, the limit. */
export interface MilestoneBeyondHorizon {
  title: string;
  dueDate: string;
  limit: string;
}

/**
 * The first milestone of `terms` that the change's schedule impact would move past the
 * planning horizon of `today` (`beyondPlanningHorizon`), or null. Pricing checks it against
 * the terms in force; approving checks it again against the terms the change is written into,
 * which may have moved since.
 */
export function milestoneMovedBeyondHorizon(
  terms: AgreementTerms,
  change: { deliverableIds: readonly string[]; scheduleImpactDays: number },
  today: string,
): MilestoneBeyondHorizon | null {
  if (change.scheduleImpactDays === 0) return null;
  const moved = movedMilestoneIds(terms, change.deliverableIds);
  for (const milestone of terms.milestones) {
    if (!moved.has(milestone.id)) continue;
    const dueDate = shiftDate(milestone.dueDate, change.scheduleImpactDays);
    const limit = beyondPlanningHorizon(dueDate, today);
    if (limit !== null) return { title: milestone.title, dueDate, limit };
  }
  return null;
}

/**
 * The agreement's terms once an approved change is part of them. The price raises what the
 * agreement pays (a fixed price's total, a time-and-materials cap; a retainer's period fee does
 * not move, the change is invoiced on its own); the milestones of the deliverables it touches
 * move by the schedule impact; their revision limits rise by the extra rounds bought; and a
 * clause records the change, so the signed text says what was added and for how much.
 */
export function applyChangeToTerms(
  terms: AgreementTerms,
  change: ApprovedChange,
  describePrice: (priceMinor: number) => string,
): AgreementTerms {
  const touched = new Set(change.deliverableIds);
  const movedMilestones = movedMilestoneIds(terms, change.deliverableIds);
  const { remuneration } = terms;
  const raisesTotal =
    remuneration.model === "fixed" ||
    (remuneration.model === "time_and_materials" && remuneration.amountMinor !== null);
  return {
    ...terms,
    remuneration: {
      ...remuneration,
      amountMinor:
        raisesTotal && remuneration.amountMinor !== null
          ? remuneration.amountMinor + change.pricing.priceMinor
          : remuneration.amountMinor,
    },
    milestones: terms.milestones.map((m) =>
      movedMilestones.has(m.id) && change.pricing.scheduleImpactDays !== 0
        ? { ...m, dueDate: shiftDate(m.dueDate, change.pricing.scheduleImpactDays) }
        : m,
    ),
    deliverables: terms.deliverables.map((d) =>
      touched.has(d.id) && d.revisionLimit !== null && change.additionalRevisions > 0
        ? { ...d, revisionLimit: d.revisionLimit + change.additionalRevisions }
        : d,
    ),
    additionalClauses: [
      ...terms.additionalClauses,
      {
        id: `change-request-${change.number}`,
        text: `#${change.number} ${change.title}: ${change.reason} (${describePrice(change.pricing.priceMinor)})`,
      },
    ],
  };
}

export interface ScopeSummary {
  /** What the agreement in force pays in total (fixed price, or the cap); null when open-ended. */
  agreedMinor: number | null;
  approvedChanges: { count: number; priceMinor: number };
  awaitingApproval: { count: number; priceMinor: number };
  /** Demands never priced: remarks never turned into a change, and changes awaiting a price. */
  unpricedDemands: { notes: number; changeRequests: number };
  declinedChanges: number;
}

/**
 * What the engagement was asked for beyond its agreed scope, and what of it was paid for: the
 * input health scoring uses to weigh scope creep against remuneration.
 */
export function summariseScope(input: {
  agreedMinor: number | null;
  changes: readonly { status: ChangeRequestStatus; priceMinor: number | null }[];
  notesWithoutChange: number;
}): ScopeSummary {
  const sum = (statuses: ChangeRequestStatus[]) => {
    const matching = input.changes.filter((c) => statuses.includes(c.status));
    return {
      count: matching.length,
      priceMinor: matching.reduce((total, c) => total + (c.priceMinor ?? 0), 0),
    };
  };
  return {
    agreedMinor: input.agreedMinor,
    approvedChanges: sum(["approved", "applied"]),
    awaitingApproval: sum(["priced"]),
    unpricedDemands: {
      notes: input.notesWithoutChange,
      changeRequests: input.changes.filter((c) => c.status === "proposed").length,
    },
    declinedChanges: input.changes.filter((c) => c.status === "declined").length,
  };
}
