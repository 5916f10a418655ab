import type { AgreementTerms } from "./terms";

type RetainerPeriod = NonNullable<AgreementTerms["remuneration"]["retainerPeriod"]>;

/**
 * A retainer keeps its period through every amendment (its fee may change, its period may
 * not): billing invoices one period at a time and the final settlement prices a day at the fee
 * over the days of the period holding it, both reading the period of the terms in force, so a
 * month turned into a quarter would price the months already worked as thirds of a quarter
 * (€3,000 a month amended to €9,000 a quarter counted the first quarter at €3,000). Returns both
 * periods when a retainer in force would get another; null otherwise.
 */
export function retainerPeriodChange(
  agreed: Pick<AgreementTerms, "remuneration"> | undefined,
  proposed: Pick<AgreementTerms, "remuneration">,
): { agreed: RetainerPeriod; proposed: RetainerPeriod } | null {
  const kept = agreed?.remuneration.retainerPeriod ?? null;
  const named = proposed.remuneration.retainerPeriod;
  if (kept === null || named === null || kept === named) return null;
  return { agreed: kept, proposed: named };
}
