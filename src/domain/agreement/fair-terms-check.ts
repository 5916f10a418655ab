import { money, type Finding } from "../findings";
import { checkCriteria, CRITERIA_CODES } from "./criteria-findings";
import { checkKeptTerms, KEPT_TERMS_CODES } from "./kept-terms-findings";
import { checkPaidMilestones, MILESTONE_CODES } from "./milestone-findings";
import { AMENDMENT_CODES, checkPayCut } from "./pay-cut-check";
import { findReviewGag } from "./review-gag";
import { HOURS_PER_DAY, type AgreementTerms, type EffortUnit } from "./terms";

export const FAIR_TERMS_CODES = [
  ...CRITERIA_CODES,
  ...MILESTONE_CODES,
  ...AMENDMENT_CODES,
  ...KEPT_TERMS_CODES,
  "review_gag_clause",
  "acceptance_criteria_missing",
  "price_below_floor",
  "payment_terms_over_limit",
  "review_window_missing",
  "review_window_over_limit",
  "revisions_unlimited",
  "notice_period_missing",
  "client_responsibilities_missing",
  "dispute_skips_amicable_steps",
] as const;
export type FairTermsCode = (typeof FAIR_TERMS_CODES)[number];

/** Payment terms longer than this warn (EU Late Payment Directive 2011/7/EU, art. 3). */
export const PAYMENT_TERMS_LIMIT_DAYS = 60;
/** A review window longer than this leaves the provider waiting for acceptance. */
export const REVIEW_WINDOW_LIMIT_DAYS = 30;

/** The provider's floor, as declared on its profile. */
export interface FloorRate {
  currency: string;
  amountMinor: number;
  unit: EffortUnit;
}

function textsOf(terms: AgreementTerms): { path: string; text: string }[] {
  return [
    { path: "scope", text: terms.scope },
    { path: "methodology", text: terms.methodology },
    ...terms.deliverables.map((d, i) => ({
      path: `deliverables.${i}.description`,
      text: d.description,
    })),
    ...terms.handOverDuties.map((text, i) => ({ path: `handOverDuties.${i}`, text })),
    ...terms.clientResponsibilities.map((r, i) => ({
      path: `clientResponsibilities.${i}.what`,
      text: r.what,
    })),
    ...terms.providerResponsibilities.map((r, i) => ({
      path: `providerResponsibilities.${i}.what`,
      text: r.what,
    })),
    ...terms.additionalClauses.map((c, i) => ({
      path: `additionalClauses.${i}.text`,
      text: c.text,
    })),
  ];
}

/**
 * The provider's effective rate per hour, from the remuneration and the estimated effort; null
 * when it cannot be known (no estimate, or a retainer without one).
 */
export function effectiveHourlyRateMinor(terms: AgreementTerms): number | null {
  const { remuneration } = terms;
  const toHours = (unit: EffortUnit, quantity: number) =>
    unit === "day" ? quantity * HOURS_PER_DAY : quantity;
  if (remuneration.model === "time_and_materials") {
    if (remuneration.rateMinor === null || !remuneration.estimatedEffort) return null;
    return remuneration.estimatedEffort.unit === "day"
      ? remuneration.rateMinor / HOURS_PER_DAY
      : remuneration.rateMinor;
  }
  const effort = remuneration.estimatedEffort;
  if (remuneration.amountMinor === null || !effort || effort.quantity <= 0) return null;
  return remuneration.amountMinor / toHours(effort.unit, effort.quantity);
}

/**
 * Flags or blocks unfair clauses. Invariant: an agreement with a blocking finding cannot be
 * signed. Blocks: gag clauses against honest reviews (any of the five languages), no acceptance
 * criteria at all, a paid milestone without a deliverable, a price under the provider's floor
 * without its explicit waiver, an amendment (a draft checked against `inForce`, the version it
 * amends) in another currency or retainer period. An amendment that cuts pay without cutting
 * scope is `serious`: signable once the provider has
 * acknowledged it (see `findingsToAcknowledge`).
 */
