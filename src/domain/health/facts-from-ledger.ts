import { HOURS_PER_DAY, type AgreementTerms } from "../agreement/terms";
import { remunerationTrend } from "../billing/remuneration-trend";
import { otherSide, type Side } from "../engagement/engagement";
import { isWorkComplete } from "../engagement/engagement-completion";
import type { EngagementEvent, EngagementEventType } from "../ledger/event-catalogue";
import { foldEvents, type EventOf, type EventReducer } from "../ledger/fold";
import type { ChangeRequestFact, CheckInFact, HealthFacts, SubmissionOutcome } from "./facts";
import { emptyFacts } from "./facts";

/** When and by which organisation an event happened: what health reads beside its payload. */
export interface FactEventMeta {
  occurredAt: string;
  actorOrgId: string | null;
}

/**
 * A ledger event as health reads it: a member of the event catalogue, its payload typed by its
 * type, with its time and acting organisation. The server parses stored rows into these
 * (`parseEngagementEvent`); the hash chain keeps reading the stored JSON as it is.
 */
export type LedgerFactEvent = EngagementEvent & FactEventMeta;

type FactEvent<T extends EngagementEventType> = EventOf<T, FactEventMeta>;

/** What the ledger points to but does not hold: agreement texts, private check-in answers. */
export interface LedgerReferences {
  /** The terms of an agreement version (content-addressed by the hash in the ledger). */
  termsOf(version: number): AgreementTerms | null;
  /** The answers of a closed check-in, one per side that answered (never in the ledger). */
  answersOf(checkInId: string): CheckInFact[];
  /**
   * The private 0–10 ratings of a published review round, one per side that reviewed, as
   * check-in-like facts dated at publication (never in the ledger; none when not loaded).
   */
  reviewRatingsOf?(occasion: { kind: string; ref: string }): CheckInFact[];
  /**
   * The private 0–10 exit ratings of an exit once both sides have given theirs, as check-in-like
   * facts dated when the second came in; none while one side alone has (none when not loaded).
   */
  exitRatingsOf?(exitId: string): CheckInFact[];
}

/**
 * Health's state folded from the ledger (`foldEvents` over `factsReducer`). It is plain JSON,
 * so the incremental path stores it and folds the new events in; `accord rescore` folds every
 * event from the start; both must end in the same state (the property test checks it).
 */
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
  /**
   * Recorded payments by id; `isConfirmed` once the other side confirmed one (absent on states
   * stored before it was kept, read as before until `accord rescore`).
   */
  payments: Record<
    string,
    { invoiceId: string; amountMinor: number; paidOn: string; isConfirmed?: true }
  >;
  paidMinor: Record<string, number>;
  /**
   * Payments recorded and not yet confirmed or rejected, by id (`InvoiceFact.claimedPaidOn`).
   * Absent when there are none, so the stored state of every other engagement reads as before.
   */
  awaitingConfirmation?: string[];
  /** When an agreement first came into force: check-ins run on its cadence from then. */
  inForceSince: string | null;
  checkInsOpened: number;
  lastCheckInOpenedAt: string | null;
  /**
   * When a version came into force naming milestones not yet accepted after the work was
   * complete: check-ins start again one cadence after it. Absent until that happens, so the
   * stored state of every other engagement reads as before.
   */
  workResumedAt?: string;
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

function hoursOf(effort: { unit: "hour" | "day"; quantity: number }): number {
  return effort.quantity * (effort.unit === "day" ? HOURS_PER_DAY : 1);
}

/**
 * Health's handlers, one per type it reads. They update the fold's working copy in place and
 * return it: `foldFacts` copies the state once on entry, so the caller's state is never touched
 * and a ledger of n events costs n steps, not n copies of a growing state.
 */
