import { describe, expect, it } from "vitest";
import type { AgreementTerms } from "../agreement/terms";
import {
  factsFromLedger,
  hasCompletedWork,
  isCheckInDue,
  nextCheckInAt,
  type LedgerFactEvent,
  type LedgerReferences,
} from "./facts-from-ledger";
import { isCheckInAsking } from "./check-in-asking";
import { testLedgerHeader } from "./test-ledger";

const HEADER = testLedgerHeader("2026-01-01T00:00:00.000Z");
const DAY_MS = 86_400_000;
const day = (n: number) => new Date(Date.parse("2026-01-01T00:00:00.000Z") + n * DAY_MS);
const at = (n: number) => day(n).toISOString();

/** Version 1 names m1; version 2 adds m2 (a next phase); version 3 is a retainer, no milestones. */
function terms(version: number): AgreementTerms {
  const milestoneIds = version === 3 ? [] : version === 2 ? ["m1", "m2"] : ["m1"];
  return {
    scope: "",
    deliverables: [],
    milestones: milestoneIds.map((id, index) => ({
      id,
      title: id,
      dueDate: `2026-0${index + 2}-01`,
      amountMinor: 100_000,
    })),
    clientResponsibilities: [],
    providerResponsibilities: [],
    methodology: "",
    cadence: { checkInEveryDays: 14, channels: [] },
    responseTimes: { clientHours: 48, providerHours: 24 },
    remuneration: {
      model: "fixed",
      currency: "EUR",
      amountMinor: 200_000,
      rateMinor: null,
      estimatedEffort: { unit: "hour", quantity: 100 },
      retainerPeriod: null,
    },
    paymentTermsDays: 30,
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

const REFS: LedgerReferences = { termsOf: terms, answersOf: () => [] };

const inForce = (n: number, version: number): LedgerFactEvent => ({
  type: "agreement.in_force",
  occurredAt: at(n),
  actorOrgId: null,
  payload: { version, contentHash: `h${version}`, supersededVersion: version - 1 || null },
});
const accepted = (n: number, milestoneId: string): LedgerFactEvent => ({
  type: "milestone.accepted",
  occurredAt: at(n),
  actorOrgId: "client",
  payload: { milestoneId, title: milestoneId, amountMinor: 100_000, currency: "EUR" },
});
const opened = (n: number, period: number): LedgerFactEvent => ({
  type: "check_in.opened",
  occurredAt: at(n),
  actorOrgId: null,
  payload: { checkInId: `c${period}`, period, closesAt: at(n + 7) },
});

const fold = (events: LedgerFactEvent[]) => factsFromLedger(HEADER, events, REFS);

describe("when check-ins open", () => {
  it("opens one every cadence from the agreement's coming into force while work remains", () => {
    expect(nextCheckInAt(fold([]))).toBeNull();
    expect(nextCheckInAt(fold([inForce(0, 1)]))).toBe(at(14));
    expect(nextCheckInAt(fold([inForce(0, 1), opened(14, 1)]))).toBe(at(28));
    const state = fold([inForce(0, 1), opened(14, 1)]);
    expect(isCheckInDue(state, day(27))).toBe(false);
    expect(isCheckInDue(state, day(28))).toBe(true);
  });

  it("opens none once every milestone of the agreement in force is accepted, however long after", () => {
    const done = fold([inForce(0, 1), opened(14, 1), accepted(20, "m1")]);
    expect(hasCompletedWork(done)).toBe(true);
    expect(nextCheckInAt(done)).toBeNull();
    expect(isCheckInDue(done, day(28))).toBe(false);
    expect(isCheckInDue(done, day(2_000))).toBe(false);
  });

  it("keeps opening them while a milestone of the agreement in force is not accepted", () => {
    // m1 accepted, but version 2 (in force before that) also names m2.
    const state = fold([inForce(0, 1), inForce(5, 2), opened(14, 1), accepted(20, "m1")]);
    expect(hasCompletedWork(state)).toBe(false);
    expect(nextCheckInAt(state)).toBe(at(28));
  });

  it("resumes one cadence after a later version adds a milestone not yet accepted", () => {
    const events = [inForce(0, 1), opened(14, 1), accepted(20, "m1"), inForce(100, 2)];
    const resumed = fold(events);
    expect(hasCompletedWork(resumed)).toBe(false);
    expect(nextCheckInAt(resumed)).toBe(at(114));
    expect(isCheckInDue(resumed, day(113))).toBe(false);
    expect(isCheckInDue(resumed, day(114))).toBe(true);
    // Then on the cadence from the last window, and none again once m2 is accepted too.
    expect(nextCheckInAt(fold([...events, opened(114, 2)]))).toBe(at(128));
    expect(nextCheckInAt(fold([...events, opened(114, 2), accepted(120, "m2")]))).toBeNull();
  });

  it("resumes on the cadence from the new version even when no window had opened before completion", () => {
    expect(nextCheckInAt(fold([inForce(0, 1), accepted(3, "m1"), inForce(30, 2)]))).toBe(at(44));
  });

  it("does not count a version that keeps the accepted milestones as resumed work", () => {
    const state = fold([inForce(0, 1), accepted(20, "m1"), inForce(40, 1)]);
    expect(state.workResumedAt).toBeUndefined();
    expect(nextCheckInAt(state)).toBeNull();
  });

  it("never calls an agreement without milestones complete: a retainer runs until its exit", () => {
    const retainer = fold([inForce(0, 3), opened(14, 1)]);
    expect(hasCompletedWork(retainer)).toBe(false);
    expect(nextCheckInAt(retainer)).toBe(at(28));
  });

  it("leaves the stored state of an engagement whose work never resumed as it was", () => {
    expect(Object.keys(fold([inForce(0, 1), accepted(20, "m1")]))).not.toContain("workResumedAt");
  });
});

describe("whether an open check-in asks its sides", () => {
  const working = fold([inForce(0, 1), opened(14, 1)]);

  it("asks while work remains and the engagement goes on", () => {
    expect(isCheckInAsking(working, undefined, day(16))).toBe(true);
    expect(
      isCheckInAsking(working, { exitDate: at(30).slice(0, 10), endedAmicablyAt: null }, day(16)),
    ).toBe(true);
  });

  it("asks no more once the work is complete: the review round asks then", () => {
    expect(
      isCheckInAsking(fold([inForce(0, 1), opened(14, 1), accepted(16, "m1")]), undefined, day(17)),
    ).toBe(false);
  });

  it("asks no more once the exit has ended the engagement, on its date or amicably before", () => {
    const exit = { exitDate: at(17).slice(0, 10), endedAmicablyAt: null };
    expect(isCheckInAsking(working, exit, day(16))).toBe(true);
    expect(isCheckInAsking(working, exit, day(17))).toBe(false);
    expect(
      isCheckInAsking(working, { exitDate: at(40).slice(0, 10), endedAmicablyAt: at(15) }, day(16)),
    ).toBe(false);
  });
});
