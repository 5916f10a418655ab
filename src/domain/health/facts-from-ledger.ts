import { HOURS_PER_DAY, type AgreementTerms } from "../agreement/terms";
import { remunerationTrend } from "../billing/remuneration-trend";
import { otherSide, type Side } from "../engagement/engagement";
import type { CheckInFact, HealthFacts } from "./facts";
import { emptyFacts } from "./facts";

/**
 * The one place that reads ledger events for the health model: a small reducer, kept apart so
 * it can later be swapped for the engagement kernel's typed fold. Its state is plain JSON, so
 * the incremental path stores it and folds one new event in; `accord rescore` folds every event
 * from the start; both must end in the same state (the property test checks it).
 */
export interface LedgerFactEvent {
  type: string;
  occurredAt: string;
  actorOrgId: string | null;
  payload: Record<string, unknown>;
}

/** What the ledger points to but does not hold: agreement texts, private check-in answers. */
export interface LedgerReferences {
  /** The terms of an agreement version (content-addressed by the hash in the ledger). */
  termsOf(version: number): AgreementTerms | null;
  /** The answers of a closed check-in, one per side that answered (never in the ledger). */
  answersOf(checkInId: string): CheckInFact[];
}

export interface FactsState {
  facts: HealthFacts;
  /** Effort (hours) of applied changes, added to the agreed estimate. */
  appliedEffortHours: number;
  estimatedEffortHours: number | null;
  /** The best effective rate (minor per hour) of any earlier version in force. */
  bestRate: { version: number; remunerationMinor: number; hours: number } | null;
  milestoneOfDeliverable: Record<string, string>;
  firstSubmittedAt: Record<string, string>;
  acceptedMilestoneAt: Record<string, string>;
  payments: Record<string, { invoiceId: string; amountMinor: number; paidOn: string }>;
  paidMinor: Record<string, number>;
  /** When an agreement first came into force: check-ins run on its cadence from then. */
  inForceSince: string | null;
  checkInsOpened: number;
  lastCheckInOpenedAt: string | null;
}