function factsReducer(refs: LedgerReferences): EventReducer<FactsState, FactEventMeta> {
  const decide = (
    s: FactsState,
    e: FactEvent<"deliverable.evaluated" | "deliverable.deemed_accepted">,
    outcome: SubmissionOutcome,
  ): FactsState => {
    const submission = s.facts.submissions.find((x) => x.id === e.payload.submissionId);
    if (submission) {
      submission.decidedAt = e.occurredAt;
      submission.outcome = outcome;
    }
    return s;
  };
  const moveChange = (
    s: FactsState,
    e: FactEvent<
      | "change_request.priced"
      | "change_request.approved"
      | "change_request.applied"
      | "change_request.declined"
      | "change_request.withdrawn"
    >,
    move: (change: ChangeRequestFact) => void,
  ): FactsState => {
    const change = s.facts.changeRequests.find((c) => c.id === e.payload.changeRequestId);
    if (change) move(change);
    return s;
  };
  const answerDispute = (
    s: FactsState,
    e: FactEvent<"dispute.responded" | "dispute.settled">,
  ): FactsState => {
    // An answered dispute is not a failure; only silence past the window raises a warning.
    const dispute = s.facts.disputes.find((d) => d.id === e.payload.disputeId);
    if (dispute) dispute.answeredAt ??= e.occurredAt;
    return s;
  };
  const startExit = (
    s: FactsState,
    e: FactEvent<"exit.notice_given" | "exit.protected_started">,
  ): FactsState => {
    s.facts.exit = {
      exitId: e.payload.exitId,
      exitDate: e.payload.exitDate,
      endedAmicablyAt: null,
    };
    return s;
  };
  const close = (change: ChangeRequestFact) => {
    change.state = "closed";
  };

  return {
    "agreement.in_force": (s, e) => {
      s.inForceSince ??= e.occurredAt;
      const terms = refs.termsOf(e.payload.version);
      if (terms) {
        const wasComplete = hasCompletedWork(s);
        applyTerms(s, e.payload.version, terms);
        if (wasComplete && !hasCompletedWork(s)) s.workResumedAt = e.occurredAt;
      }
      return s;
    },
    "deliverable.submitted": (s, e) => {
      const { submissionId, deliverableId, deliverableTitle, round } = e.payload;
      s.firstSubmittedAt[deliverableId] ??= e.occurredAt;
      s.facts.submissions.push({
        id: submissionId,
        deliverableId,
        deliverableTitle,
        round,
        submittedAt: e.occurredAt,
        decidedAt: null,
        outcome: null,
      });
      return s;
    },
    "deliverable.evaluated": (s, e) => decide(s, e, e.payload.outcome),
    "deliverable.deemed_accepted": (s, e) => decide(s, e, "deemed_accepted"),
    "milestone.accepted": (s, e) => {
      s.acceptedMilestoneAt[e.payload.milestoneId] ??= e.occurredAt;
      return s;
    },
    "change_request.proposed": (s, e) => {
      s.facts.changeRequests.push({
        id: e.payload.changeRequestId,
        number: e.payload.number,
        title: e.payload.title,
        proposedSide: e.payload.side,
        state: "proposed",
        proposedAt: e.occurredAt,
        effortHours: null,
      });
      return s;
    },
    "change_request.priced": (s, e) =>
      moveChange(s, e, (change) => {
        change.state = "priced";
        change.effortHours = hoursOf(e.payload.effort);
      }),
    "change_request.approved": (s, e) =>
      moveChange(s, e, (change) => {
        change.state = "approved";
      }),
    "change_request.applied": (s, e) =>
      moveChange(s, e, (change) => {
        if (change.state !== "applied") s.appliedEffortHours += change.effortHours ?? 0;
        change.state = "applied";
      }),
    "change_request.declined": (s, e) => moveChange(s, e, close),
    "change_request.withdrawn": (s, e) => moveChange(s, e, close),
    "message.posted": (s, e) => {
      const side = sideOf(s.facts, e.actorOrgId);
      if (side) s.facts.messages.push({ side, thread: e.payload.threadId, at: e.occurredAt });
      return s;
    },
    "invoice.issued": (s, e) => {
      const { invoiceId, number, totalMinor, dueDate, sourceKind } = e.payload;
      s.facts.invoices.push({
        id: invoiceId,
        number,
        totalMinor,
        dueDate,
        isForWork: sourceKind !== "late_interest",
        creditedMinor: 0,
        paidOn: null,
      });
      return s;
    },
    "invoice.voided": (s, e) => {
      s.facts.invoices = s.facts.invoices.filter((i) => i.id !== e.payload.invoiceId);
      return s;
    },
    "payment.recorded": (s, e) => {
      const { paymentId, invoiceId, amountMinor, paidOn } = e.payload;
      s.payments[paymentId] = { invoiceId, amountMinor, paidOn };
      s.awaitingConfirmation = [...(s.awaitingConfirmation ?? []), paymentId];
      claimCoverage(s, invoiceId);
      return s;
    },
    "payment.confirmed": (s, e) => {
      const payment = s.payments[e.payload.paymentId];
      if (payment) {
        answerPayment(s, e.payload.paymentId);
        payment.isConfirmed = true;
        s.paidMinor[payment.invoiceId] =
          (s.paidMinor[payment.invoiceId] ?? 0) + payment.amountMinor;
        settle(s, payment.invoiceId, lastConfirmedPaidOn(s, payment.invoiceId));
        claimCoverage(s, payment.invoiceId);
      }
      return s;
    },
    "payment.rejected": (s, e) => {
      const payment = s.payments[e.payload.paymentId];
      if (payment) {
        answerPayment(s, e.payload.paymentId);
        claimCoverage(s, payment.invoiceId);
      }
      return s;
    },
    "credit_note.issued": (s, e) => {
      const invoice = s.facts.invoices.find((i) => i.id === e.payload.invoiceId);
      if (invoice) {
        invoice.creditedMinor += e.payload.amountMinor;
        settle(s, invoice.id, e.occurredAt.slice(0, 10));
        claimCoverage(s, invoice.id);
      }
      return s;
    },
    "dispute.opened": (s, e) => {
      s.facts.disputes.push({
        id: e.payload.disputeId,
        openedBySide: e.payload.side,
        openedAt: e.occurredAt,
        answeredAt: null,
      });
      return s;
    },
    "moderation.case_decided": (s, e) => {
      const side = sideOf(s.facts, e.payload.accusedOrgId);
      const isVerified =
        e.payload.isVerifiedRetaliation === true || e.payload.isVerifiedThreat === true;
      if (!isVerified || side === null) return s;
      if (!s.facts.threats.some((t) => t.id === e.payload.caseId)) {
        s.facts.threats.push({ id: e.payload.caseId, side, at: e.occurredAt });
      }
      return s;
    },
    "moderation.appeal_decided": (s, e) => {
      // An overturned decision verified nothing: the cap goes with the sanction.
      if (e.payload.outcome === "overturned") {
        s.facts.threats = s.facts.threats.filter((t) => t.id !== e.payload.caseId);
      }
      return s;
    },
    "dispute.responded": answerDispute,
    "dispute.settled": answerDispute,
    "dispute.escalated": (s, e) => {
      const dispute = s.facts.disputes.find((d) => d.id === e.payload.disputeId);
      if (!dispute) return s;
      if (e.payload.to === "separation") dispute.closedAt ??= e.occurredAt;
      else if (dispute.answeredAt === null) dispute.movedOnAt ??= e.occurredAt;
      return s;
    },
    "check_in.opened": (s, e) => {
      s.checkInsOpened += 1;
      s.lastCheckInOpenedAt = e.occurredAt;
      return s;
    },
    "check_in.closed": (s, e) => {
      // Copies: the state is stored as JSON and must not share objects with the references.
      for (const answer of refs.answersOf(e.payload.checkInId))
        s.facts.checkIns.push({ ...answer });
      return s;
    },
    "review.published": (s, e) => {
      // Revealed with the round, like a check-in's answers: a private rating feeds
      // satisfaction (and the low-rating warning) only once both sides can read the reviews.
      for (const rating of refs.reviewRatingsOf?.(e.payload.occasion) ?? []) {
        if (!s.facts.checkIns.some((a) => a.checkInId === rating.checkInId)) {
          s.facts.checkIns.push({ ...rating });
        }
      }
      return s;
    },
    "exit.feedback_given": (s, e) => {
      // Revealed like a blind review: each side's private exit rating feeds satisfaction (and
      // the low-rating warning) once both sides have given theirs, never one alone.
      for (const rating of refs.exitRatingsOf?.(e.payload.exitId) ?? []) {
        if (!s.facts.checkIns.some((a) => a.checkInId === rating.checkInId)) {
          s.facts.checkIns.push({ ...rating });
        }
      }
      return s;
    },
    // The relationship ends on the exit date, or earlier when the exit ends amicably: health
    // judges lateness up to that end. A protected exit taking over notice replaces its date.
    "exit.notice_given": startExit,
    "exit.protected_started": startExit,
    "exit.ended_amicably": (s, e) => {
      const exit = s.facts.exit;
      if (exit?.exitId === e.payload.exitId) exit.endedAmicablyAt ??= e.occurredAt;
      return s;
    },
    "recognition.answered": (s, e) => {
      // Published by the answer of the side whose consent it needed: the recognised side
      // consents to what it was given; the giving side approves a text drafted about the other.
      const { recognitionId: id, step, side } = e.payload;
      const isPublished = step === "consent_granted" || step === "text_approved";
      const recognitions = (s.facts.recognitions ??= []);
      // Consent withdrawn takes it off the profile, and out of the score with it.
      if (step === "consent_withdrawn") {
        s.facts.recognitions = recognitions.filter((r) => r.id !== id);
        return s;
      }
      if (!isPublished || recognitions.some((r) => r.id === id)) return s;
      recognitions.push({
        id,
        side: step === "consent_granted" ? side : otherSide(side),
        publishedAt: e.occurredAt,
      });
      return s;
    },
  };
}

