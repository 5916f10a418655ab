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
 * each open item is. `today` (ISO date) decides what is overdue.
 */
export function summariseEngagement(facts: SummaryFacts, today: string): EngagementSummary {
  const milestones = milestoneProgress(facts);
  const { moneyOpen, isOverdue } = openMoney(facts, today);
  const deadlines = [
    ...facts.submissions
      .filter((s) => s.status === "in_review" && s.reviewDueAt !== null)
      .map((s) => ({ kind: "review_ends" as const, at: s.reviewDueAt ?? "" })),
    ...facts.invoices
      .filter((i) => i.status !== "draft" && i.dueDate !== null)
      .map((i) => ({ kind: "invoice_due" as const, at: i.dueDate ?? "" })),
  ];
  const comparable = (deadline: { kind: string; at: string }) =>
    deadline.kind === "invoice_due" ? endOfDueDay(deadline.at) : deadline.at;
  const nextDeadline =
    deadlines.reduce<(typeof deadlines)[number] | null>(
      (soonest, d) => (!soonest || comparable(d) < comparable(soonest) ? d : soonest),
      null,
    ) ?? null;
  return { milestones, moneyOpen, isOverdue, nextDeadline, waiting: waitingOf(facts) };
}

function milestoneProgress(facts: SummaryFacts): EngagementSummary["milestones"] {
  const terms = facts.inForce;
  if (!terms) return { accepted: 0, total: 0, nextDueDate: null };
  const statuses = new Map(
    terms.deliverables.map((d) => [
      d.id,
      deliverableStatus(facts.submissions.filter((s) => s.deliverableId === d.id)),
    ]),
  );
  const accepted = new Set(acceptedMilestoneIds(terms, statuses));
  const ahead = terms.milestones
    .filter((m) => !accepted.has(m.id))
    .map((m) => m.dueDate)
    .sort();
  return { accepted: accepted.size, total: terms.milestones.length, nextDueDate: ahead[0] ?? null };
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

function waitingOf(facts: SummaryFacts): EngagementSummary["waiting"] {
  const counts = new Map<string, { side: Side; kind: SummaryWaitingKind; count: number }>();
  const add = (side: Side, kind: SummaryWaitingKind) => {
    const key = `${side}:${kind}`;
    const entry = counts.get(key) ?? { side, kind, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  };
  if (facts.draft) {
    for (const side of ["client", "provider"] as const) {
      if (!facts.draft.signedSides.includes(side)) add(side, "sign_agreement");
    }
  }
  for (const s of facts.submissions) if (s.status === "in_review") add("client", "evaluate_round");
  for (const c of facts.changeRequests) {
    add(
      c.status === "priced" ? "client" : "provider",
      c.status === "priced" ? "approve_change" : "price_change",
    );
  }
  for (const i of facts.invoices) if (i.status === "draft") add("provider", "issue_invoice");
  for (const p of facts.payments) {
    if (p.status === "recorded") add(otherSide(p.recordedSide), "confirm_payment");
  }
  const order = (kind: SummaryWaitingKind) => SUMMARY_WAITING_KINDS.indexOf(kind);
  return [...counts.values()].sort(
    (a, b) => a.side.localeCompare(b.side) || order(a.kind) - order(b.kind),
  );
}
