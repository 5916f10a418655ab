import type { AgreementTerms } from "../agreement/terms";
import type { Side } from "../engagement/engagement";
import { creditNoteLimitMinor } from "../billing/payments";
import { beyondPlanningHorizon } from "../planning-horizon";

export const AMENDS_KINDS = [
  "rework",
  "credit_note",
  "partial_refund",
  "extended_deadline",
  "apology",
] as const;
export type AmendsKind = (typeof AMENDS_KINDS)[number];

export type AmendsItem =
  | { kind: "rework"; deliverableId: string }
  | { kind: "credit_note"; amountMinor: number }
  | { kind: "partial_refund"; amountMinor: number }
  | { kind: "extended_deadline"; milestoneId: string; dueDate: string }
  | { kind: "apology"; text: string };

/** What the offer can refer to: the engagement's record when the offer is made. */
export interface AmendsContext {
  deliverableIds: readonly string[];
  milestones: readonly { id: string; dueDate: string }[];
  /**
   * What may still be promised back to the client (`stillRefundableMinor`): a refund, with the
   * part of the offer's credit note beyond what is open on its invoice, cannot exceed it.
   */
  refundableMinor: number;
  /** What was invoiced net of earlier credit notes: a credit note cannot exceed it. */
  creditableMinor: number;
  /** What is still open on the credit note's invoice: a credit note beyond it owes money back. */
  openMinor: number;
  /** The day the offer is made (ISO date): a new deadline cannot lie before it. */
  today: string;
}

export type AmendsRefusal =
  | "amends_empty"
  | "amends_repeated_kind"
  | "amends_not_yours"
  | "amends_amount_invalid"
  | "amends_over_limit"
  | "amends_unknown_item"
  | "amends_deadline_not_later"
  | "amends_deadline_past"
  | "amends_deadline_too_far"
  | "amends_apology_blank";

/**
 * Who may offer each kind: money and re-work are the provider's to give; either side may grant
 * more time or apologise (a client who broke its word owes one as much as a provider).
 */
export const OFFERED_BY: Record<AmendsKind, readonly Side[]> = {
  rework: ["provider"],
  credit_note: ["provider"],
  partial_refund: ["provider"],
  extended_deadline: ["client", "provider"],
  apology: ["client", "provider"],
};

/**
 * Why an offer is refused, and where: the item (`index`, null for the offer as a whole), its
 * field, and the limit it passed (the money there is to credit or refund, the current due date,
 * or today for a new deadline already in the past).
 */
export interface AmendsRefusalAt {
  reason: AmendsRefusal;
  index: number | null;
  field: string | null;
  limitMinor?: number;
  dueDate?: string;
}

/**
 * Whether `items` make one valid amends offer from `side`: at least one item, each kind once
 * (a credit note and a refund may be combined, two credit notes are one larger one), amounts
 * positive whole minor units within what was invoiced or may still be paid back, items that
 * exist in the record,
 * a later deadline that has not already passed, an apology with words in it.
 */
export function checkAmendsOffer(
  items: readonly AmendsItem[],
  side: Side,
  context: AmendsContext,
): { ok: true } | ({ ok: false } & AmendsRefusalAt) {
  if (items.length === 0) return { ok: false, reason: "amends_empty", index: null, field: null };
  const kinds = new Set(items.map((item) => item.kind));
  if (kinds.size !== items.length) {
    return { ok: false, reason: "amends_repeated_kind", index: null, field: null };
  }
  const credit = items.find((item) => item.kind === "credit_note");
  // The part of the offer's credit note that covers money paid is owed back as a refund is.
  const creditedBeyondOpen =
    credit && Number.isSafeInteger(credit.amountMinor)
      ? Math.max(0, credit.amountMinor - context.openMinor)
      : 0;
  for (const [index, item] of items.entries()) {
    if (!OFFERED_BY[item.kind].includes(side)) {
      return { ok: false, reason: "amends_not_yours", index, field: "kind" };
    }
    const refusal = checkItem(item, context, creditedBeyondOpen);
    if (refusal) return { ok: false, index, ...refusal };
  }
  return { ok: true };
}

