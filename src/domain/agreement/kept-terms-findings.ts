import type { Finding } from "../findings";
import { currencyChange } from "./kept-currency";
import { retainerPeriodChange } from "./kept-retainer-period";
import type { AgreementTerms } from "./terms";

export const KEPT_TERMS_CODES = [
  "amendment_currency_changed",
  "amendment_retainer_period_changed",
] as const;
export type KeptTermsCode = (typeof KEPT_TERMS_CODES)[number];

/**
 * What an amendment must keep of the version in force, as findings on the draft: the rules that
 * editing and signing enforce (`currencyChange`, `retainerPeriodChange`), so a draft that breaks
 * one (written before the rule) says it cannot be signed, and why, before anyone tries. Blocking,
 * under the same codes as the refusals.
 */
export function checkKeptTerms(
  inForce: AgreementTerms,
  draft: AgreementTerms,
): Finding<KeptTermsCode>[] {
  const findings: Finding<KeptTermsCode>[] = [];
  const currency = currencyChange(inForce, draft);
  if (currency) {
    findings.push({
      code: "amendment_currency_changed",
      severity: "blocking",
      path: "remuneration.currency",
      values: { currency: currency.agreed },
    });
  }
  const period = retainerPeriodChange(inForce, draft);
  if (period) {
    findings.push({
      code: "amendment_retainer_period_changed",
      severity: "blocking",
      path: "remuneration.retainerPeriod",
      values: { period: period.agreed },
    });
  }
  return findings;
}