const NO_REFERENCES: LedgerReferences = { termsOf: () => null, answersOf: () => [] };

/**
 * The event types whose payload health reads. Of every other type only the time counts (as
 * activity), so a reader of the ledger may leave their payloads unread.
 */
export const HEALTH_PAYLOAD_TYPES: ReadonlySet<string> = new Set(
  Object.keys(factsReducer(NO_REFERENCES)),
);

function sideOf(facts: HealthFacts, orgId: string | null): Side | null {
  if (orgId === facts.clientOrgId) return "client";
  return orgId === facts.providerOrgId ? "provider" : null;
}

/** Every event but health's own is activity on the engagement. */
function noteActivity(s: FactsState, event: LedgerFactEvent): FactsState {
  if (!event.type.startsWith("health.")) s.facts.lastActivityAt = event.occurredAt;
  return s;
}

/**
 * Folds events into a copy of `state`: the incremental path folds the events appended since
 * the stored state, `accord rescore` every event from the initial state. Events of types health
 * does not read only count as activity.
 */
export function foldFacts(
  state: FactsState,
  events: Iterable<LedgerFactEvent>,
  refs: LedgerReferences,
): FactsState {
  return foldFactsInto(structuredClone(state), events, refs);
}

/**
 * `foldFacts` without the copy, for a state the caller owns and gives up (one just parsed from
 * its stored JSON): the state passed is updated and returned.
 */
