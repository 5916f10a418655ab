import type { Side } from "../engagement/engagement";
import type { Cohort } from "./cohort";
import { scoreEngagement } from "./engagement-score";
import { hasEnded } from "./engagement-end";
import { settledOn, type HealthFacts } from "./facts";
import { businessDaysBetween, dateOf, daysPastDue } from "./mechanics";

export type ImprovementAction =
  | { action: "pay_invoice"; invoiceId: string; number: string; daysOverdue: number }
  | { action: "settle_change_request"; changeRequestId: string; number: number; title: string }
  | {
      action: "evaluate_submission";
      submissionId: string;
      deliverableTitle: string;
      businessDays: number;
    }
  | { action: "deliver_milestone"; milestoneId: string; title: string; daysLate: number }
  | { action: "answer_thread"; thread: string };

export type Improvement = ImprovementAction & { gain: number };

interface Candidate {
  action: ImprovementAction;
  apply(facts: HealthFacts): HealthFacts;
}

function candidatesFor(side: Side, facts: HealthFacts, now: string): Candidate[] {
  const today = dateOf(now);
  if (side === "client") {
    return [
      ...facts.invoices
        .filter((i) => settledOn(i) === null && i.dueDate < today)
        .map((invoice) => ({
          action: {
            action: "pay_invoice" as const,
            invoiceId: invoice.id,
            number: invoice.number,
            daysOverdue: daysPastDue(invoice.dueDate, today),
          },
          apply: (f: HealthFacts) => ({
            ...f,
            invoices: f.invoices.map((i) => (i.id === invoice.id ? { ...i, paidOn: today } : i)),
          }),
        })),
      ...facts.changeRequests
        .filter(
          (c) => c.proposedSide === "client" && (c.state === "proposed" || c.state === "priced"),
        )
        .map((change) => ({
          action: {
            action: "settle_change_request" as const,
            changeRequestId: change.id,
            number: change.number,
            title: change.title,
          },
          apply: (f: HealthFacts) => ({
            ...f,
            changeRequests: f.changeRequests.map((c) =>
              c.id === change.id ? { ...c, state: "approved" as const } : c,
            ),
          }),
        })),
      ...facts.submissions
        .filter((s) => s.decidedAt === null)
        .map((submission) => ({
          action: {
            action: "evaluate_submission" as const,
            submissionId: submission.id,
            deliverableTitle: submission.deliverableTitle,
            businessDays: businessDaysBetween(submission.submittedAt, now),
          },
          // Judged today, either way: the latency input does not depend on the verdict.
          apply: (f: HealthFacts) => ({
            ...f,
            submissions: f.submissions.map((s) =>
              s.id === submission.id
                ? { ...s, decidedAt: now, outcome: "changes_requested" as const }
                : s,
            ),
          }),
        })),
    ];
  }
  const waiting = threadsAwaiting("provider", facts);
  // Once the exit has ended the engagement no work is owed: lateness stays as the end froze it.
  const owed = hasEnded(facts, now) ? [] : facts.milestones;
  return [
    ...owed
      .filter((m) => m.deliveredAt === null && m.dueDate < today)
      .map((milestone) => ({
        action: {
          action: "deliver_milestone" as const,
          milestoneId: milestone.id,
          title: milestone.title,
          daysLate: daysPastDue(milestone.dueDate, today),
        },
        apply: (f: HealthFacts) => ({
          ...f,
          milestones: f.milestones.map((m) =>
            m.id === milestone.id ? { ...m, deliveredAt: now } : m,
          ),
        }),
      })),
    ...waiting.map((thread) => ({
      action: { action: "answer_thread" as const, thread },
      apply: (f: HealthFacts) => ({
        ...f,
        messages: [...f.messages, { side: "provider" as const, thread, at: now }],
      }),
    })),
  ];
}

/** Threads whose last message came from the other side: `side` owes an answer there. */
export function threadsAwaiting(side: Side, facts: HealthFacts): string[] {
  const last = new Map<string, { side: Side; at: string }>();
  for (const message of facts.messages) {
    const previous = last.get(message.thread);
    if (!previous || previous.at <= message.at) last.set(message.thread, message);
  }
  return [...last].filter(([, m]) => m.side !== side).map(([thread]) => thread);
}

/**
 * The single change that would raise `side`'s score on this engagement most, with the points it
 * would add ("pay INV-0042, 18 days overdue: +9"); null when nothing it can do today adds a point.
 * Each candidate is the engagement's facts with that one thing done now, scored again.
 */
export function bestImprovement(
  side: Side,
  facts: HealthFacts,
  now: string,
  cohort: Cohort,
): Improvement | null {
  const before = scoreEngagement(facts, now, cohort)[side].score ?? 0;
  let best: Improvement | null = null;
  for (const candidate of candidatesFor(side, facts, now)) {
    const gain = (scoreEngagement(candidate.apply(facts), now, cohort)[side].score ?? 0) - before;
    // Ties keep the first candidate: the oldest debt, the earliest milestone.
    if (gain >= 1 && (!best || gain > best.gain)) best = { ...candidate.action, gain };
  }
  return best;
}
