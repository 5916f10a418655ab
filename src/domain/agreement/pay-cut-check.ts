import { remunerationTrend } from "../billing/remuneration-trend";
import { money, type Finding } from "../findings";
import { HOURS_PER_DAY, type AgreementTerms, type EffortUnit } from "./terms";

export const AMENDMENT_CODES = ["pay_cut_without_scope_cut"] as const;
export type AmendmentCode = (typeof AMENDMENT_CODES)[number];

const hoursPer = (unit: EffortUnit) => (unit === "day" ? HOURS_PER_DAY : 1);

/** A fixed price's total (else the sum of its milestones), a retainer's fee per period. */
function amountOf(terms: AgreementTerms): number | null {
  const { remuneration } = terms;
  if (remuneration.amountMinor !== null) return remuneration.amountMinor;
  if (remuneration.model !== "fixed") return null;
  return terms.milestones.reduce((sum, m) => sum + m.amountMinor, 0);
}

/** Whether the draft pays less per hour than the rate in force (time and materials). */
function isRateCut(inForce: AgreementTerms, draft: AgreementTerms): boolean {
  const [before, after] = [inForce.remuneration, draft.remuneration];
  if (before.rateMinor === null || after.rateMinor === null) return false;
  const unitOf = (r: typeof before) => r.estimatedEffort?.unit ?? "hour";
  // rateBefore / hoursBefore > rateAfter / hoursAfter, cross-multiplied to stay in integers.
  return before.rateMinor * hoursPer(unitOf(after)) > after.rateMinor * hoursPer(unitOf(before));
}

/** Whether the draft pays less for a scope that did not shrink at least in proportion. */
function isAmountCut(inForce: AgreementTerms, draft: AgreementTerms): boolean {
  const [before, after] = [amountOf(inForce), amountOf(draft)];
  if (before === null || after === null || after >= before) return false;
  const [effortBefore, effortAfter] = [
    inForce.remuneration.estimatedEffort,
    draft.remuneration.estimatedEffort,
  ];
  if (effortBefore && effortAfter) {
    // Both sides estimated the effort: the remuneration trend's rule, with no tolerance, since
    // an amendment's cut is deliberate rather than noise between periods.
    const periods = [
      { label: "in_force", remunerationMinor: before, scope: effortBefore },
      { label: "draft", remunerationMinor: after, scope: effortAfter },
    ];
    return remunerationTrend(periods, 0).findings.length > 0;
  }
  // Without estimates, the scope is kept when every deliverable in force is still there.
  const kept = new Set(draft.deliverables.map((d) => d.id));
  return inForce.deliverables.every((d) => kept.has(d.id));
}

/**
 * Flags an amendment that lowers the remuneration while the scope stays (or shrinks less than
 * the pay): the same work for less. It is `serious`, the highest severity short of blocking,
 * because a provider may choose to accept a cut, but only knowingly: signing it requires the
 * provider's explicit acknowledgement. Versions in different currencies or price models are
 * not compared.
 */
export function checkPayCut(
  inForce: AgreementTerms,
  draft: AgreementTerms,
): Finding<AmendmentCode>[] {
  const [before, after] = [inForce.remuneration, draft.remuneration];
  if (before.currency !== after.currency || before.model !== after.model) return [];
  const isTimeAndMaterials = after.model === "time_and_materials";
  const isCut = isTimeAndMaterials ? isRateCut(inForce, draft) : isAmountCut(inForce, draft);
  if (!isCut) return [];
  return [
    {
      code: "pay_cut_without_scope_cut",
      severity: "serious",
      path: isTimeAndMaterials ? "remuneration.rateMinor" : "remuneration.amountMinor",
      values: {
        paidBefore: money(
          (isTimeAndMaterials ? before.rateMinor : amountOf(inForce)) ?? 0,
          after.currency,
        ),
        paidAfter: money(
          (isTimeAndMaterials ? after.rateMinor : amountOf(draft)) ?? 0,
          after.currency,
        ),
        currency: after.currency,
      },
    },
  ];
}
