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
    openedSide: "client",
    subject: { kind: "invoice", ref: "inv-1" },
    statement: "Wrong amount",
    ...over,
  });

  it("finds the open dispute about the same item, whoever opened it and in whatever words", () => {
    const invoice = { kind: "invoice", ref: "inv-1" } as const;
    const found = openDisputeAbout([opened({})], {
      subject: invoice,
      statement: "Other words",
      side: "provider",
    });
    expect(found?.number).toBe(1);
    const settled = opened({ status: "settled" });
    expect(
      openDisputeAbout([settled], { subject: invoice, statement: "x", side: "client" }),
    ).toBeUndefined();
    const evaluation = { kind: "evaluation", ref: "inv-1" } as const;
    expect(
      openDisputeAbout([opened({})], { subject: evaluation, statement: "x", side: "client" }),
    ).toBeUndefined();
  });

  it("tells conduct disputes apart by their side and statement", () => {
    const subject = { kind: "conduct", ref: null } as const;
    const conduct = opened({ subject, statement: "Rude calls" });
    const again = (statement: string, side: "client" | "provider" = "client") =>
      openDisputeAbout([conduct], { subject, statement, side });
    expect(again(" Rude calls ")).toBe(conduct);
    expect(again("Late replies")).toBeUndefined();
    expect(again("Rude calls", "provider")).toBeUndefined();
  });
});
