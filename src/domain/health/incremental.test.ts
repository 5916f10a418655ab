import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AgreementTerms } from "../agreement/terms";
import { assessEngagement } from "./assess";
import { defaultCohort } from "./cohort";
import type { CheckInFact } from "./facts";
import {
  applyLedgerEvent,
  factsFromLedger,
  initialFactsState,
  type FactsState,
  type LedgerFactEvent,
  type LedgerReferences,
} from "./facts-from-ledger";

const HEADER = {
  engagementId: "e",
  clientOrgId: "client",
  providerOrgId: "provider",
  startedAt: "2026-01-01T00:00:00.000Z",
};

function terms(version: number): AgreementTerms {
  return {
    scope: "",
    deliverables: [
      {
        id: "d1",
        title: "D1",
        description: "",
        criteria: [],
        revisionLimit: 2,
        milestoneId: "m1",
        coversMustHaveIds: [],
      },
      {
        id: "d2",
        title: "D2",
        description: "",
        criteria: [],
        revisionLimit: 2,
        milestoneId: "m2",
        coversMustHaveIds: [],
      },
    ],
    milestones: [
      { id: "m1", title: "M1", dueDate: "2026-02-01", amountMinor: 100_000 },
      { id: "m2", title: "M2", dueDate: "2026-03-01", amountMinor: 100_000 },
    ],
    clientResponsibilities: [],
    providerResponsibilities: [],
    methodology: "",
    cadence: { checkInEveryDays: 14, channels: [] },
    responseTimes: { clientHours: 48, providerHours: 24 },
    remuneration: {
      model: "fixed",
      currency: "EUR",
      amountMinor: version === 2 ? 150_000 : 200_000,
      rateMinor: null,
      estimatedEffort: { unit: "hour", quantity: 100 },
      retainerPeriod: null,
    },
    paymentTermsDays: version === 3 ? 90 : 30,
    statutoryLateInterest: false,
    changeControl: { isAmendmentRequired: false, acknowledgementBelowMinor: null },
    reviewWindowDays: 5,
    hasDeemedAcceptance: true,
    noticePeriodDays: null,
    handOverDuties: [],
    disputeLadder: [],
    additionalClauses: [],
    isFloorWaived: false,
  };
}

const ANSWERS: Record<string, CheckInFact[]> = {
  c1: [
    {
      checkInId: "c1",
      side: "client",
      raterOrgId: "client",
      relationshipRating: 5,
      counterpartRating: 4,
      answeredAt: "2026-02-01T00:00:00.000Z",
    },
    {
      checkInId: "c1",
      side: "provider",
      raterOrgId: "provider",
      relationshipRating: 9,
      counterpartRating: 8,
      answeredAt: "2026-02-01T00:00:00.000Z",
    },
  ],
};

const refs: LedgerReferences = {
  termsOf: (version) => terms(version),
  answersOf: (id) => ANSWERS[id] ?? [],
};

const id = fc.constantFrom("a", "b", "c");
const side = fc.constantFrom("client", "provider");
const org = fc.constantFrom("client", "provider", null);

/** One event of any kind the reducer reads, with loosely related ids so they meet often. */
const eventBody = fc.oneof(
  fc.record({
    type: fc.constant("agreement.in_force"),
    payload: fc.record({ version: fc.constantFrom(1, 2, 3) }),
  }),
  fc.record({
    type: fc.constant("deliverable.submitted"),
    payload: fc.record({
      submissionId: id,
      deliverableId: fc.constantFrom("d1", "d2"),
      deliverableTitle: fc.constant("D"),
      round: fc.constantFrom(1, 2),
    }),
  }),
  fc.record({
    type: fc.constantFrom("deliverable.evaluated", "deliverable.deemed_accepted"),
    payload: fc.record({
      submissionId: id,
      outcome: fc.constantFrom("accepted", "changes_requested"),
    }),
  }),
  fc.record({
    type: fc.constant("milestone.accepted"),
    payload: fc.record({ milestoneId: fc.constantFrom("m1", "m2") }),
  }),
  fc.record({
    type: fc.constant("change_request.proposed"),
    payload: fc.record({ changeRequestId: id, number: fc.nat(9), title: fc.constant("CR"), side }),
  }),
  fc.record({
    type: fc.constantFrom(
      "change_request.priced",
      "change_request.approved",
      "change_request.applied",
      "change_request.declined",
    ),
    payload: fc.record({
      changeRequestId: id,
      effort: fc.record({
        unit: fc.constantFrom("hour", "day"),
        quantity: fc.integer({ min: 1, max: 40 }),
      }),
    }),
  }),
  fc.record({
    type: fc.constant("message.posted"),
    payload: fc.record({ threadId: fc.constantFrom("t1", "t2") }),
  }),
  fc.record({
    type: fc.constant("invoice.issued"),
    payload: fc.record({
      invoiceId: id,
      number: id,
      totalMinor: fc.integer({ min: 1, max: 300_000 }),
      dueDate: fc.constantFrom("2026-02-10", "2026-03-10"),
      sourceKind: fc.constantFrom("milestone", "late_interest"),
    }),
  }),
  fc.record({ type: fc.constant("invoice.voided"), payload: fc.record({ invoiceId: id }) }),
  fc.record({
    type: fc.constant("payment.recorded"),
    payload: fc.record({
      paymentId: id,
      invoiceId: id,
      amountMinor: fc.integer({ min: 1, max: 300_000 }),
      paidOn: fc.constantFrom("2026-02-05", "2026-03-20"),
    }),
  }),
  fc.record({ type: fc.constant("payment.confirmed"), payload: fc.record({ paymentId: id }) }),
  fc.record({
    type: fc.constant("credit_note.issued"),
    payload: fc.record({ invoiceId: id, amountMinor: fc.integer({ min: 1, max: 100_000 }) }),
  }),
  fc.record({
    type: fc.constantFrom("check_in.opened", "check_in.closed"),
    payload: fc.record({ checkInId: fc.constantFrom("c1", "c2") }),
  }),
  fc.record({
    type: fc.constant("recognition.answered"),
    payload: fc.record({
      recognitionId: id,
      kind: fc.constant("kudos"),
      step: fc.constantFrom(
        "text_approved",
        "text_declined",
        "consent_granted",
        "consent_declined",
      ),
      side,
    }),
  }),
);