export function foldFactsInto(
  state: FactsState,
  events: Iterable<LedgerFactEvent>,
  refs: LedgerReferences,
): FactsState {
  const folded = foldEvents(events, factsReducer(refs), state, { beforeEach: noteActivity });
  deriveMilestoneDelivery(folded);
  return folded;
}

/**
 * One event at a time, for a reader that streams ledgers (`accord rescore` folds each row as it
 * arrives, keeping no list of events): `step` folds an event into a state the caller owns, with
 * the references of that state's engagement; `finishFacts` completes a state once its ledger
 * has been folded (as `foldFactsInto` does at its end). The handlers are built once per folder,
 * not once per engagement.
 */
export function factsFolder(): {
  step: (state: FactsState, event: LedgerFactEvent, refs: LedgerReferences) => FactsState;
} {
  let current = NO_REFERENCES;
  const reducer = factsReducer({
    termsOf: (version) => current.termsOf(version),
    answersOf: (checkInId) => current.answersOf(checkInId),
    reviewRatingsOf: (occasion) => current.reviewRatingsOf?.(occasion) ?? [],
    exitRatingsOf: (exitId) => current.exitRatingsOf?.(exitId) ?? [],
  }) as Record<string, ((s: FactsState, e: LedgerFactEvent) => FactsState) | undefined>;
  return {
    step: (state, event, refs) => {
      current = refs;
      noteActivity(state, event);
      const handle = reducer[event.type];
      return handle ? handle(state, event) : state;
    },
  };
}

/** What a fold derives once its events are in: each milestone's delivery. */
export function finishFacts(state: FactsState): FactsState {
  deriveMilestoneDelivery(state);
  return state;
}

/** Folds one event into the state (a copy: `state` is left as it was). */
export function applyLedgerEvent(
  state: FactsState,
  event: LedgerFactEvent,
  refs: LedgerReferences,
): FactsState {
  return foldFacts(state, [event], refs);
}

