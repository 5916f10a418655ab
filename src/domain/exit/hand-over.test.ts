import { describe, expect, it } from "vitest";
import { canTickHandOverItem, exitOutcome, handOverChecklist } from "./hand-over";

describe("the hand-over checklist", () => {
  it("gives the provider the agreement's duties due on the exit date, the client its own after", () => {
    const items = handOverChecklist(
      ["Hand over the source files", "  ", "Write the runbook"],
      "2026-12-31",
    );
    expect(items.map((i) => [i.id, i.responsibleSide, i.dueDate])).toEqual([
      ["duty-1", "provider", "2026-12-31"],
      ["duty-2", "provider", "2026-12-31"],
      ["standard-1", "client", "2027-01-03"],
      ["standard-2", "client", "2027-01-03"],
    ]);
    expect(items[1]?.duty).toBe("Write the runbook");
  });

  it("lets only the responsible side tick an item, once", () => {
    expect(canTickHandOverItem({ responsibleSide: "provider", isDone: false }, "client")).toEqual({
      ok: false,
      reason: "handover_wrong_side",
    });
    expect(canTickHandOverItem({ responsibleSide: "provider", isDone: true }, "provider")).toEqual({
      ok: false,
      reason: "handover_already_done",
    });
    expect(canTickHandOverItem({ responsibleSide: "provider", isDone: false }, "provider")).toEqual(
      {
        ok: true,
      },
    );
  });
});

describe("how an exit ends", () => {
  const done = [{ isDone: true }, { isDone: true }];

  it("ends amicably once the settlement is paid and the hand-over complete", () => {
    expect(exitOutcome({ handOver: done, settlement: "paid", feedback: [] })).toMatchObject({
      isEndedAmicably: true,
      isDoorOpen: false,
    });
    expect(
      exitOutcome({ handOver: done, settlement: "nothing_due", feedback: [] }).isEndedAmicably,
    ).toBe(true);
  });

  it("does not end amicably with an unpaid settlement or an open hand-over item", () => {
    expect(
      exitOutcome({ handOver: done, settlement: "issued", feedback: [] }).isEndedAmicably,
    ).toBe(false);
    expect(
      exitOutcome({
        handOver: [{ isDone: true }, { isDone: false }],
        settlement: "paid",
        feedback: [],
      }).isEndedAmicably,
    ).toBe(false);
  });

  it("leaves the door open only when both sides would work together again", () => {
    const both = [
      { side: "client" as const, wouldWorkAgain: true },
      { side: "provider" as const, wouldWorkAgain: true },
    ];
    expect(exitOutcome({ handOver: done, settlement: "paid", feedback: both }).isDoorOpen).toBe(
      true,
    );
    expect(
      exitOutcome({
        handOver: done,
        settlement: "paid",
        feedback: [both[0]!, { side: "provider", wouldWorkAgain: false }],
      }).isDoorOpen,
    ).toBe(false);
  });
});
