import type { AgreementTerms } from "../agreement/terms";
import type { InvoiceLine } from "./invoice";

export const TERMS_LINE_REFUSALS = [
  "milestone_unknown",
  "milestone_amount_missing",
  "not_a_retainer",
  "retainer_amount_missing",
] as const;
export type TermsLineRefusal = (typeof TERMS_LINE_REFUSALS)[number];

type LineResult = { ok: true; line: InvoiceLine } | { ok: false; reason: TermsLineRefusal };

/**
 * The line that invoices an accepted milestone: one unit at the amount the agreement in force
 * set for it, titled as the milestone, so the invoice cites the agreement and not a retyped
 * price. Whether the milestone is accepted, and not yet invoiced, is the caller's check.
 */
export function milestoneInvoiceLine(
  terms: Pick<AgreementTerms, "milestones">,
  milestoneId: string,
  taxRateBasisPoints: number,
): LineResult {
  const milestone = terms.milestones.find((m) => m.id === milestoneId);
  if (!milestone) return { ok: false, reason: "milestone_unknown" };
  if (milestone.amountMinor <= 0) return { ok: false, reason: "milestone_amount_missing" };
  return {
    ok: true,
    line: {
      description: milestone.title,
      quantityMilli: 1000,
      unitPriceMinor: milestone.amountMinor,
      taxRateBasisPoints,
    },
  };
}

/**
 * The line that invoices one retainer period at the agreed fee. The description names the
 * period in the reader's language, so the caller writes it.
 */
export function retainerInvoiceLine(
  remuneration: AgreementTerms["remuneration"],
  description: string,
  taxRateBasisPoints: number,
): LineResult {
  if (remuneration.model !== "retainer") return { ok: false, reason: "not_a_retainer" };
  if (remuneration.amountMinor === null || remuneration.amountMinor <= 0) {
    return { ok: false, reason: "retainer_amount_missing" };
  }
  return {
    ok: true,
    line: {
      description,
      quantityMilli: 1000,
      unitPriceMinor: remuneration.amountMinor,
      taxRateBasisPoints,
    },
  };
}
