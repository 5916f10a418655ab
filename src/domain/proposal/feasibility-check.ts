import { checkCriteria, CRITERIA_CODES } from "../agreement/criteria-findings";
import { checkPaidMilestones, MILESTONE_CODES } from "../agreement/milestone-findings";
import { plannedStartOf, type Brief } from "../brief/brief";
import { day, money, type Finding } from "../findings";
import { isProposalExpired, type ProposalTerms } from "./proposal";

export const FEASIBILITY_CODES = [
  ...CRITERIA_CODES,
  ...MILESTONE_CODES,
  "over_budget",
  "currency_differs",
  "later_than_deadline",
  "starts_before_client_ready",
  "milestone_in_past",
  "must_have_uncovered",
  "uncapped_time_and_materials",
  "valid_until_passed",
] as const;
export type FeasibilityCode = (typeof FEASIBILITY_CODES)[number];

/**
 * What the proposal will cost the client in total, in its currency: the fixed price, the cap of
 * time and materials (else rate × estimated effort), or the retainer over the months it runs.
 */
export function proposalTotalMinor(proposal: ProposalTerms, months: number): number | null {
  const r = proposal.remuneration;
  switch (r.model) {
    case "fixed":
      return r.amountMinor ?? proposal.milestones.reduce((sum, m) => sum + m.amountMinor, 0);
    case "time_and_materials":
      if (r.amountMinor !== null) return r.amountMinor;
      return r.rateMinor !== null && r.estimatedEffort
        ? r.rateMinor * r.estimatedEffort.quantity
        : null;
    case "retainer":
      if (r.amountMinor === null) return null;
      return (
        r.amountMinor * Math.max(1, r.retainerPeriod === "quarter" ? Math.ceil(months / 3) : months)
      );
  }
}

function monthsBetween(from: string, to: string): number {
  const [fy = 0, fm = 0] = from.split("-").map(Number);
  const [ty = 0, tm = 0] = to.split("-").map(Number);
  return Math.max(1, (ty - fy) * 12 + (tm - fm));
}

/**
 * Compares a proposal with the brief it answers: is it measurable, within the budget and the
 * deadline, and does it cover every must-have? A deliverable without any acceptance criterion
 * blocks, as does a paid milestone without a deliverable: a proposal must be measurable, and
 * every payment it asks for must be earnable, to be sent.
 */
export function checkFeasibility(
  proposal: ProposalTerms,
  brief: Brief,
  today: string,
): Finding<FeasibilityCode>[] {
  const findings: Finding<FeasibilityCode>[] = [];
  const add = (
    code: FeasibilityCode,
    severity: Finding["severity"],
    path: string,
    values?: Finding["values"],
  ) => findings.push({ code, severity, path, ...(values && { values }) });

  findings.push(...checkCriteria(proposal.deliverables, "blocking"));
  findings.push(...checkPaidMilestones(proposal));

  const r = proposal.remuneration;
  if (r.model === "time_and_materials" && r.amountMinor === null)
    add("uncapped_time_and_materials", "warning", "remuneration");
  if (brief.budget) {
    if (brief.budget.currency !== r.currency) {
      add("currency_differs", "warning", "remuneration.currency", {
        brief: brief.budget.currency,
        proposal: r.currency,
      });
    } else {
      // A start already gone by is today: the months still to pay run from now.
      const start = plannedStartOf(brief, today);
      const total = proposalTotalMinor(
        proposal,
        brief.deadline ? monthsBetween(start, brief.deadline) : 1,
      );
      if (total !== null && total > brief.budget.maxMinor) {
        add("over_budget", "warning", "remuneration", {
          total: money(total, r.currency),
          budget: money(brief.budget.maxMinor, r.currency),
          currency: r.currency,
        });
      }
    }
  }

  const lastDue = proposal.milestones
    .map((m) => m.dueDate)
    .sort()
    .at(-1);
  if (brief.deadline && lastDue && lastDue > brief.deadline) {
    add("later_than_deadline", "warning", "milestones", {
      lastDue: day(lastDue),
      deadline: day(brief.deadline),
    });
  }
  // A plan cannot promise work by a day gone by: a slip, or a proposal left unsent too long.
  proposal.milestones.forEach((milestone, i) => {
    if (milestone.dueDate < today) {
      add("milestone_in_past", "blocking", `milestones.${i}.dueDate`, {
        dueDate: day(milestone.dueDate),
        today: day(today),
      });
    }
  });
  const firstDue = proposal.milestones.map((m) => m.dueDate).sort()[0];
  if (brief.earliestStart && firstDue && firstDue < brief.earliestStart) {
    add("starts_before_client_ready", "warning", "milestones", {
      earliestStart: day(brief.earliestStart),
    });
  }

  // An offer whose validity has run out is sent to nobody, and is shown lapsed to the client.
  if (proposal.validUntil && isProposalExpired(proposal, today)) {
    add("valid_until_passed", "blocking", "validUntil", {
      validUntil: day(proposal.validUntil),
      today: day(today),
    });
  }

  const covered = new Set(proposal.deliverables.flatMap((d) => d.coversMustHaveIds));
  // Pointed at the proposal's deliverables, where coverage is declared: the brief is not
  // part of what the provider sends.
  for (const mustHave of brief.mustHaves) {
    if (!covered.has(mustHave.id))
      add("must_have_uncovered", "warning", "deliverables", { mustHave: mustHave.text });
  }
  return findings;
}