const history = fc
  .array(fc.tuple(eventBody, org, fc.integer({ min: 1, max: 72 })), { maxLength: 40 })
  .map((items) => {
    let at = Date.parse(HEADER.startedAt);
    return items.map(([body, actorOrgId, hours]): LedgerFactEvent => {
      at += hours * 3_600_000;
      return {
        type: body.type,
        payload: body.payload,
        actorOrgId,
        occurredAt: new Date(at).toISOString(),
      };
    });
  });

describe("incremental and full recomputation", () => {
  it("fold one event at a time through stored JSON equals folding the whole ledger, and scores the same", () => {
    fc.assert(
      fc.property(
        history,
        fc.date({ min: new Date("2026-01-01"), max: new Date("2026-06-01"), noInvalidDate: true }),
        (events, when) => {
          // Incremental: the stored state is JSON between events, as in engagement_health.
          let stored = JSON.stringify(initialFactsState(HEADER));
          for (const event of events) {
            stored = JSON.stringify(
              applyLedgerEvent(JSON.parse(stored) as FactsState, event, refs),
            );
          }
          const full = factsFromLedger(HEADER, events, refs);
          expect(JSON.parse(stored)).toEqual(JSON.parse(JSON.stringify(full)));
          const now = when.toISOString();
          const cohort = defaultCohort();
          expect(assessEngagement((JSON.parse(stored) as FactsState).facts, now, cohort)).toEqual(
            assessEngagement(full.facts, now, cohort),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads a realistic ledger into the facts the model expects", () => {
    const at = (day: string) => `2026-${day}T10:00:00.000Z`;
    const events: LedgerFactEvent[] = [
      {
        type: "agreement.in_force",
        occurredAt: at("01-05"),
        actorOrgId: "client",
        payload: { version: 1 },
      },
      {
        type: "deliverable.submitted",
        occurredAt: at("01-30"),
        actorOrgId: "provider",
        payload: { submissionId: "s1", deliverableId: "d1", deliverableTitle: "D1", round: 1 },
      },
      {
        type: "deliverable.evaluated",
        occurredAt: at("02-02"),
        actorOrgId: "client",
        payload: { submissionId: "s1", outcome: "accepted" },
      },
      {
        type: "invoice.issued",
        occurredAt: at("02-02"),
        actorOrgId: "provider",
        payload: {
          invoiceId: "i1",
          number: "INV-0001",
          totalMinor: 100_000,
          dueDate: "2026-03-04",
          sourceKind: "milestone",
        },
      },
      {
        type: "payment.recorded",
        occurredAt: at("03-10"),
        actorOrgId: "client",
        payload: { paymentId: "p1", invoiceId: "i1", amountMinor: 100_000, paidOn: "2026-03-09" },
      },
      {
        type: "payment.confirmed",
        occurredAt: at("03-11"),
        actorOrgId: "provider",
        payload: { paymentId: "p1" },
      },
      {
        type: "agreement.in_force",
        occurredAt: at("03-12"),
        actorOrgId: "client",
        payload: { version: 2 },
      },
      {
        type: "check_in.closed",
        occurredAt: at("03-13"),
        actorOrgId: null,
        payload: { checkInId: "c1" },
      },
    ];
    const { facts } = factsFromLedger(HEADER, events, refs);
    expect(facts.milestones[0]).toMatchObject({ id: "m1", deliveredAt: at("01-30") });
    expect(facts.submissions[0]).toMatchObject({ outcome: "accepted", decidedAt: at("02-02") });
    expect(facts.invoices[0]).toMatchObject({ number: "INV-0001", paidOn: "2026-03-09" });
    expect(facts.agreedEffortHours).toBe(100);
    expect(facts.checkInEveryDays).toBe(14);
    // Version 2 pays 150 000 for the same 100 hours that version 1 paid 200 000 for.
    expect(facts.fairDealing).toEqual([
      { id: "pay_cut:v2", kind: "pay_cut_without_scope_cut", at: at("03-12") },
    ]);
    expect(facts.checkIns).toHaveLength(2);
  });
});
