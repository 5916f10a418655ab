import { divideRoundingHalfUp } from "../billing/rounding";

/** One deliverable under dispute, with the verdict on each agreed criterion at its last evaluation. */
export interface DisputedDeliverable {
  id: string;
  title: string;
  criteriaMet: number;
  criteriaTotal: number;
}

export interface PartialSettlementInput {
  /** The agreed price of the disputed milestone (or of the deliverable when it has its own). */
  priceMinor: number;
  deliverables: readonly DisputedDeliverable[];
  approvedChanges: readonly { number: number; title: string; priceMinor: number }[];
  payments: readonly { reference: string; amountMinor: number }[];
  credits: readonly { number: string; amountMinor: number }[];
}

export type SettlementLine =
  | {
      kind: "criteria_met";
      deliverableId: string;
      title: string;
      criteriaMet: number;
      criteriaTotal: number;
      amountMinor: number;
    }
  | { kind: "approved_change"; number: number; title: string; amountMinor: number }
  | { kind: "payment"; reference: string; amountMinor: number }
  | { kind: "credit"; number: string; amountMinor: number };

export interface PartialSettlement {
  lines: SettlementLine[];
  /** Positive: what the client still owes; negative: what the provider gives back. */
  balanceMinor: number;
}

/**
 * What the agreed criteria say is owed for a disputed milestone, line by line, as the starting
 * point both sides see: every criterion carries an equal share of the price (across all the
 * milestone's deliverables), so each deliverable earns its criteria met times that share; an
 * approved change is owed at its price (it was agreed on its own); payments made and credit
 * notes issued come off. The lines are rounded on running totals, so they add up exactly to
 * the price times the share met.
 */
export function computePartialSettlement(input: PartialSettlementInput): PartialSettlement {
  const totalCriteria = input.deliverables.reduce((sum, d) => sum + d.criteriaTotal, 0);
  const lines: SettlementLine[] = [];
  let metSoFar = 0;
  let earnedSoFar = 0;
  for (const deliverable of input.deliverables) {
    metSoFar += Math.min(deliverable.criteriaMet, deliverable.criteriaTotal);
    const earned =
      totalCriteria === 0
        ? 0
        : Number(
            divideRoundingHalfUp(
              BigInt(input.priceMinor) * BigInt(metSoFar),
              BigInt(totalCriteria),
            ),
          );
    lines.push({
      kind: "criteria_met",
      deliverableId: deliverable.id,
      title: deliverable.title,
      criteriaMet: deliverable.criteriaMet,
      criteriaTotal: deliverable.criteriaTotal,
      amountMinor: earned - earnedSoFar,
    });
    earnedSoFar = earned;
  }
  for (const change of input.approvedChanges)
    lines.push({ kind: "approved_change", ...change, amountMinor: change.priceMinor });
  for (const payment of input.payments)
    lines.push({
      kind: "payment",
      reference: payment.reference,
      amountMinor: -payment.amountMinor,
    });
  for (const credit of input.credits)
    lines.push({ kind: "credit", number: credit.number, amountMinor: -credit.amountMinor });
  return { lines, balanceMinor: lines.reduce((sum, line) => sum + line.amountMinor, 0) };
}