export function checkFairTerms(
  terms: AgreementTerms,
  floor: FloorRate | null,
  inForce: AgreementTerms | null = null,
): Finding<FairTermsCode>[] {
  const findings: Finding<FairTermsCode>[] = [];
  const add = (
    code: FairTermsCode,
    severity: Finding["severity"],
    path: string,
    values?: Finding["values"],
  ) => findings.push({ code, severity, path, ...(values && { values }) });

  for (const { path, text } of textsOf(terms)) {
    const gag = findReviewGag(text);
    if (gag) {
      add("review_gag_clause", "blocking", path, {
        language: gag.language,
        matched: gag.phrases.join(" … "),
      });
    }
  }

  const criteriaCount = terms.deliverables.reduce((sum, d) => sum + d.criteria.length, 0);
  if (criteriaCount === 0) add("acceptance_criteria_missing", "blocking", "deliverables");
  else findings.push(...checkCriteria(terms.deliverables, "warning"));
  terms.deliverables.forEach((deliverable, i) => {
    if (deliverable.revisionLimit === null)
      add("revisions_unlimited", "warning", `deliverables.${i}.revisionLimit`);
  });
  findings.push(...checkPaidMilestones(terms));
  if (inForce) findings.push(...checkKeptTerms(inForce, terms), ...checkPayCut(inForce, terms));

  const rate = effectiveHourlyRateMinor(terms);
  if (
    floor &&
    rate !== null &&
    floor.currency === terms.remuneration.currency &&
    !terms.isFloorWaived
  ) {
    const floorPerHour =
      floor.unit === "day" ? floor.amountMinor / HOURS_PER_DAY : floor.amountMinor;
    if (rate < floorPerHour) {
      add("price_below_floor", "blocking", "remuneration", {
        rate: money(Math.floor(rate), floor.currency),
        floor: money(Math.ceil(floorPerHour), floor.currency),
        currency: floor.currency,
      });
    }
  }

  if (terms.paymentTermsDays > PAYMENT_TERMS_LIMIT_DAYS) {
    add("payment_terms_over_limit", "warning", "paymentTermsDays", {
      days: PAYMENT_TERMS_LIMIT_DAYS,
    });
  }
  if (terms.reviewWindowDays === null) add("review_window_missing", "warning", "reviewWindowDays");
  else if (terms.reviewWindowDays > REVIEW_WINDOW_LIMIT_DAYS) {
    add("review_window_over_limit", "warning", "reviewWindowDays", {
      days: REVIEW_WINDOW_LIMIT_DAYS,
    });
  }
  if (terms.noticePeriodDays === null) add("notice_period_missing", "warning", "noticePeriodDays");
  if (terms.clientResponsibilities.length === 0) {
    add("client_responsibilities_missing", "warning", "clientResponsibilities");
  }
  if (!isAmicableLadder(terms.disputeLadder))
    add("dispute_skips_amicable_steps", "warning", "disputeLadder");
  return findings;
}

/** Serious findings a side must acknowledge by code before it signs: those that cost it. */
const ACKNOWLEDGED_BY: Partial<Record<FairTermsCode, "client" | "provider">> = {
  pay_cut_without_scope_cut: "provider",
};

/**
 * The codes of the findings `side` must name in its signature: the serious findings that cost
 * that side, so nobody signs away money without saying so.
 */
export function findingsToAcknowledge(
  findings: readonly Finding<FairTermsCode>[],
  side: "client" | "provider",
): FairTermsCode[] {
  const codes = findings
    .filter((f) => f.severity === "serious" && ACKNOWLEDGED_BY[f.code] === side)
    .map((f) => f.code);
  return [...new Set(codes)];
}

/** A ladder is amicable when it negotiates, then mediates, before anything adversarial. */
function isAmicableLadder(ladder: AgreementTerms["disputeLadder"]): boolean {
  const negotiation = ladder.indexOf("negotiation");
  const mediation = ladder.indexOf("mediation");
  const firstAdversarial = ladder.findIndex(
    (step) => step === "arbitration" || step === "litigation",
  );
  if (negotiation !== 0 || mediation < 0) return false;
  return firstAdversarial === -1 || firstAdversarial > mediation;
}
