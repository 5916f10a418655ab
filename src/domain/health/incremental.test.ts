import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AgreementTerms } from "../agreement/terms";
import type { EngagementEvent } from "../ledger/event-catalogue";
import { assessEngagement, standingOf } from "./assess";
import { computeCohort, defaultCohort, type Cohort } from "./cohort";
import type { CheckInFact } from "./facts";
import {
  applyLedgerEvent,
  factsFolder,
  factsFromLedger,
  finishFacts,
  initialFactsState,
  type FactsState,
  type LedgerFactEvent,
  type LedgerReferences,
} from "./facts-from-ledger";
import {
  addSums,
  scoreFromSums,
  scoreOrganisation,
  shareChange,
  sharesFromJson,
  sharesOf,
  sharesToJson,
  sumsFromJson,
  sumsToJson,
  type OrgSums,
} from "./org-aggregate";
import { testLedgerHeader } from "./test-ledger";

const HEADER = testLedgerHeader("2026-01-01T00:00:00.000Z");

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

const round = {
  deliverableId: fc.constantFrom("d1", "d2"),
  deliverableTitle: fc.constant("D"),
  round: fc.constantFrom(1, 2),
};
const changeRef = { changeRequestId: id, number: fc.nat(9), title: fc.constant("CR") };
const changeAnswer = fc.record({ ...changeRef, side, wasPriced: fc.boolean() });
const changeDecision = fc.record({
  ...changeRef,
  priceMinor: fc.nat(100_000),
  currency: fc.constant("EUR"),
  application: fc.constantFrom("amendment", "acknowledgement"),
  agreementVersion: fc.constantFrom(1, 2, 3),
});
const payment = {
  paymentId: id,
  invoiceId: id,
  number: fc.constant(null),
  currency: fc.constant("EUR"),
};
const checkIn = { checkInId: fc.constantFrom("c1", "c2"), period: fc.nat(5) };

const exitStarted = fc.record({
  exitId: fc.constantFrom("x1", "x2"),
  reason: fc.constantFrom("notice", "breach", "protected"),
  side,
  givenOn: fc.constant("2026-01-20"),
  exitDate: fc.constantFrom("2026-01-25", "2026-02-15", "2026-04-01"),
  cureBy: fc.constant(null),
  isNoticeWaived: fc.boolean(),
  handOver: fc.constant<{ key: string; duty: string; side: "client"; dueDate: string }[]>([]),
});

