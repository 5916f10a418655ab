import type { AgreementTerms } from "./terms";

/**
 * Every version after the first keeps the agreement's currency, whether drafted as an
 * amendment or offered as the next phase: an engagement's invoices, payments, credit notes,
 * refunds and final settlement add up in one currency, and a pay cut is measured in it (another
 * currency hid one). Returns both currencies when `proposed` names another than `agreed`, null
 * when it keeps it or nothing is agreed yet (the first agreement chooses it).
 */
export function currencyChange(
  agreed: Pick<AgreementTerms, "remuneration"> | undefined,
  proposed: { remuneration: Pick<AgreementTerms["remuneration"], "currency"> },
): { agreed: string; proposed: string } | null {
  if (!agreed) return null;
  const kept = agreed.remuneration.currency;
  const named = proposed.remuneration.currency;
  return kept === named ? null : { agreed: kept, proposed: named };
}
