import type { AgreementTerms } from "../agreement/terms";
import { outstandingMinor, type PaymentStatus } from "../billing/payments";
import {
  acceptedMilestoneIds,
  deliverableStatus,
  type SubmissionRound,
} from "../delivery/deliverable-progress";
import { otherSide, type Side } from "./engagement";

/** What an engagement's row in a list waits on, by side: each kind is one side's turn. */
export const SUMMARY_WAITING_KINDS = [
  "sign_agreement",
  "evaluate_round",
  "price_change",
  "approve_change",
  "issue_invoice",
  "confirm_payment",
] as const;
export type SummaryWaitingKind = (typeof SUMMARY_WAITING_KINDS)[number];

/**
 * What stops waiting once the exit has ended the engagement: a draft asks for new terms and a
 * change for more work. The settlement's steps (rounds, invoices, payments, and in "what waits
 * for me" refunds) still wait. The list's `waitingOn` filter says the same in SQL (`waitsOn`,
 * engagements.repository.ts).
 */
const ENDED_BY_EXIT: ReadonlySet<string> = new Set<SummaryWaitingKind>([
  "sign_agreement",
  "price_change",
  "approve_change",
]);

/** Whether a kind of waiting (the list's or "what waits for me") still waits after the end. */
export function waitsAfterEnd(kind: string): boolean {
  return !ENDED_BY_EXIT.has(kind);
}

/** An invoice's due date counts until the end of that day (UTC), as a timestamp to compare. */
export function endOfDueDay(isoDate: string): string {
  return `${isoDate}T23:59:59.999Z`;
}

export interface SummaryFacts {
  /** The agreement in force, if any: its milestones and deliverables give the progress. */
  inForce: Pick<AgreementTerms, "milestones" | "deliverables"> | null;
  /** Whether a draft version is open, and which sides signed it. */
  draft: { signedSides: readonly Side[] } | null;
  submissions: readonly (SubmissionRound & {
    deliverableId: string;
    reviewDueAt: string | null;
  })[];
  changeRequests: readonly { status: "proposed" | "priced" }[];
  invoices: readonly {
    id: string;
    status: "draft" | "issued" | "partly_paid";
    currency: string;
    totalMinor: number;
    dueDate: string | null;
  }[];
  payments: readonly {
    invoiceId: string;
    amountMinor: number;
    status: PaymentStatus;
    recordedSide: Side;
  }[];
  creditNotes: readonly { invoiceId: string; amountMinor: number }[];
}

export interface EngagementSummary {
  milestones: { accepted: number; total: number; nextDueDate: string | null };
  /** What the client still owes on issued invoices, per currency (confirmed payments only). */
  moneyOpen: { minor: number; currency: string }[];
  /** Whether an issued invoice is past its due date with money still owed. */
  isOverdue: boolean;
  /** The soonest date something waits on: a review window's end or an invoice's due date. */
  nextDeadline: { kind: "review_ends" | "invoice_due"; at: string } | null;
  waiting: { side: Side; kind: SummaryWaitingKind; count: number }[];
}

/**
 * An engagement at a glance, as its row in a list shows it: milestones accepted of those
 * agreed, money the client still owes, the soonest deadline something waits on, and whose turn
 * each open item is. `today` (ISO date) decides what is overdue. A list page summarises every
 * row on each request, so the parts below loop over the facts without building lists to sort.
 *
 * `endedOn`: the day the exit ended the engagement (`engagementEndedOn`), null while it goes
 * on. From then no work is asked of either side, as health and abilities judge it: no milestone
 * falls due (no `nextDueDate`), and no change to price or approve nor amendment to sign waits
 * on anyone. The settlement still waits: a round handed in (its answer decides what the final
 * settlement pays), invoices to issue, payments to confirm and the money still owed.
 */
export function summariseEngagement(
  facts: SummaryFacts,
  today: string,
  endedOn: string | null,
): EngagementSummary {
  const { moneyOpen, isOverdue } = openMoney(facts, today);
  const hasEnded = endedOn !== null;
  return {
    milestones: milestoneProgress(facts, hasEnded),
    moneyOpen,
    isOverdue,
    nextDeadline: nextDeadlineOf(facts),
    waiting: waitingOf(facts, hasEnded),
  };
}