function checkItem(
  item: AmendsItem,
  context: AmendsContext,
  creditedBeyondOpenMinor: number,
): Omit<AmendsRefusalAt, "index"> | null {
  switch (item.kind) {
    case "rework":
      return context.deliverableIds.includes(item.deliverableId)
        ? null
        : { reason: "amends_unknown_item", field: "deliverableId" };
    case "credit_note":
    case "partial_refund": {
      if (!Number.isSafeInteger(item.amountMinor) || item.amountMinor <= 0)
        return { reason: "amends_amount_invalid", field: "amountMinor" };
      const limit =
        item.kind === "credit_note"
          ? creditNoteLimitMinor(context)
          : context.refundableMinor - creditedBeyondOpenMinor;
      return item.amountMinor > limit
        ? { reason: "amends_over_limit", field: "amountMinor", limitMinor: Math.max(0, limit) }
        : null;
    }
    case "extended_deadline": {
      const milestone = context.milestones.find((m) => m.id === item.milestoneId);
      if (!milestone) return { reason: "amends_unknown_item", field: "milestoneId" };
      if (item.dueDate <= milestone.dueDate) {
        return {
          reason: "amends_deadline_not_later",
          field: "dueDate",
          dueDate: milestone.dueDate,
        };
      }
      // More time that ended before the offer was made would leave the milestone late at once.
      if (item.dueDate < context.today) {
        return { reason: "amends_deadline_past", field: "dueDate", dueDate: context.today };
      }
      const latest = beyondPlanningHorizon(item.dueDate, context.today);
      return latest === null
        ? null
        : { reason: "amends_deadline_too_far", field: "dueDate", dueDate: latest };
    }
    case "apology":
      return item.text.trim().length > 0 ? null : { reason: "amends_apology_blank", field: "text" };
  }
}

/** Money the amends move to the client, so either side sees what an offer is worth. */
export function amendsValueMinor(items: readonly AmendsItem[]): number {
  return items.reduce(
    (total, item) =>
      item.kind === "credit_note" || item.kind === "partial_refund"
        ? total + item.amountMinor
        : total,
    0,
  );
}

/** The money an offer gives back to the client: its partial refunds together. */
export function refundOfferedMinor(items: readonly AmendsItem[]): number {
  return items.reduce(
    (sum, item) => (item.kind === "partial_refund" ? sum + item.amountMinor : sum),
    0,
  );
}

/**
 * Whether an offer's refunds still fit in what may be paid back (`stillRefundableMinor`) when it
 * is accepted, its own credit note already issued: the limit passed, or null when they fit.
 */
export function refundOverLimitMinor(
  items: readonly AmendsItem[],
  refundableMinor: number,
): number | null {
  return refundOfferedMinor(items) > refundableMinor ? Math.max(0, refundableMinor) : null;
}

/**
 * What accepted amends do to the agreement in force, so delivery and health follow them: a new
 * deadline moves the milestone's due date; re-work gives the deliverable one revision round more
 * than it had (a limit of none stays none), so the provider can hand it in again even when the
 * agreed rounds were used up. Money and apologies leave the terms alone. Null when nothing in
 * the offer touches the terms.
 */
export function applyAmendsToTerms(
  terms: AgreementTerms,
  items: readonly AmendsItem[],
): AgreementTerms | null {
  const reworked = new Set(items.flatMap((i) => (i.kind === "rework" ? [i.deliverableId] : [])));
  const deadlines = new Map(
    items.flatMap((i) => (i.kind === "extended_deadline" ? [[i.milestoneId, i.dueDate]] : [])),
  );
  if (reworked.size === 0 && deadlines.size === 0) return null;
  return {
    ...terms,
    deliverables: terms.deliverables.map((d) =>
      reworked.has(d.id) && d.revisionLimit !== null
        ? { ...d, revisionLimit: d.revisionLimit + 1 }
        : d,
    ),
    milestones: terms.milestones.map((m) => {
      const dueDate = deadlines.get(m.id);
      return dueDate ? { ...m, dueDate } : m;
    }),
  };
}
