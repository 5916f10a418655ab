import { describe, expect, it } from "vitest";
import type { AgreementTerms } from "../agreement/terms";
import {
  applyChangeToTerms,
  CHANGE_REQUEST_STATUSES,
  changeApplication,
  milestoneMovedBeyondHorizon,
  openChangeTitled,
  summariseScope,
  transitionChangeRequest,
  type ChangeRequestAction,
  type ChangeRequestStatus,
} from "./change-request";

const ACTIONS: ChangeRequestAction[] = ["price", "decline", "withdraw", "approve", "apply"];
const ACTORS = ["client", "provider", "system"] as const;

/** Every legal move, written out by hand: `status action actor → next` (proposer: client). */
const LEGAL = new Map([
  ["proposed price provider", "priced"],
  ["proposed decline provider", "declined"],
  ["proposed withdraw client", "withdrawn"],
  ["priced decline client", "declined"],
  ["priced withdraw client", "withdrawn"],
  ["priced approve client", "approved"],
  ["approved apply system", "applied"],
]);

describe("change request transitions", () => {
  const cases = CHANGE_REQUEST_STATUSES.flatMap((status) =>
    ACTIONS.flatMap((action) => ACTORS.map((actor) => ({ status, action, actor }))),
  );

  it.each(cases)("$status + $action by $actor", ({ status, action, actor }) => {
    const result = transitionChangeRequest({ status, proposedSide: "client" }, action, actor);
    const expected = LEGAL.get(`${status} ${action} ${actor}`);
    if (expected) expect(result).toEqual({ ok: true, status: expected });
    else expect(result.ok).toBe(false);
  });

  it("tells a wrong side from a wrong state", () => {
    expect(
      transitionChangeRequest({ status: "proposed", proposedSide: "client" }, "price", "client"),
    ).toEqual({ ok: false, reason: "change_request_wrong_side" });
    expect(
      transitionChangeRequest({ status: "declined", proposedSide: "client" }, "price", "provider"),
    ).toEqual({ ok: false, reason: "change_request_wrong_state" });
  });

  it("lets a provider withdraw the change it proposed, and not the client", () => {
    const change = { status: "proposed" as const, proposedSide: "provider" as const };
    expect(transitionChangeRequest(change, "withdraw", "provider")).toEqual({
      ok: true,
      status: "withdrawn",
    });
    expect(transitionChangeRequest(change, "withdraw", "client").ok).toBe(false);
  });
});

describe("how an approved change enters the agreement", () => {
  it("needs an amendment when the agreement says so, unless under the threshold", () => {
    const control = { isAmendmentRequired: true, acknowledgementBelowMinor: 50_000 };
    expect(changeApplication(control, 49_999)).toBe("acknowledgement");
    expect(changeApplication(control, 50_000)).toBe("amendment");
    expect(changeApplication({ ...control, acknowledgementBelowMinor: null }, 1)).toBe("amendment");
    expect(
      changeApplication({ isAmendmentRequired: false, acknowledgementBelowMinor: null }, 9e9),
    ).toBe("acknowledgement");
  });
});