function milestoneProgress(
  facts: SummaryFacts,
  hasEnded: boolean,
): EngagementSummary["milestones"] {
  const terms = facts.inForce;
  if (!terms) return { accepted: 0, total: 0, nextDueDate: null };
  const statuses = new Map(
    terms.deliverables.map((d) => [
      d.id,
      deliverableStatus(facts.submissions.filter((s) => s.deliverableId === d.id)),
    ]),
  );
  const accepted = new Set(acceptedMilestoneIds(terms, statuses));
  let nextDueDate: string | null = null;
  for (const milestone of terms.milestones) {
    if (hasEnded || accepted.has(milestone.id)) continue;
    if (nextDueDate === null || milestone.dueDate < nextDueDate) nextDueDate = milestone.dueDate;
  }
  return { accepted: accepted.size, total: terms.milestones.length, nextDueDate };
}

/**
 * The soonest review window's end or invoice due date (at the end of its day); of two at the
 * same moment, a review's, then the earlier listed.
 */
function nextDeadlineOf(facts: SummaryFacts): EngagementSummary["nextDeadline"] {
  let soonest: EngagementSummary["nextDeadline"] = null;
  let soonestAt = "";
  for (const submission of facts.submissions) {
    const at = submission.reviewDueAt;
    if (submission.status !== "in_review" || at === null) continue;
    if (soonest === null || at < soonestAt) {
      soonest = { kind: "review_ends", at };
      soonestAt = at;
    }
  }
  for (const invoice of facts.invoices) {
    const due = invoice.dueDate;
    if (invoice.status === "draft" || due === null) continue;
    const at = endOfDueDay(due);
    if (soonest === null || at < soonestAt) {
      soonest = { kind: "invoice_due", at: due };
      soonestAt = at;
    }
  }
  return soonest;
}

function openMoney(facts: SummaryFacts, today: string) {
  const byCurrency = new Map<string, number>();
  let isOverdue = false;
  for (const invoice of facts.invoices) {
    if (invoice.status === "draft") continue;
    const open = outstandingMinor(
      invoice.totalMinor,
      facts.payments.filter((p) => p.invoiceId === invoice.id),
      facts.creditNotes.filter((c) => c.invoiceId === invoice.id),
    );
    if (open <= 0) continue;
    byCurrency.set(invoice.currency, (byCurrency.get(invoice.currency) ?? 0) + open);
    if (invoice.dueDate !== null && invoice.dueDate < today) isOverdue = true;
  }
  const moneyOpen = [...byCurrency]
    .map(([currency, minor]) => ({ currency, minor }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
  return { moneyOpen, isOverdue };
}

/** The sides in the order `waiting` lists them, each side's kinds in SUMMARY_WAITING_KINDS' order. */
const SIDES: readonly Side[] = ["client", "provider"];

/** Where a side's count of a kind is kept in `waitingOf`'s counts: in the order they are listed. */
function slotOf(side: Side, kind: SummaryWaitingKind): number {
  return SIDES.indexOf(side) * SUMMARY_WAITING_KINDS.length + SUMMARY_WAITING_KINDS.indexOf(kind);
}

function waitingOf(facts: SummaryFacts, hasEnded: boolean): EngagementSummary["waiting"] {
  const counts: number[] = [];
  const countIn = (side: Side, kind: SummaryWaitingKind) => {
    if (hasEnded && !waitsAfterEnd(kind)) return;
    const slot = slotOf(side, kind);
    counts[slot] = (counts[slot] ?? 0) + 1;
  };
  if (facts.draft) {
    for (const side of SIDES) {
      if (!facts.draft.signedSides.includes(side)) countIn(side, "sign_agreement");
    }
  }
  for (const s of facts.submissions) {
    if (s.status === "in_review") countIn("client", "evaluate_round");
  }
  for (const c of facts.changeRequests) {
    if (c.status === "priced") countIn("client", "approve_change");
    else countIn("provider", "price_change");
  }
  for (const i of facts.invoices) {
    if (i.status === "draft") countIn("provider", "issue_invoice");
  }
  for (const p of facts.payments) {
    if (p.status === "recorded") countIn(otherSide(p.recordedSide), "confirm_payment");
  }
  const waiting: EngagementSummary["waiting"] = [];
  if (counts.length === 0) return waiting;
  for (const side of SIDES) {
    for (const kind of SUMMARY_WAITING_KINDS) {
      const count = counts[slotOf(side, kind)];
      if (count) waiting.push({ side, kind, count });
    }
  }
  return waiting;
}
