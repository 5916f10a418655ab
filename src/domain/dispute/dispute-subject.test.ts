import { describe, expect, it } from "vitest";
import { checkDisputeSubject, openDisputeAbout, type OpenedDispute } from "./dispute-subject";

const record = {
  deliverableIds: ["d1"],
  milestoneIds: ["m1"],
  invoiceIds: ["inv-1"],
  changeRequestIds: ["cr-1"],
};

describe("a dispute's subject", () => {
  it("must be an item of the engagement's own record", () => {
    expect(checkDisputeSubject({ kind: "evaluation", ref: "d1" }, record)).toBeNull();
    expect(checkDisputeSubject({ kind: "evaluation", ref: "m1" }, record)).toBeNull();
    expect(checkDisputeSubject({ kind: "invoice", ref: "inv-1" }, record)).toBeNull();
    expect(checkDisputeSubject({ kind: "change_request", ref: "cr-1" }, record)).toBeNull();
    expect(checkDisputeSubject({ kind: "invoice", ref: "inv-of-another" }, record)).toBe(
      "subject_unknown",
    );
    expect(checkDisputeSubject({ kind: "change_request", ref: "d1" }, record)).toBe(
      "subject_unknown",
    );
  });

  it("names an evaluation or an invoice, may leave a change unnamed, never checks conduct", () => {
    expect(checkDisputeSubject({ kind: "evaluation", ref: null }, record)).toBe("subject_required");
    expect(checkDisputeSubject({ kind: "invoice", ref: null }, record)).toBe("subject_required");
    expect(checkDisputeSubject({ kind: "change_request", ref: null }, record)).toBeNull();
    expect(checkDisputeSubject({ kind: "conduct", ref: null }, record)).toBeNull();
    expect(checkDisputeSubject({ kind: "conduct", ref: "the call on Monday" }, record)).toBeNull();
  });
});

describe("one open dispute per item", () => {
  const opened = (over: Partial<OpenedDispute>): OpenedDispute => ({
    number: 1,
    status: "negotiating",
    subject: { kind: "invoice", ref: "inv-1" },
    statement: "Wrong amount",
    ...over,
  });

  it("finds the open dispute about the same item, whatever its statement", () => {
    const found = openDisputeAbout([opened({})], { kind: "invoice", ref: "inv-1" }, "Other words");
    expect(found?.number).toBe(1);
    expect(
      openDisputeAbout([opened({ status: "settled" })], { kind: "invoice", ref: "inv-1" }, "x"),
    ).toBeUndefined();
    expect(
      openDisputeAbout([opened({})], { kind: "evaluation", ref: "inv-1" }, "x"),
    ).toBeUndefined();
  });

  it("tells conduct disputes apart by their statement", () => {
    const conduct = opened({ subject: { kind: "conduct", ref: null }, statement: "Rude calls" });
    expect(openDisputeAbout([conduct], { kind: "conduct", ref: null }, " Rude calls ")).toBe(
      conduct,
    );
    expect(
      openDisputeAbout([conduct], { kind: "conduct", ref: null }, "Late replies"),
    ).toBeUndefined();
  });
});
