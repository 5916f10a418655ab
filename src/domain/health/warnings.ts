import { otherSide, type Side } from "../engagement/engagement";
import { HEALTH } from "./constants";
import { hasEnded } from "./engagement-end";
import { settledOn, type HealthFacts } from "./facts";
import { measureRepliesOf, unpricedDemands, type Evidence } from "./measures";
import { businessDaysBetween, dateOf, daysBetweenInstants, daysPastDue } from "./mechanics";

export const WARNING_CODES = [
  "overdue_invoice",
  "payment_terms",
  "unpriced_changes",
  "pay_cut_without_scope_cut",
  "evaluation_pending",
  "provider_late",
  "low_private_rating",
  "dispute_unanswered",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** What the side that can act should do next, by code: `health.next.<code>` in the catalogues. */
export const NEXT_STEPS = {
  overdue_invoice: "pay_invoice",
  payment_terms: "agree_payment_terms",
  unpriced_changes: "price_changes",
  pay_cut_without_scope_cut: "restore_pay_or_cut_scope",
  evaluation_pending: "evaluate_submission",
  provider_late: "catch_up_delivery",
  low_private_rating: "talk_it_through",
  dispute_unanswered: "answer_dispute",
} as const satisfies Record<WarningCode, string>;

/**
 * The step instead, once the window for the code's own step has closed and the warning turned
 * red for it: a round the review window deemed accepted can no longer be evaluated, and an
 * opening the sweeper moved up the ladder unanswered can no longer be answered.
 */
export const STEPS_AFTER_WINDOW = {
  evaluation_pending: "evaluate_in_time",
  dispute_unanswered: "take_part_in_mediation",
} as const satisfies Partial<Record<WarningCode, string>>;

export type NextStep =
  (typeof NEXT_STEPS)[WarningCode] | (typeof STEPS_AFTER_WINDOW)[keyof typeof STEPS_AFTER_WINDOW];

export type WarningLevel = "amber" | "red";

export interface HealthWarning {
  /** Stable identity while the cause lasts (code and subject), so raising and clearing pair up. */
  key: string;
  code: WarningCode;
  level: WarningLevel;
  /** Who can make it go away. */
  responsibleSide: Side | "both";
  /** Typed values for the reason's message, formatted in the reader's language at the edge. */
  values: Record<string, number | string>;
  evidence: Evidence[];
  nextStep: NextStep;
}

const W = HEALTH.warnings;

function warning(
  code: WarningCode,
  subject: string,
  level: WarningLevel,
  responsibleSide: Side | "both",
  values: Record<string, number | string>,
  evidence: Evidence[],
  nextStep: NextStep = NEXT_STEPS[code],
): HealthWarning {
  return {
    key: `${code}:${subject}`,
    code,
    level,
    responsibleSide,
    values,
    evidence,
    nextStep,
  };
}

/**
 * Every warning an engagement shows now, one row of HEALTH.md's table each. A pure function of
 * the facts: a warning whose cause went away is simply absent, and the caller clears it.
 */
export function engagementWarnings(facts: HealthFacts, now: string): HealthWarning[] {
  return [
    ...overdueInvoices(facts, now),
    ...paymentTerms(facts),
    ...unpricedChanges(facts),
    ...payCuts(facts),
    ...pendingEvaluations(facts, now),
    ...providerLate(facts, now),
    ...lowRatings(facts, now),
    ...unansweredDisputes(facts, now),
  ];
}

function overdueInvoices(facts: HealthFacts, now: string): HealthWarning[] {
  const today = dateOf(now);
  return facts.invoices.flatMap((invoice) => {
    if (settledOn(invoice) !== null) return [];
    const days = daysPastDue(invoice.dueDate, today);
    if (days <= W.overdueInvoice.amberDays) return [];
    const level = days > W.overdueInvoice.redDays ? "red" : "amber";
    return [
      warning("overdue_invoice", invoice.id, level, "client", { number: invoice.number, days }, [
        { kind: "invoice", id: invoice.id, label: invoice.number, value: days },
      ]),
    ];
  });
}

function paymentTerms(facts: HealthFacts): HealthWarning[] {
  const days = facts.paymentTermsDays ?? 0;
  if (days <= W.paymentTermsDays || facts.isLongPaymentTermsExpresslyAgreed) return [];
  return [
    warning("payment_terms", "agreement", "red", "both", { days, limit: W.paymentTermsDays }, []),
  ];
}

function unpricedChanges(facts: HealthFacts): HealthWarning[] {
  const agreed = facts.agreedEffortHours ?? 0;
  if (agreed <= 0) return [];
  const demands = unpricedDemands(facts);
  const share = demands.hours / agreed;
  if (share <= W.unpricedChanges.amberShare) return [];
  const level = share > W.unpricedChanges.redShare ? "red" : "amber";
  return [
    warning(
      "unpriced_changes",
      "scope",
      level,
      "client",
      { percent: Math.round(share * 100), count: demands.evidence.length },
      demands.evidence,
    ),
  ];
}

function payCuts(facts: HealthFacts): HealthWarning[] {
  return facts.fairDealing
    .filter((f) => f.kind === "pay_cut_without_scope_cut")
    .map((f) =>
      warning("pay_cut_without_scope_cut", f.id, "red", "client", {}, [
        { kind: "fair_dealing", id: f.id, label: f.kind, value: null },
      ]),
    );
}

function pendingEvaluations(facts: HealthFacts, now: string): HealthWarning[] {
  return facts.submissions.flatMap((submission) => {
    const evidence: Evidence[] = [
      { kind: "submission", id: submission.id, label: submission.deliverableTitle, value: null },
    ];
    if (submission.outcome === "deemed_accepted" && submission.decidedAt !== null) {
      const age = daysBetweenInstants(submission.decidedAt, now);
      if (age > W.deemedAcceptanceShownDays) return [];
      return [
        warning(
          "evaluation_pending",
          submission.id,
          "red",
          "client",
          {
            deliverable: submission.deliverableTitle,
            businessDays: businessDaysBetween(submission.submittedAt, submission.decidedAt),
          },
          evidence,
          STEPS_AFTER_WINDOW.evaluation_pending,
        ),
      ];
    }
    if (submission.decidedAt !== null) return [];
    const days = businessDaysBetween(submission.submittedAt, now);
    if (days <= W.evaluationPending.amberBusinessDays) return [];
    return [
      warning(
        "evaluation_pending",
        submission.id,
        "amber",
        "client",
        { deliverable: submission.deliverableTitle, businessDays: days },
        evidence,
      ),
    ];
  });
}

/** Not once the exit has ended the engagement: its next step, catching up, asks for work after it. */
function providerLate(facts: HealthFacts, now: string): HealthWarning[] {
  if (hasEnded(facts, now)) return [];
  const today = dateOf(now);
  const since = new Date(Date.parse(now) - W.providerOnTime.windowDays * 86_400_000).toISOString();
  const sinceDay = since.slice(0, 10);
  const due = facts.milestones.filter(
    (m) => m.dueDate >= sinceDay && (m.dueDate < today || m.deliveredAt !== null),
  );
  const late = due.filter(
    (m) => daysPastDue(m.dueDate, m.deliveredAt ? dateOf(m.deliveredAt) : today) > 0,
  );
  const replies = measureRepliesOf("provider", facts, now, since);
  const replyShare = replies.kind === "rate" && replies.n > 0 ? replies.k / replies.n : null;
  const milestoneShare = due.length > 0 ? (due.length - late.length) / due.length : null;
  const isLate =
    (milestoneShare !== null && milestoneShare < W.providerOnTime.minShare) ||
    (replyShare !== null && replyShare < W.providerOnTime.minShare);
  if (!isLate) return [];
  const replyCounts = replies.kind === "rate" ? replies : { k: 0, n: 0 };
  return [
    warning(
      "provider_late",
      "delivery",
      "amber",
      "provider",
      {
        milestonesOnTime: due.length - late.length,
        milestonesDue: due.length,
        repliesOnTime: replyCounts.k,
        replies: replyCounts.n,
      },
      late.map((m) => ({
        kind: "milestone",
        id: m.id,
        label: m.title,
        value: daysPastDue(m.dueDate, today),
      })),
    ),
  ];
}

/**
 * Revealed private ratings of 6 or less in the last 90 days. The warning names the sides and
 * the count, never a rating, so no individual answer leaves its author's side through it.
 */
function lowRatings(facts: HealthFacts, now: string): HealthWarning[] {
  const lows = facts.checkIns.filter(
    (a) =>
      daysBetweenInstants(a.answeredAt, now) <= W.lowRating.windowDays &&
      Math.min(a.relationshipRating, a.counterpartRating) <= W.lowRating.maxRating,
  );
  if (lows.length === 0) return [];
  const bySide = (side: Side) => lows.filter((a) => a.side === side).length;
  const isBoth = bySide("client") > 0 && bySide("provider") > 0;
  const isRepeated = bySide("client") >= 2 || bySide("provider") >= 2;
  const fromSide = isBoth ? "both" : (lows[0]?.side ?? "client");
  return [
    warning(
      "low_private_rating",
      "ratings",
      isBoth || isRepeated ? "red" : "amber",
      "both",
      { fromSide, count: lows.length },
      // Labelled by the day of the rating, as satisfaction's evidence is, so a reader sees
      // "Review rating, published 20 Nov 2026" rather than an id.
      [...new Map(lows.map((a) => [a.checkInId, a.answeredAt.slice(0, 10)]))].map(([id, day]) => ({
        kind: "check_in",
        id,
        label: day,
        value: null,
      })),
    ),
  ];
}

/**
 * An opening the other side leaves unanswered. Once its window passed the sweeper moves it up
 * the ladder, where the silent side can no longer answer but takes part in the mediation; the
 * warning goes when the dispute is answered, settled, or closed by the ladder's end.
 */
function unansweredDisputes(facts: HealthFacts, now: string): HealthWarning[] {
  return facts.disputes.flatMap((dispute) => {
    if (dispute.answeredAt !== null || dispute.closedAt !== undefined) return [];
    const days = businessDaysBetween(dispute.openedAt, now);
    if (days < W.disputeUnanswered.amberBusinessDays) return [];
    const level = days >= W.disputeUnanswered.redBusinessDays ? "red" : "amber";
    return [
      warning(
        "dispute_unanswered",
        dispute.id,
        level,
        otherSide(dispute.openedBySide),
        { businessDays: days },
        [{ kind: "dispute", id: dispute.id, label: dispute.id, value: days }],
        dispute.movedOnAt === undefined
          ? NEXT_STEPS.dispute_unanswered
          : STEPS_AFTER_WINDOW.dispute_unanswered,
      ),
    ];
  });
}

/** What changed between two sets of warnings: raised (new, or a level changed) and cleared. */
export function diffWarnings(
  before: readonly Pick<HealthWarning, "key" | "level">[],
  after: readonly HealthWarning[],
): { raised: HealthWarning[]; cleared: string[] } {
  const old = new Map(before.map((w) => [w.key, w.level]));
  const now = new Set(after.map((w) => w.key));
  return {
    raised: after.filter((w) => old.get(w.key) !== w.level),
    cleared: before.filter((w) => !now.has(w.key)).map((w) => w.key),
  };
}