export function initialFactsState(header: {
  engagementId: string;
  clientOrgId: string;
  providerOrgId: string;
  startedAt: string;
}): FactsState {
  return {
    facts: emptyFacts(header),
    appliedEffortHours: 0,
    estimatedEffortHours: null,
    bestRate: null,
    milestoneOfDeliverable: {},
    firstSubmittedAt: {},
    acceptedMilestoneAt: {},
    payments: {},
    paidMinor: {},
    inForceSince: null,
    checkInsOpened: 0,
    lastCheckInOpenedAt: null,
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const text = (value: unknown): string => (typeof value === "string" ? value : "");
const num = (value: unknown): number => (typeof value === "number" ? value : 0);

function hoursOf(effort: unknown): number {
  if (typeof effort !== "object" || effort === null) return 0;
  const { unit, quantity } = effort as { unit?: unknown; quantity?: unknown };
  return num(quantity) * (unit === "day" ? HOURS_PER_DAY : 1);
}

/** Folds one event into the state; events of other kinds leave it as it was (but for activity). */
export function applyLedgerEvent(
  state: FactsState,
  event: LedgerFactEvent,
  refs: LedgerReferences,
): FactsState {
  const s: FactsState = structuredClone(state);
  const f = s.facts;
  const p = event.payload;
  if (!event.type.startsWith("health.")) f.lastActivityAt = event.occurredAt;
  const sideOf = (orgId: string | null): Side | null =>
    orgId === f.clientOrgId ? "client" : orgId === f.providerOrgId ? "provider" : null;
  switch (event.type) {
    case "agreement.in_force": {
      s.inForceSince ??= event.occurredAt;
      const terms = refs.termsOf(num(p.version));
      if (terms) applyTerms(s, num(p.version), terms);
      break;
    }
    case "deliverable.submitted": {
      const deliverableId = text(p.deliverableId);
      s.firstSubmittedAt[deliverableId] ??= event.occurredAt;
      f.submissions.push({
        id: text(p.submissionId),
        deliverableId,
        deliverableTitle: text(p.deliverableTitle),
        round: num(p.round),
        submittedAt: event.occurredAt,
        decidedAt: null,
        outcome: null,
      });
      break;
    }
    case "deliverable.evaluated":
    case "deliverable.deemed_accepted": {
      const submission = f.submissions.find((x) => x.id === text(p.submissionId));
      if (submission) {
        submission.decidedAt = event.occurredAt;
        submission.outcome =
          event.type === "deliverable.deemed_accepted"
            ? "deemed_accepted"
            : p.outcome === "accepted"
              ? "accepted"
              : "changes_requested";
      }
      break;
    }
    case "milestone.accepted":
      s.acceptedMilestoneAt[text(p.milestoneId)] ??= event.occurredAt;
      break;
    case "change_request.proposed":
      f.changeRequests.push({
        id: text(p.changeRequestId),
        number: num(p.number),
        title: text(p.title),
        proposedSide: p.side === "provider" ? "provider" : "client",
        state: "proposed",
        proposedAt: event.occurredAt,
        effortHours: null,
      });
      break;
    case "change_request.priced":
    case "change_request.approved":
    case "change_request.applied":
    case "change_request.declined":
    case "change_request.withdrawn": {
      const change = f.changeRequests.find((c) => c.id === text(p.changeRequestId));
      if (!change) break;
      if (event.type === "change_request.priced") {
        change.state = "priced";
        change.effortHours = hoursOf(p.effort);
      } else if (event.type === "change_request.approved") change.state = "approved";
      else if (event.type === "change_request.applied") {
        if (change.state !== "applied") s.appliedEffortHours += change.effortHours ?? 0;
        change.state = "applied";
      } else change.state = "closed";
      break;
    }
    case "message.posted": {
      const side = sideOf(event.actorOrgId);
      if (side) f.messages.push({ side, thread: text(p.threadId), at: event.occurredAt });
      break;
    }
    case "invoice.issued":
      // An invoice without a due date cannot be late; the contracts never let one through.
      if (!ISO_DATE.test(text(p.dueDate))) break;
      f.invoices.push({
        id: text(p.invoiceId),
        number: text(p.number),
        totalMinor: num(p.totalMinor),
        dueDate: text(p.dueDate),
        isForWork: p.sourceKind !== "late_interest",
        creditedMinor: 0,
        paidOn: null,
      });
      break;
    case "invoice.voided":
      f.invoices = f.invoices.filter((i) => i.id !== text(p.invoiceId));
      break;
    case "payment.recorded":
      s.payments[text(p.paymentId)] = {
        invoiceId: text(p.invoiceId),
        amountMinor: num(p.amountMinor),
        paidOn: ISO_DATE.test(text(p.paidOn)) ? text(p.paidOn) : event.occurredAt.slice(0, 10),
      };
      break;
    case "payment.confirmed": {
      const payment = s.payments[text(p.paymentId)];
      if (payment) {
        s.paidMinor[payment.invoiceId] =
          (s.paidMinor[payment.invoiceId] ?? 0) + payment.amountMinor;
        settle(s, payment.invoiceId, payment.paidOn);
      }
      break;
    }
    case "credit_note.issued": {
      const invoice = f.invoices.find((i) => i.id === text(p.invoiceId));
      if (invoice) {
        invoice.creditedMinor += num(p.amountMinor);
        settle(s, invoice.id, event.occurredAt.slice(0, 10));
      }
      break;
    }
    case "dispute.opened":
      f.disputes.push({
        id: text(p.disputeId),
        openedBySide: p.side === "provider" ? "provider" : "client",
        openedAt: event.occurredAt,
        answeredAt: null,
      });
      break;
    case "dispute.responded":
    case "dispute.settled": {
      // An answered dispute is not a failure; only silence past the window raises a warning.
      const dispute = f.disputes.find((d) => d.id === text(p.disputeId));
      if (dispute) dispute.answeredAt ??= event.occurredAt;
      break;
    }
    case "check_in.opened":
      s.checkInsOpened += 1;
      s.lastCheckInOpenedAt = event.occurredAt;
      break;
    case "check_in.closed":
      f.checkIns.push(...refs.answersOf(text(p.checkInId)));
      break;
    case "recognition.answered": {
      // Published by the answer of the side whose consent it needed: the recognised side
      // consents to what it was given; the giving side approves a text drafted about the other.
      const answering: Side = p.side === "provider" ? "provider" : "client";
      const isPublished = p.step === "consent_granted" || p.step === "text_approved";
      const id = text(p.recognitionId);
      const recognitions = (f.recognitions ??= []);
      if (!isPublished || recognitions.some((r) => r.id === id)) break;
      recognitions.push({
        id,
        side: p.step === "consent_granted" ? answering : otherSide(answering),
        publishedAt: event.occurredAt,
      });
      break;
    }
    default:
      break;
  }
  deriveMilestoneDelivery(s);
  return s;
}

function settle(s: FactsState, invoiceId: string, on: string): void {
  const invoice = s.facts.invoices.find((i) => i.id === invoiceId);
  if (!invoice || invoice.paidOn !== null) return;
  if ((s.paidMinor[invoiceId] ?? 0) + invoice.creditedMinor >= invoice.totalMinor)
    invoice.paidOn = on;
}

function applyTerms(s: FactsState, version: number, terms: AgreementTerms): void {
  const f = s.facts;
  const r = terms.remuneration;
  const estimate = r.estimatedEffort ? hoursOf(r.estimatedEffort) : null;
  s.estimatedEffortHours = estimate;
  const agreedHours = estimate === null ? null : estimate + s.appliedEffortHours;
  f.agreedEffortHours = agreedHours;
  f.agreedPriceMinor = r.model === "retainer" ? null : r.amountMinor;
  f.currency = r.currency;
  f.paymentTermsDays = terms.paymentTermsDays;
  f.responseHours = { ...terms.responseTimes };
  f.checkInEveryDays = terms.cadence.checkInEveryDays;
  const delivered = new Map(f.milestones.map((m) => [m.id, m.deliveredAt]));
  f.milestones = terms.milestones.map((m) => ({
    id: m.id,
    title: m.title,
    dueDate: m.dueDate,
    deliveredAt: delivered.get(m.id) ?? null,
  }));
  s.milestoneOfDeliverable = Object.fromEntries(
    terms.deliverables
      .filter((d) => d.milestoneId !== null)
      .map((d) => [d.id, d.milestoneId ?? ""]),
  );
  // A pay cut without a scope cut: this version pays less per hour than the best one before it.
  f.fairDealing = f.fairDealing.filter((x) => x.kind !== "pay_cut_without_scope_cut");
  const pay = r.amountMinor ?? 0;
  if (agreedHours !== null && agreedHours > 0 && pay > 0) {
    const best = s.bestRate;
    if (best) {
      const trend = remunerationTrend([
        {
          label: `v${best.version}`,
          remunerationMinor: best.remunerationMinor,
          scope: { unit: "hour", quantity: best.hours },
        },
        {
          label: `v${version}`,
          remunerationMinor: pay,
          scope: { unit: "hour", quantity: agreedHours },
        },
      ]);
      if (trend.findings.length > 0) {
        f.fairDealing.push({
          id: `pay_cut:v${version}`,
          kind: "pay_cut_without_scope_cut",
          at: f.lastActivityAt,
        });
      }
    }
    if (!best || pay / agreedHours > best.remunerationMinor / best.hours) {
      s.bestRate = { version, remunerationMinor: pay, hours: agreedHours };
    }
  }
}

/** A milestone is delivered when each of its deliverables was handed in once (or it was accepted). */
function deriveMilestoneDelivery(s: FactsState): void {
  for (const milestone of s.facts.milestones) {
    const deliverables = Object.entries(s.milestoneOfDeliverable)
      .filter(([, m]) => m === milestone.id)
      .map(([d]) => d);
    const times = deliverables.map((d) => s.firstSubmittedAt[d]);
    const handedIn =
      deliverables.length > 0 && times.every((t) => t !== undefined)
        ? times.reduce<string>((a, b) => ((b ?? "") > a ? (b ?? "") : a), "")
        : null;
    milestone.deliveredAt = handedIn ?? s.acceptedMilestoneAt[milestone.id] ?? null;
  }
}

/** Folds a whole ledger from the start: what `accord rescore` does for each engagement. */
export function factsFromLedger(
  header: Parameters<typeof initialFactsState>[0],
  events: readonly LedgerFactEvent[],
  refs: LedgerReferences,
): FactsState {
  return events.reduce(
    (state, event) => applyLedgerEvent(state, event, refs),
    initialFactsState(header),
  );
}

/** When the next check-in window opens: one cadence after the last one (or the agreement). */
export function nextCheckInAt(state: FactsState): string | null {
  const every = state.facts.checkInEveryDays;
  const from = state.lastCheckInOpenedAt ?? state.inForceSince;
  if (!every || every <= 0 || from === null) return null;
  return new Date(Date.parse(from) + every * 86_400_000).toISOString();
}