describe("applying a change to the terms", () => {
  const terms = {
    remuneration: { model: "fixed", currency: "EUR", amountMinor: 1_200_000 },
    milestones: [
      { id: "m1", title: "Design", dueDate: "2027-01-15", amountMinor: 400_000 },
      { id: "m2", title: "Launch", dueDate: "2027-02-25", amountMinor: 800_000 },
    ],
    deliverables: [
      { id: "d1", milestoneId: "m2", revisionLimit: 2 },
      { id: "d2", milestoneId: "m1", revisionLimit: null },
    ],
    additionalClauses: [],
  } as unknown as AgreementTerms;
  const change = {
    number: 3,
    title: "Gift cards",
    reason: "Sell gift cards for the holidays",
    deliverableIds: ["d1"],
    additionalRevisions: 1,
    pricing: {
      effort: { unit: "day" as const, quantity: 3 },
      priceMinor: 150_000,
      scheduleImpactDays: 7,
    },
  };

  it("raises the price, moves the touched milestones, adds revision rounds and records the change", () => {
    const amended = applyChangeToTerms(terms, change, (amount) => `EUR ${amount / 100}`);
    expect(amended.remuneration.amountMinor).toBe(1_350_000);
    expect(amended.milestones.map((m) => m.dueDate)).toEqual(["2027-01-15", "2027-03-04"]);
    expect(amended.deliverables.map((d) => d.revisionLimit)).toEqual([3, null]);
    expect(amended.additionalClauses).toEqual([
      {
        id: "change-request-3",
        text: "#3 Gift cards: Sell gift cards for the holidays (EUR 1500)",
      },
    ]);
    expect(terms.remuneration.amountMinor).toBe(1_200_000);
  });

  it("leaves a retainer's period fee alone: the change is invoiced on its own", () => {
    const retainer = {
      ...terms,
      remuneration: { ...terms.remuneration, model: "retainer" as const, amountMinor: 300_000 },
    };
    expect(applyChangeToTerms(retainer, change, String).remuneration.amountMinor).toBe(300_000);
  });

  it("finds the touched milestone a schedule impact would move past the planning horizon", () => {
    // On 2026-11-22 the horizon ends 2036-11-22: Launch (2027-02-25) moves there in 3558 days.
    const moving = (scheduleImpactDays: number) => ({ deliverableIds: ["d1"], scheduleImpactDays });
    expect(milestoneMovedBeyondHorizon(terms, moving(3558), "2026-11-22")).toBeNull();
    expect(milestoneMovedBeyondHorizon(terms, moving(3559), "2026-11-22")).toEqual({
      title: "Launch",
      dueDate: "2036-11-23",
      limit: "2036-11-22",
    });
    // Design is far too, but no touched deliverable leads to it.
    const farDesign = {
      ...terms,
      milestones: terms.milestones.map((m) => ({ ...m, dueDate: "2036-11-20" })),
    };
    expect(milestoneMovedBeyondHorizon(farDesign, moving(0), "2026-11-22")).toBeNull();
    expect(milestoneMovedBeyondHorizon(farDesign, moving(2), "2026-11-22")).toBeNull();
    expect(milestoneMovedBeyondHorizon(farDesign, moving(3), "2026-11-22")?.title).toBe("Launch");
  });
});

describe("the scope summary", () => {
  it("separates approved, awaiting and unpriced demands", () => {
    expect(
      summariseScope({
        agreedMinor: 1_000,
        changes: [
          { status: "applied", priceMinor: 100 },
          { status: "approved", priceMinor: 50 },
          { status: "priced", priceMinor: 70 },
          { status: "proposed", priceMinor: null },
          { status: "declined", priceMinor: 20 },
          { status: "withdrawn", priceMinor: null },
        ],
        notesWithoutChange: 2,
      }),
    ).toEqual({
      agreedMinor: 1_000,
      approvedChanges: { count: 2, priceMinor: 150 },
      awaitingApproval: { count: 1, priceMinor: 70 },
      unpricedDemands: { notes: 2, changeRequests: 1 },
      declinedChanges: 1,
    });
  });
});

describe("a change request proposed again", () => {
  const change = (status: ChangeRequestStatus, proposedSide: "client" | "provider") => ({
    status,
    proposedSide,
    title: "Gift cards",
  });

  it("is the side's open request of that title, whatever its case and spacing", () => {
    const open = change("priced", "client");
    expect(openChangeTitled([open], { side: "client", title: " gift CARDS" })).toBe(open);
  });

  it("is not one of the other side's, nor one already decided", () => {
    const decided = (["approved", "applied", "declined", "withdrawn"] as const).map((s) =>
      change(s, "client"),
    );
    const theirs = change("proposed", "provider");
    expect(
      openChangeTitled([...decided, theirs], { side: "client", title: "Gift cards" }),
    ).toBeUndefined();
  });
});