/** A recorded payment answered (confirmed or rejected): it no longer awaits confirmation. */
function answerPayment(s: FactsState, paymentId: string): void {
  const waiting = (s.awaitingConfirmation ?? []).filter((id) => id !== paymentId);
  if (waiting.length > 0) s.awaitingConfirmation = waiting;
  else delete s.awaitingConfirmation;
}

/**
 * Whether the payments awaiting confirmation cover what the invoice still owes: then it counts
 * as paid on the latest day any of its money came (`claimedPaidOn`): the days those payments
 * name, and those of the part payments already confirmed, since the invoice was not covered
 * before its last part was paid. A rejection takes the claim back.
 */
function claimCoverage(s: FactsState, invoiceId: string): void {
  const invoice = s.facts.invoices.find((i) => i.id === invoiceId);
  if (!invoice) return;
  let claimedMinor = 0;
  let claimedOn: string | null = null;
  for (const id of s.awaitingConfirmation ?? []) {
    const payment = s.payments[id];
    if (payment?.invoiceId !== invoiceId) continue;
    claimedMinor += payment.amountMinor;
    if (claimedOn === null || payment.paidOn > claimedOn) claimedOn = payment.paidOn;
  }
  for (const payment of Object.values(s.payments)) {
    if (payment.invoiceId !== invoiceId || payment.isConfirmed !== true) continue;
    if (claimedOn !== null && payment.paidOn > claimedOn) claimedOn = payment.paidOn;
  }
  const owed = invoice.totalMinor - invoice.creditedMinor - (s.paidMinor[invoiceId] ?? 0);
  if (invoice.paidOn === null && claimedOn !== null && claimedMinor >= owed) {
    invoice.claimedPaidOn = claimedOn;
  } else {
    delete invoice.claimedPaidOn;
  }
}

/**
 * The day the last confirmed money of an invoice came: confirmations may arrive in any order,
 * and an invoice paid in parts is paid when its last part was, not when the last confirmed one was.
 */
function lastConfirmedPaidOn(s: FactsState, invoiceId: string): string {
  let last = "";
  for (const payment of Object.values(s.payments)) {
    if (payment.invoiceId === invoiceId && payment.isConfirmed === true && payment.paidOn > last) {
      last = payment.paidOn;
    }
  }
  return last;
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
  events: Iterable<LedgerFactEvent>,
  refs: LedgerReferences,
): FactsState {
  return foldFactsInto(initialFactsState(header), events, refs);
}

/**
 * Whether the work of the agreement in force is complete (`isWorkComplete`): every milestone it
 * names is accepted. The engagement's review round then asks both sides how it went.
 */
export function hasCompletedWork(state: FactsState): boolean {
  return isWorkComplete(
    state.facts.milestones.map((m) => m.id),
    (id) => state.acceptedMilestoneAt[id] !== undefined,
  );
}

/**
 * When the next check-in window opens: one cadence after the last one, after the agreement
 * came into force, or after the work resumed (whichever is latest). Null when none will open:
 * no cadence, or the work of the agreement in force is complete (`hasCompletedWork`), where
 * the engagement's review round takes the check-ins' place; a later version naming milestones
 * not yet accepted makes the work incomplete again, and the windows resume one cadence after
 * it came into force. A pure function of the folded ledger: the reaction stores it
 * (`next_check_in_at`) and the sweep decides with it (`isCheckInDue`). An exit's end is the
 * sweep's query's to apply (`listDueToOpen`): the engagement ends with it.
 */
export function nextCheckInAt(state: FactsState): string | null {
  const every = state.facts.checkInEveryDays;
  if (!every || every <= 0 || hasCompletedWork(state)) return null;
  let from = state.lastCheckInOpenedAt ?? state.inForceSince;
  const resumed = state.workResumedAt;
  if (resumed !== undefined && (from === null || resumed > from)) from = resumed;
  if (from === null) return null;
  return new Date(Date.parse(from) + every * 86_400_000).toISOString();
}

/** Whether a check-in window is due to open at `now` (`nextCheckInAt` has come). */
export function isCheckInDue(state: FactsState, now: Date): boolean {
  const next = nextCheckInAt(state);
  return next !== null && Date.parse(next) <= now.getTime();
}
