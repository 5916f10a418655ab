import { describe, expect, it } from "vitest";
import { openProposalTitled } from "./invitation-lifetime";

describe("one open engagement proposal of a title to an address", () => {
  const now = new Date("2026-12-04T12:00:00Z");
  const invitation = (
    title: string,
    status: "pending" | "declined" = "pending",
    expires_at = "2026-12-18T12:00:00.000Z",
  ) => ({ title, status, expires_at });

  it("finds the open invitation a title repeats, retyped", () => {
    const open = [invitation("Logo"), invitation("Website")];
    expect(openProposalTitled(open, " WEBSITE", now)).toBe(open[1]);
    expect(openProposalTitled(open, "Website, phase 2", now)).toBeUndefined();
  });

  it("lets a title go again once its invitation is answered or past its date", () => {
    const closed = [
      invitation("Website", "declined"),
      invitation("Website", "pending", "2026-12-04T12:00:00.000Z"),
    ];
    expect(openProposalTitled(closed, "Website", now)).toBeUndefined();
  });
});