/** One event of any kind the reducer reads, with loosely related ids so they meet often. */
const eventBody: fc.Arbitrary<EngagementEvent> = fc.oneof(
  fc.record({
    type: fc.constant("agreement.in_force"),
    payload: fc.record({
      version: fc.constantFrom(1, 2, 3),
      contentHash: fc.constant("h"),
      supersededVersion: fc.constant(null),
    }),
  }),
  fc.record({
    type: fc.constant("deliverable.submitted"),
    payload: fc.record({
      submissionId: id,
      ...round,
      agreementVersion: fc.constant(1),
      reviewDueAt: fc.constant(null),
      fileCount: fc.nat(3),
    }),
  }),
  fc.record({
    type: fc.constant("deliverable.evaluated"),
    payload: fc.record({
      submissionId: id,
      ...round,
      outcome: fc.constantFrom("accepted", "changes_requested"),
      unmetCriterionIds: fc.array(id, { maxLength: 1 }),
      remarkCount: fc.nat(2),
    }),
  }),
  fc.record({
    type: fc.constant("deliverable.deemed_accepted"),
    payload: fc.record({
      submissionId: id,
      ...round,
      reason: fc.constant("review_window_passed"),
      reviewWindowDays: fc.constant(5),
      reviewDueAt: fc.constant(null),
    }),
  }),
  fc.record({
    type: fc.constant("milestone.accepted"),
    payload: fc.record({
      milestoneId: fc.constantFrom("m1", "m2"),
      title: fc.constant("M"),
      amountMinor: fc.constant(100_000),
      currency: fc.constant("EUR"),
    }),
  }),
  fc.record({
    type: fc.constant("change_request.proposed"),
    payload: fc.record({
      ...changeRef,
      side,
      deliverableIds: fc.array(fc.constantFrom("d1", "d2"), { maxLength: 2 }),
      fromRemarkId: fc.constant(null),
    }),
  }),
  fc.record({
    type: fc.constant("change_request.priced"),
    payload: fc.record({
      ...changeRef,
      priceMinor: fc.nat(100_000),
      currency: fc.constant("EUR"),
      effort: fc.record({
        unit: fc.constantFrom("hour", "day"),
        quantity: fc.integer({ min: 1, max: 40 }),
      }),
      scheduleImpactDays: fc.nat(10),
    }),
  }),
  fc.record({ type: fc.constant("change_request.approved"), payload: changeDecision }),
  fc.record({ type: fc.constant("change_request.applied"), payload: changeDecision }),
  fc.record({ type: fc.constant("change_request.declined"), payload: changeAnswer }),
  fc.record({
    type: fc.constant("message.posted"),
    payload: fc.record({
      messageId: id,
      threadKind: fc.constant("engagement"),
      threadId: fc.constantFrom("t1", "t2"),
    }),
  }),
  fc.record({
    type: fc.constant("invoice.issued"),
    payload: fc.record({
      invoiceId: id,
      number: id,
      totalMinor: fc.integer({ min: 1, max: 300_000 }),
      dueDate: fc.constantFrom("2026-02-10", "2026-03-10"),
      sourceKind: fc.constantFrom("milestone", "late_interest"),
      sourceRef: fc.constant(null),
      currency: fc.constant("EUR"),
      issueDate: fc.constant("2026-01-10"),
    }),
  }),
  fc.record({
    type: fc.constant("invoice.voided"),
    payload: fc.record({ invoiceId: id, number: fc.constant(null), reason: fc.constant("r") }),
  }),
  fc.record({
    type: fc.constant("payment.recorded"),
    payload: fc.record({
      ...payment,
      amountMinor: fc.integer({ min: 1, max: 300_000 }),
      paidOn: fc.constantFrom("2026-02-05", "2026-03-20"),
      side,
    }),
  }),
  fc.record({
    type: fc.constant("payment.confirmed"),
    payload: fc.record({
      ...payment,
      amountMinor: fc.integer({ min: 1, max: 300_000 }),
      invoiceStatus: fc.constant("paid"),
    }),
  }),
  fc.record({
    type: fc.constant("payment.rejected"),
    payload: fc.record({
      ...payment,
      amountMinor: fc.integer({ min: 1, max: 300_000 }),
      invoiceStatus: fc.constant("issued"),
    }),
  }),
  fc.record({
    type: fc.constant("credit_note.issued"),
    payload: fc.record({
      creditNoteId: id,
      number: id,
      invoiceId: id,
      invoiceNumber: fc.constant(null),
      amountMinor: fc.integer({ min: 1, max: 100_000 }),
      currency: fc.constant("EUR"),
      reason: fc.constant("r"),
      invoiceStatus: fc.constant("issued"),
    }),
  }),
  fc.record({
    type: fc.constant("check_in.opened"),
    payload: fc.record({ ...checkIn, closesAt: fc.constant("2026-12-01T00:00:00.000Z") }),
  }),
  fc.record({
    type: fc.constant("check_in.closed"),
    payload: fc.record({
      ...checkIn,
      reason: fc.constant("both_answered"),
      answeredSides: fc.constant(2),
    }),
  }),
  fc.record({
    type: fc.constant("dispute.opened"),
    payload: fc.record({
      disputeId: fc.constantFrom("dp1", "dp2"),
      number: fc.constant(1),
      side,
      subject: fc.constant({ kind: "conduct" as const, ref: null }),
      statement: fc.constant("s"),
      wants: fc.constant("w"),
      ladder: fc.constant<("negotiation" | "mediation" | "separation")[]>([
        "negotiation",
        "mediation",
        "separation",
      ]),
    }),
  }),
  fc.record({
    type: fc.constant("dispute.responded"),
    payload: fc.record({
      disputeId: fc.constantFrom("dp1", "dp2"),
      number: fc.constant(1),
      side,
      response: fc.constant("r"),
    }),
  }),
  fc.record({
    type: fc.constant("dispute.escalated"),
    payload: fc.record({
      disputeId: fc.constantFrom("dp1", "dp2"),
      number: fc.constant(1),
      from: fc.constant("negotiation" as const),
      to: fc.constantFrom("mediation" as const, "separation" as const),
      reason: fc.constant("window_passed" as const),
    }),
  }),
  fc.record({ type: fc.constant("exit.notice_given"), payload: exitStarted }),
  fc.record({ type: fc.constant("exit.protected_started"), payload: exitStarted }),
  fc.record({
    type: fc.constant("exit.ended_amicably"),
    payload: fc.record({ exitId: fc.constantFrom("x1", "x2"), isDoorOpen: fc.boolean() }),
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
      return { ...body, actorOrgId, occurredAt: new Date(at).toISOString() };
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

  it("keeps, between events, objects that are the very JSON they were stored as: a state folded in place, its standing's warnings and shares", () => {
    // The reaction takes the objects it stored last instead of parsing the row again when the
    // row still holds their text (`kept-health.ts`): they must parse back equal, with no
    // `undefined` member, no -0, no object shared inside them, at every step of any ledger.
    const folder = factsFolder();
    fc.assert(
      fc.property(
        history,
        fc.date({ min: new Date("2026-01-01"), max: new Date("2026-06-01"), noInvalidDate: true }),
        (events, when) => {
          const now = when.toISOString();
          const cohort = defaultCohort();
          let kept = initialFactsState(HEADER);
          let stored = JSON.stringify(kept);
          for (const event of events) {
            kept = finishFacts(folder.step(kept, event, refs));
            const parsed = finishFacts(folder.step(JSON.parse(stored) as FactsState, event, refs));
            stored = JSON.stringify(parsed);
            expect(JSON.stringify(kept)).toBe(stored);
            expect(kept).toStrictEqual(JSON.parse(stored));
            const standing = standingOf(kept.facts, now, cohort);
            expect(standing).toEqual(standingOf(parsed.facts, now, cohort));
            expect(standing.warnings).toStrictEqual(JSON.parse(JSON.stringify(standing.warnings)));
            expect(standing.shares).toStrictEqual(sharesFromJson(sharesToJson(standing.shares)));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  // 60 s: a generous cap for a loaded machine (the runs take a few seconds).
  it("keeps organisations' sums one event at a time equal to the sums of all shares, and after a sweep scores them as a full recomputation does", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { weight: 9, arbitrary: fc.tuple(fc.nat(4), eventBody, org, gap) },
            { weight: 1, arbitrary: fc.tuple(fc.constant("sweep" as const), gap) },
          ),
          { maxLength: 60 },
        ),
        fc.integer({ min: 0, max: 1_000 }),
        (steps, finalGapDays) => {
          const world = new OrganisationWorld();
          let at = Date.parse(HEADER.startedAt);
          for (const step of steps) {
            if (step[0] === "sweep") {
              at += step[1];
              world.sweep(new Date(at).toISOString(), defaultCohort());
            } else {
              const [index, body, actorOrgId, hours] = step;
              at += hours;
              world.event(
                index,
                { ...body, actorOrgId, occurredAt: new Date(at).toISOString() },
                defaultCohort(),
              );
            }
            world.expectSumsOfShares();
          }
          // The daily sweep at T, then a full recomputation at T with the same cohort.
          const now = new Date(at + finalGapDays * 86_400_000).toISOString();
          const full = world.ledgers.map((ledger, index) =>
            factsFromLedger(ENGAGEMENTS[index]!, ledger, refs),
          );
          const cohort = computeCohort(
            full.map((f) => f.facts),
            now,
          );
          world.sweep(now, cohort);
          world.expectSumsOfShares();
          for (const [side, orgId] of ORG_SIDES) {
            const expected = scoreOrganisation(
              side,
              orgId,
              full.map((f) => f.facts),
              now,
              cohort,
            );
            expect(world.score(side, orgId, cohort)).toEqual(expected);
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it("reads a realistic ledger into the facts the model expects", () => {
    const at = (day: string) => `2026-${day}T10:00:00.000Z`;
    const inForce = (version: number) => ({
      type: "agreement.in_force" as const,
      payload: { version, contentHash: `h${version}`, supersededVersion: version - 1 || null },
    });
    const round = { submissionId: "s1", deliverableId: "d1", deliverableTitle: "D1", round: 1 };
    const paid = { paymentId: "p1", invoiceId: "i1", number: "INV-0001", currency: "EUR" };
    const events: LedgerFactEvent[] = [
      { ...inForce(1), occurredAt: at("01-05"), actorOrgId: "client" },
      {
        type: "deliverable.submitted",
        occurredAt: at("01-30"),
        actorOrgId: "provider",
        payload: { ...round, agreementVersion: 1, reviewDueAt: null, fileCount: 1 },
      },
      {
        type: "deliverable.evaluated",
        occurredAt: at("02-02"),
        actorOrgId: "client",
        payload: { ...round, outcome: "accepted", unmetCriterionIds: [], remarkCount: 0 },
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
          sourceRef: "m1",
          currency: "EUR",
          issueDate: "2026-02-02",
        },
      },
      {
        type: "payment.recorded",
        occurredAt: at("03-10"),
        actorOrgId: "client",
        payload: { ...paid, amountMinor: 100_000, paidOn: "2026-03-09", side: "client" },
      },
      {
        type: "payment.confirmed",
        occurredAt: at("03-11"),
        actorOrgId: "provider",
        payload: { ...paid, amountMinor: 100_000, invoiceStatus: "paid" },
      },
      { ...inForce(2), occurredAt: at("03-12"), actorOrgId: "client" },
      {
        type: "check_in.closed",
        occurredAt: at("03-13"),
        actorOrgId: null,
        payload: { checkInId: "c1", period: 1, reason: "both_answered", answeredSides: 2 },
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

describe("the standing kept per event", () => {
  it("gives the scores, organisation shares and warnings of the full, explained assessment", () => {
    fc.assert(
      fc.property(
        history,
        fc.date({ min: new Date("2026-01-01"), max: new Date("2029-01-01"), noInvalidDate: true }),
        fc.boolean(),
        (events, when, isCohortFromData) => {
          const facts = factsFromLedger(HEADER, events, refs).facts;
          const now = when.toISOString();
          const cohort: Cohort = isCohortFromData ? computeCohort([facts], now) : defaultCohort();
          const standing = standingOf(facts, now, cohort);
          const assessment = assessEngagement(facts, now, cohort);
          expect(standing.scores).toEqual({
            client: assessment.client.score,
            provider: assessment.provider.score,
          });
          expect(standing.warnings).toEqual(assessment.warnings);
          expect(sharesToJson(standing.shares)).toBe(sharesToJson(sharesOf(facts, now, cohort)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Up to 72 hours between events, now and then a long silence (so engagements leave the window). */
const gap = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 72 }).map((h) => h * 3_600_000) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 900 }).map((d) => d * 86_400_000) },
);

/** Five engagements between two clients and two providers. */
const ENGAGEMENTS = [
  ["c1", "p1"],
  ["c1", "p2"],
  ["c2", "p1"],
  ["c1", "p1"],
  ["c2", "p2"],
].map(([clientOrgId, providerOrgId], index) => ({
  ...HEADER,
  engagementId: `e${index}`,
  clientOrgId: clientOrgId!,
  providerOrgId: providerOrgId!,
}));

const ORG_SIDES = [
  ["client", "c1"],
  ["client", "c2"],
  ["provider", "p1"],
  ["provider", "p2"],
] as const;

/**
 * The incremental path as the server runs it, with every stored value going through its JSON:
 * an event folds into its engagement's state, which is assessed at the event's instant, and its
 * new shares replace its previous ones in its organisations' sums; a sweep assesses every
 * engagement again at one instant.
 */
class OrganisationWorld {
  readonly ledgers: LedgerFactEvent[][] = ENGAGEMENTS.map(() => []);
  private readonly states = ENGAGEMENTS.map((header) => JSON.stringify(initialFactsState(header)));
  private readonly shares: (string | null)[] = ENGAGEMENTS.map(() => null);
  private readonly sums = new Map<string, string>();
  private readonly pairs = new Map<string, number>();
  private readonly counterparties = new Map<string, number>();

  event(index: number, event: LedgerFactEvent, cohort: Cohort): void {
    this.ledgers[index]!.push(event);
    const state = applyLedgerEvent(JSON.parse(this.states[index]!) as FactsState, event, refs);
    this.states[index] = JSON.stringify(state);
    this.assess(index, event.occurredAt, cohort);
  }

  sweep(now: string, cohort: Cohort): void {
    ENGAGEMENTS.forEach((_, index) => this.assess(index, now, cohort));
  }

  private assess(index: number, now: string, cohort: Cohort): void {
    const facts = (JSON.parse(this.states[index]!) as FactsState).facts;
    const next = sharesOf(facts, now, cohort);
    const previous = this.shares[index] ? sharesFromJson(this.shares[index]) : null;
    for (const side of ["client", "provider"] as const) {
      const share = next[side];
      const key = `${side}:${share.orgId}`;
      const change = shareChange(previous?.[side] ?? null, share);
      const pairKey = `${key}:${share.counterpartyOrgId}`;
      const pair = (this.pairs.get(pairKey) ?? 0) + change.pairChange;
      this.pairs.set(pairKey, pair);
      let distinct = this.counterparties.get(key) ?? 0;
      if (change.pairChange > 0 && pair === 1) distinct += 1;
      if (change.pairChange < 0 && pair === 0) distinct -= 1;
      this.counterparties.set(key, distinct);
      const sums = addSums(sumsFromJson(this.sums.get(key) ?? "{}"), change.sums);
      this.sums.set(key, sumsToJson(sums));
    }
    this.shares[index] = sharesToJson(next);
  }

  /** Each organisation's kept sums are, to the bit, the sums of its engagements' stored shares. */
  expectSumsOfShares(): void {
    for (const [side, orgId] of ORG_SIDES) {
      let expected: OrgSums = {};
      const counterparties = new Set<string>();
      for (const stored of this.shares) {
        const share = stored ? sharesFromJson(stored)?.[side] : undefined;
        if (!share || share.orgId !== orgId || !share.isInWindow) continue;
        expected = addSums(expected, share.sums);
        counterparties.add(share.counterpartyOrgId);
      }
      const key = `${side}:${orgId}`;
      expect(this.sums.get(key) ?? "{}").toBe(sumsToJson(expected));
      expect(this.counterparties.get(key) ?? 0).toBe(counterparties.size);
    }
  }

  score(side: "client" | "provider", orgId: string, cohort: Cohort) {
    const key = `${side}:${orgId}`;
    return scoreFromSums(
      side,
      orgId,
      sumsFromJson(this.sums.get(key) ?? "{}"),
      this.counterparties.get(key) ?? 0,
      cohort,
    );
  }
}
